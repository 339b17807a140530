/**
 * Warm builds (Astro's cache kept between builds) reuse unchanged pages and
 * cards but are never stale: edits, deletions and additions show at once,
 * and after a sequence of them a warm build's output equals a cold build's
 * byte for byte.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, runSite, seedArticle } from '../support/builds';
import { differingFiles, relativeFiles } from '../support/files';
import { normaliseTypography, page } from '../support/html';

const work = mkdtempSync(join(tmpdir(), 'dispatch-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const seed = seedArticle();

/** The seed article as another story: its own headline and day. */
function story(title: string, date: string): string {
  return seed.replace(/^title: .*$/m, `title: "${title}"`).replace(/date: "2021-12-01"/, `date: "${date}"`);
}

function warmBuild(): string {
  const { status, output } = runSite({ articles, outDir, cacheDir });
  expect(status, output).toBe(0);
  return output;
}

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('a warm build after editing, deleting and adding articles', () => {
  mkdirSync(articles, { recursive: true });
  writeFileSync(join(articles, 'first.md'), story('First story', '2021-12-01'));
  writeFileSync(join(articles, 'second.md'), story('Second story', '2021-12-02'));
  writeFileSync(join(articles, 'third.md'), story('Third story', '2021-12-03'));
  // Shares no person, tag or place with the others, so no list on its page names them.
  writeFileSync(
    join(articles, 'elsewhere.md'),
    `---
title: "A story from elsewhere"
dateline:
  place: Lima
  date: "2021-12-02"
  timeZone: America/Lima
source:
  agency: AFP
  name: Agence France-Presse
---

Farmers in the Peruvian highlands counted the cost of a late frost on Thursday.
`,
  );

  it('restores unchanged pages and shows an edited article on its page, the front page, the feed and the sitemap', () => {
    warmBuild();
    const edited = story('First story, corrected', '2021-12-01')
      .replace('called for direct talks with Moscow', 'called for urgent talks with Moscow')
      .replace(/\n---\n/, '\nupdated: "2021-12-05"\n---\n');
    writeFileSync(join(articles, 'first.md'), edited);
    const output = warmBuild();
    // Third shares people and tags with first, so its related list (and page) follows the edit.
    expect(output).toMatch(/articles\/elsewhere\/index\.html \((restored|cached)\)/);
    expect(output).toMatch(/og\/third\.png \((restored|cached)\)/);
    const article = page(outDir, 'articles/first/index.html');
    expect(text(article.querySelector('h1'))).toBe('First story, corrected');
    expect(text(article.querySelector('p.lede'))).toContain('called for urgent talks with Moscow');
    expect(text(page(outDir, 'index.html').querySelector('main'))).toContain('First story, corrected');
    expect(built('rss.xml')).toContain('called for urgent talks with Moscow');
    // Midnight on 5 December in Kyiv (UTC+2), the update's day.
    expect(built('sitemap-0.xml')).toMatch(/articles\/first\/<\/loc><lastmod>2021-12-04T22:00:00\.000Z/);
  });

  it('removes a deleted article’s page, card, feed item and sitemap entry', () => {
    unlinkSync(join(articles, 'second.md'));
    warmBuild();
    expect(existsSync(join(outDir, 'articles/second/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'og/second.png'))).toBe(false);
    expect(built('rss.xml')).not.toContain('articles/second/');
    expect(built('sitemap-0.xml')).not.toContain('articles/second/');
    expect(text(page(outDir, 'index.html').querySelector('main'))).not.toContain('Second story');
  });

  it('equals a cold build byte for byte after further edits and an addition', () => {
    writeFileSync(join(articles, 'fourth.md'), story('Fourth story', '2021-12-04'));
    writeFileSync(join(articles, 'third.md'), story('Third story, retitled', '2021-12-03'));
    writeFileSync(join(articles, 'second.md'), story('Second story returns', '2021-12-06'));
    warmBuild();
    const coldDir = join(work, 'cold');
    const cold = runSite({ articles, outDir: coldDir, cacheDir: join(work, 'cold-cache'), script: 'build:cold' });
    expect(cold.status, cold.output).toBe(0);
    expect(relativeFiles(outDir)).toEqual(relativeFiles(coldDir));
    expect(differingFiles(coldDir, outDir)).toEqual([]);
  });
});

describe('a warm build after the code changes', () => {
  // A copy of the project, built again and again over one cache, its code edited in between.
  const project = join(work, 'project');
  const root = join(import.meta.dirname, '../..');
  const build = {
    cwd: project,
    articles: FIXTURE_ARTICLES,
    outDir: join(work, 'code-dist'),
    cacheDir: join(work, 'code-cache'),
  };
  const articlePage = () => readFileSync(join(build.outDir, `articles/${ARTICLE_SLUG}/index.html`), 'utf8');
  /** Edits a file of the copy, then builds it warm and returns the loader's count of Markdown renders. */
  function editAndBuild(file: string, from: string, to: string): string | undefined {
    const path = join(project, file);
    const changed = readFileSync(path, 'utf8').replace(from, to);
    expect(changed, file).not.toBe(readFileSync(path, 'utf8'));
    writeFileSync(path, changed);
    const warm = runSite(build);
    expect(warm.status, warm.output).toBe(0);
    return /Markdown: \d+ of \d+ articles rendered/.exec(warm.output)?.[0];
  }

  it('keeps the rendered articles when the edition’s words, the share links or the wire desk change, and the pages show the new words', () => {
    for (const path of [
      'src',
      'public',
      'content/pages',
      'astro.config.mjs',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ]) {
      cpSync(join(root, path), join(project, path), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
    const cold = runSite(build);
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).toContain('Markdown: 4 of 4 articles rendered');

    expect(editAndBuild('src/editions/en.ts', "email: 'Email'", "email: 'E-mail'")).toBe('Markdown: 0 of 4 articles rendered');
    expect(articlePage()).toContain('E-mail');
    expect(editAndBuild('src/page-data/share.ts', "service: 'Bluesky'", "service: 'Bluesky Social'")).toBe(
      'Markdown: 0 of 4 articles rendered',
    );
    expect(articlePage()).toContain('Bluesky Social');
    expect(editAndBuild('src/wire/agencies.ts', 'Agence France-Presse', 'Agence France Presse')).toBe(
      'Markdown: 0 of 4 articles rendered',
    );
  });

  it('shows an edited trust page at once, and keeps the unedited ones and the articles', () => {
    const corrections = () => readFileSync(join(build.outDir, 'corrections/index.html'), 'utf8');
    const about = readFileSync(join(build.outDir, 'about/index.html'), 'utf8');
    expect(editAndBuild('content/pages/corrections.md', 'We do not change a story silently.', 'No story changes silently.')).toBe(
      'Markdown: 0 of 4 articles rendered',
    );
    expect(corrections()).toContain('No story changes silently.');
    expect(corrections()).not.toContain('We do not change a story silently.');
    expect(readFileSync(join(build.outDir, 'about/index.html'), 'utf8')).toBe(about);
  });

  it('renders the articles again when the Markdown pipeline changes, so their pages follow the remark plugin', () => {
    expect(articlePage()).toContain('id="quote-zelensky-1"');
    expect(editAndBuild('src/markdown/remark-quote-sidebar.ts', '`quote-${quote.id}`', '`said-${quote.id}`')).toBe(
      'Markdown: 4 of 4 articles rendered',
    );
    expect(articlePage()).toContain('id="said-zelensky-1"');
    expect(articlePage()).not.toContain('id="quote-zelensky-1"');
  });
});
