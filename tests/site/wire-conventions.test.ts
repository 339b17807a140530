/**
 * What the wire desk keeps of an agency's conventions, on the built page: a
 * ninjs item written for this test (a dpa-style German story with a byline,
 * its language, and a note to editors) is imported with no option, published
 * and built beside the seed article. The page shows the writer in the byline
 * and marks the story with its language; the seed page, in the site's own
 * language and with no writer, is as before; the note never reaches a page.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, runSite } from '../support/builds';
import { filesUnder } from '../support/files';
import { page } from '../support/html';
import { runImport } from '../support/wire';

const work = mkdtempSync(join(tmpdir(), 'wire-conventions-site-'));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const SLUG = 'minister-opens-the-new-bridge';
const NOTE = 'Redaktion: Ann Example, +49 30 555 0100, ann@example.org';

beforeAll(() => {
  mkdirSync(articles);
  copyFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), join(articles, `${ARTICLE_SLUG}.md`));
  const item = join(work, 'item.json');
  writeFileSync(
    item,
    JSON.stringify({
      uri: 'urn:newsml:dpa.com:20240305:bridge',
      type: 'text',
      version: '1',
      versioncreated: '2024-03-05T09:00:00+01:00',
      language: 'de',
      copyrightholder: 'dpa',
      byline: 'Von Erika Muster, dpa',
      ednote: NOTE,
      headlines: [{ role: 'main', value: 'Minister opens the new bridge' }],
      bodies: [
        { role: 'text', value: 'Leipzig (dpa) - Die neue Brücke ist seit Dienstag offen.\n\nSie kostet weniger als geplant.' },
      ],
    }),
  );
  const imported = runImport(articles, [item]);
  if (imported.status !== 0) throw new Error(imported.stderr);
  const path = join(articles, `${SLUG}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
  const { status, output } = runSite({ articles, outDir, args: ['--site', 'https://example.org', '--base', '/'] });
  if (status !== 0) throw new Error(output);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an imported story’s conventions on its page', () => {
  const doc = () => page(outDir, `articles/${SLUG}/index.html`);

  it('names the writer in the byline, beside the agency', () => {
    expect(doc().querySelector('.article-meta__byline')?.textContent).toBe('By Erika Muster, dpa');
  });

  it('marks the story with its language, the page staying in the site’s', () => {
    expect(doc().querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc().querySelector('article.story')?.getAttribute('lang')).toBe('de');
    const ld = JSON.parse(doc().querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.inLanguage).toBe('de');
  });

  it('prints the dateline once, from the frontmatter', () => {
    const text = doc().querySelector('article.story')?.textContent ?? '';
    expect(text.match(/LEIPZIG \(dpa\)/g)).toHaveLength(1);
    expect(text).not.toContain('Leipzig (dpa)');
  });

  it('leaves the seed page, in the site’s language and with no writer, as it was', () => {
    const seed = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    expect(seed.querySelector('article.story')?.hasAttribute('lang')).toBe(false);
    expect(seed.querySelector('.article-meta__byline')?.textContent).toBe('By AFP');
    expect(seed.querySelector('.article-meta__byline')?.innerHTML).toMatch(
      /^By <abbr title="Agence France-Presse"[^>]*>AFP<\/abbr>$/,
    );
  });

  it('never shows the note to editors', () => {
    for (const file of filesUnder(outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('ann@example.org');
    }
  });
});
