/**
 * Drafts and kills in the built site. A folder holds the seed article as
 * filed, a draft from `npm run new`, a draft from `npm run import`, and a
 * story imported from NewsML-G2, published, then killed by the agency's
 * cancelled version. `npm run build` publishes neither draft anywhere; the
 * killed story's address serves only a withdrawal notice, and it has left the
 * front page, the feed, the sitemap and the social cards. `npm run dev` shows
 * a draft. Three broken drafts (tests/fixtures/broken-drafts/: a frontmatter
 * field the schema rejects, a quote id the body does not hold, the seed's
 * speaker under another name) do not stop the build, which names them;
 * `npm run check` fails on them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, runSite } from '../support/builds';
import { page } from '../support/html';
import { filesUnder } from '../support/files';
import { newsmlVersion, runImport, WIRE } from '../support/wire';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'drafts-kills-'));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const KILLED = 'talks-story-withdrawn';
const NEW_DRAFT = 'a-story-still-being-written';
const IMPORTED_DRAFT = 'imported-and-not-checked';
const REASON = 'AFP has withdrawn this story. It will not be replaced.';
/** A story whose wire item expired before the build's time. */
const EXPIRED = 'talks-story-expired';
/** The build's time: noon UTC on 2 December 2021, so the news sitemap's two days hold the stories of 1 December. */
const CLOCK = String(Date.UTC(2021, 11, 2, 12) / 1000);
const BROKEN_DRAFTS = resolve(import.meta.dirname, '../fixtures/broken-drafts');
const BAD_FIELD = 'draft-missing-a-name';
const UNKNOWN_QUOTE = 'draft-excluding-an-unknown-quote';
const OTHER_NAME = 'draft-naming-a-person-otherwise';
/** What the build printed. */
let buildOutput = '';

function mustRun(run: { status: number | null; stdout: string; stderr: string }): void {
  if (run.status !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
}

beforeAll(() => {
  mkdirSync(articles);
  newDraft();
  mustRun(runImport(articles, [WIRE.plainText, '--slug', IMPORTED_DRAFT, '--date', '2021-12-06']));
  mustRun(runImport(articles, [WIRE.newsml, '--slug', KILLED]));
  const published = join(articles, `${KILLED}.md`);
  writeFileSync(published, readFileSync(published, 'utf8').replace('draft: true\n', ''));
  const kill = newsmlVersion(join(work, 'kill.xml'), {
    version: '2',
    versionCreated: '2021-12-03T10:00:00Z',
    pubStatus: 'stat:canceled',
    edNote: REASON,
    edNoteRole: 'ednoterole:withdrawal',
  });
  mustRun(runImport(articles, [kill]));
  const seed = readFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), 'utf8');
  writeFileSync(join(articles, `${ARTICLE_SLUG}.md`), seed);
  // A fixture that names no one the broken drafts name, moved to 1 December so the news sitemap's two days would hold it.
  const other = readFileSync(join(FIXTURE_ARTICLES, 'kiev-says-nothing-about-ukraine-without-ukraine.md'), 'utf8');
  writeFileSync(
    join(articles, `${EXPIRED}.md`),
    other
      .replace('  date: "2021-12-03"\n', '  date: "2021-12-01"\n')
      .replace('  name: Test Wire (fixture text written for the tests)\n', '$&  expires: "2021-12-02T06:00:00Z"\n'),
  );
  cpSync(BROKEN_DRAFTS, articles, { recursive: true });
  const { status, output } = runSite({
    articles,
    outDir,
    args: ['--site', 'https://example.org', '--base', '/'],
    env: { SOURCE_DATE_EPOCH: CLOCK },
  });
  if (status !== 0) throw new Error(output);
  buildOutput = output;
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run new` into the test's folder (ARTICLES_DIR), dated after the seed so a leak would lead the front page. */
function newDraft(): void {
  const args = ['A story still being written', '--place', 'Kiev', '--zone', 'Europe/Kyiv', '--date', '2021-12-05'];
  const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articles },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

const built = (path: string) => join(outDir, path);
const read = (path: string) => readFileSync(built(path), 'utf8');

describe('drafts', () => {
  it('are written as drafts by npm run new and npm run import', () => {
    expect(readFileSync(join(articles, `${NEW_DRAFT}.md`), 'utf8')).toMatch(/^draft: true$/m);
    expect(readFileSync(join(articles, `${IMPORTED_DRAFT}.md`), 'utf8')).toMatch(/^draft: true$/m);
  });

  it.each([NEW_DRAFT, IMPORTED_DRAFT])('%s has no page, no social card, and is in no list', (slug) => {
    expect(existsSync(built(`articles/${slug}/index.html`))).toBe(false);
    expect(existsSync(built(`og/${slug}.png`))).toBe(false);
    // Every page and file the build writes: the feeds (RSS and JSON Feed) and the sitemaps among them.
    for (const file of filesUnder(outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain(slug);
    }
  });
});

describe('a broken draft', () => {
  it('does not stop the build, which leaves it out and names its file and field; the published story is built', () => {
    expect(buildOutput).toMatch(/Drafts: 2 drafts left out of the build/);
    expect(buildOutput).toMatch(new RegExp(`${BAD_FIELD}\\.md: the frontmatter has a field that is missing or wrong`));
    expect(buildOutput).toMatch(/people\.0\.name\**: every person needs a name/);
    expect(buildOutput).toMatch(new RegExp(`${UNKNOWN_QUOTE}\\.md: quotes\\.exclude\\[0\\]: "putin-1" is not a quote`));
    expect(buildOutput).toMatch(/Drafts: 3 names of a person written otherwise in a draft than in another story/);
    expect(buildOutput).toMatch(
      new RegExp(
        `the id "zelensky" is "Volodymyr Zelenskyy" in .*${OTHER_NAME}\\.md but "Volodymyr Zelensky" in .*${ARTICLE_SLUG}\\.md`,
      ),
    );
    for (const slug of [BAD_FIELD, UNKNOWN_QUOTE, OTHER_NAME])
      expect(existsSync(built(`articles/${slug}/index.html`))).toBe(false);
    expect(page(outDir, `articles/${ARTICLE_SLUG}/index.html`).querySelector('h1')?.textContent).toBe(
      'Ukraine leader calls for talks with Russia amid invasion fears',
    );
  });

  it('fails npm run check, which names its file and field', () => {
    const check = runSite({ articles: BROKEN_DRAFTS, script: 'check', cacheDir: join(work, 'check-cache') });
    expect(check.status).not.toBe(0);
    expect(check.output).toMatch(new RegExp(`${BAD_FIELD}\\.md: the frontmatter has a field that is missing or wrong`));
    expect(check.output).toMatch(/people\.0\.name: every person needs a name/);
  });
});

describe('a killed story', () => {
  const notice = () => page(outDir, `articles/${KILLED}/index.html`);

  it('keeps its address, which serves the notice: headline, dates, the reason, noindex', () => {
    const doc = notice();
    expect(doc.querySelector('h1')?.textContent).toBe('Ukraine leader calls for talks with Russia amid invasion fears');
    expect([...doc.querySelectorAll('.withdrawn__dates time')].map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2021-12-01', 'Wednesday 1 December 2021'],
      ['2021-12-03', 'Friday 3 December 2021'],
    ]);
    expect(doc.querySelector('.withdrawn__reason')?.textContent).toBe(REASON);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('shows none of the story’s text and points to no social card', () => {
    const html = read(`articles/${KILLED}/index.html`);
    expect(html).not.toContain('Moscow accusations');
    expect(html).not.toContain('We must tell the truth');
    expect(notice().querySelector('meta[property="og:image"]')).toBeNull();
    expect(existsSync(built(`og/${KILLED}.png`))).toBe(false);
  });

  it('records the kill in its corrections and as the JSON-LD’s last modification', () => {
    const doc = notice();
    expect(doc.querySelector('.corrections')?.textContent).toMatch(/Friday 3 December 2021: This story was withdrawn\./);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2021-12-01T00:00:00+02:00',
      dateModified: '2021-12-03T00:00:00+02:00',
      description: REASON,
    });
    expect(ld.correction.at(-1)).toEqual({
      '@type': 'CorrectionComment',
      datePublished: '2021-12-03T00:00:00+02:00',
      text: 'This story was withdrawn.',
    });
  });

  it('has left the front page, every feed and both sitemaps, where the seed article still is', () => {
    for (const list of [
      'index.html',
      'rss.xml',
      'feed.json',
      'people/zelensky/rss.xml',
      'places/kiev/rss.xml',
      'topics/ukraine/rss.xml',
      'sitemap-0.xml',
      'news-sitemap.xml',
      'people/zelensky/index.html',
      'places/kiev/index.html',
      'topics/ukraine/index.html',
    ]) {
      expect(read(list), list).not.toContain(`articles/${KILLED}/`);
      expect(read(list), list).toContain(`articles/${ARTICLE_SLUG}/`);
    }
  });

  it('is no related story of the seed, and search does not index its notice', () => {
    expect(read(`articles/${ARTICLE_SLUG}/index.html`)).not.toContain(`articles/${KILLED}/`);
    expect(notice().querySelector('[data-pagefind-body]')).toBeNull();
  });
});

/**
 * The environment an editor's shell has: without what vitest adds (NODE_ENV=test, MODE,
 * BASE_URL, …), which Vite would take for its own and serve nothing at /.
 */
function editorsEnv(): NodeJS.ProcessEnv {
  const vitest = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST']);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest.has(key) && !key.startsWith('VITEST')));
}

/** A free port on 127.0.0.1 for the dev server. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe('a story whose wire item has expired', () => {
  it('says so on its page all along, with unavailable_after', () => {
    const robots = parseHTML(read(`articles/${EXPIRED}/index.html`)).document.querySelector('meta[name="robots"]');
    expect(robots?.getAttribute('content')).toBe('max-image-preview:large, unavailable_after: 2021-12-02T06:00:00Z');
  });

  it('has left both sitemaps once the build’s time is past it, and stays on the front page', () => {
    expect(read('sitemap-0.xml')).not.toContain(`articles/${EXPIRED}/`);
    expect(read('news-sitemap.xml')).not.toContain(`articles/${EXPIRED}/`);
    expect(read('index.html')).toContain(`articles/${EXPIRED}/`);
  });
});

describe('npm run dev', () => {
  let dev: ChildProcess | undefined;
  afterAll(() => {
    // The dev server and its children were started here, as one process group.
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  it('shows a draft, on its page and on the front page', async () => {
    const port = await freePort();
    dev = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: { ...editorsEnv(), ARTICLES_DIR: articles, ASTRO_CACHE_DIR: join(work, 'dev-cache') },
    });
    const base = `http://127.0.0.1:${port}/`;
    let front = '';
    for (let tries = 0; tries < 120 && !front.includes(NEW_DRAFT); tries++) {
      front = await fetch(base).then(
        (r) => r.text(),
        () => '',
      );
      if (!front.includes(NEW_DRAFT)) await new Promise((r) => setTimeout(r, 500));
    }
    expect(front).toContain(`/articles/${NEW_DRAFT}/`);
    const draft = await fetch(`${base}articles/${NEW_DRAFT}/`);
    expect(draft.status).toBe(200);
    expect(parseHTML(await draft.text()).document.querySelector('h1')?.textContent).toBe('A story still being written');
  }, 120_000);
});
