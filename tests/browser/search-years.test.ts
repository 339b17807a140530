/**
 * Search split by year of publication (src/integrations/pagefind.ts): /search/
 * asks each year's index and lists the newest year's stories first, so it
 * finds the same stories in the same order as one index of the whole archive.
 * The archive is the three fixture stories with one moved back to 2019: two
 * years, one of them with two stories. The whole-archive index is built here
 * from the same pages, as the build made it before the split. A warm build
 * after an edit to the 2019 story indexes that year again and no other, and
 * leaves the same files as a cold build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { close, createIndex } from 'pagefind';
import { FIXTURE_ARTICLES, runSite } from '../support/builds';
import { differingFiles, relativeFiles } from '../support/files';
import { joinArticle, splitArticle } from '../support/article-edits';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { connectChromium } from './harness';

const work = mkdtempSync(join(tmpdir(), 'dispatch-search-years-'));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const MOVED = join(articles, 'zelensky-says-ukraine-ready-for-any-escalation.md');
/** Where the whole-archive index is written: beside the site, under the same Content-Security-Policy. */
const WHOLE = 'whole-archive/';

let browser: Browser;
let server: StaticServer;
let firstBuild = '';

function build(): string {
  const { status, output } = runSite({ articles, outDir, cacheDir });
  expect(status, output).toBe(0);
  return output;
}

beforeAll(async () => {
  cpSync(FIXTURE_ARTICLES, articles, { recursive: true });
  const moved = splitArticle(readFileSync(MOVED, 'utf8'));
  moved.frontmatter.setIn(['dateline', 'date'], '2019-11-26');
  writeFileSync(MOVED, joinArticle(moved));
  firstBuild = build();
  const { index } = await createIndex();
  await index!.addDirectory({ path: outDir, glob: 'articles/**/*.html' });
  await index!.writeFiles({ outputPath: join(outDir, WHOLE) });
  await close();
  server = await startStaticServer(outDir, '/');
  browser = await connectChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The headlines /search/ lists for a query, once it has finished. */
async function searchPage(page: Page, query: string): Promise<string[]> {
  await page.goto(`${server.url}search/?${query}`);
  await page.waitForFunction(() => !['', 'Searching…'].includes(document.getElementById('search-status')?.textContent ?? ''));
  return page.locator('#search-results h2 a').allTextContents();
}

/** The headlines the whole-archive index gives for the same query, sorted as the search page asks. */
async function wholeArchive(page: Page, query: string): Promise<string[]> {
  const params = new URLSearchParams(query);
  const term = params.get('q');
  const filters = Object.fromEntries([...params].filter(([name]) => name !== 'q'));
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  const search = `(async () => {
    const pagefind = await import(${JSON.stringify(`${server.url}${WHOLE}pagefind.js`)});
    await pagefind.options({ baseUrl: '/', noWorker: true });
    const found = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)}, sort: { date: 'desc' } });
    return Promise.all(found.results.map(async (result) => (await result.data()).meta.title));
  })()`;
  return page.evaluate<string[]>(search);
}

describe('search over an archive of two years', () => {
  it('finds the same stories in the same order as one index of the whole archive', async () => {
    // The French story (2021) is indexed too, in its language's part of the bundle; the English search never lists it.
    expect(firstBuild).toMatch(/4 article pages in 2 years; indexed again: 2021, 2019/);
    const page = await (await browser.newContext()).newPage();
    const queries = ['q=Ukraine', 'q=Zelensky&topic=Diplomacy', 'topic=Diplomacy', 'person=Andriy+Yermak', 'q=Riga'];
    for (const query of queries) {
      const listed = await searchPage(page, query);
      expect(listed, query).toEqual(await wholeArchive(page, query));
    }
    // Every story, across both years: newest first, the 2019 story last.
    expect(await searchPage(page, 'q=Ukraine')).toEqual([
      'Kiev says nothing about Ukraine can be decided without it',
      'Ukraine leader calls for talks with Russia amid invasion fears',
      'Zelensky says Ukraine ready for any escalation on its border',
    ]);
    await page.context().close();
  });

  it('indexes again only the year whose story changed, finds the changed text, and equals a cold build', async () => {
    // Left in outDir, the whole-archive index would make the next build start from an empty outDir.
    rmSync(join(outDir, WHOLE), { recursive: true });
    const edited = readFileSync(MOVED, 'utf8').replace('Riga', 'Riga and Tallinn');
    expect(edited).not.toBe(readFileSync(MOVED, 'utf8'));
    writeFileSync(MOVED, edited);
    expect(build()).toMatch(/indexed again: 2019\n/);
    // A fresh server: the first one keeps what it compressed, under each file's path.
    await server.close();
    server = await startStaticServer(outDir, '/');
    const page = await (await browser.newContext()).newPage();
    expect(await searchPage(page, 'q=Tallinn')).toEqual(['Zelensky says Ukraine ready for any escalation on its border']);
    await page.context().close();
    const coldDir = join(work, 'cold');
    const cold = runSite({ articles, outDir: coldDir, cacheDir: join(work, 'cold-cache'), script: 'build:cold' });
    expect(cold.status, cold.output).toBe(0);
    expect(relativeFiles(outDir)).toEqual(relativeFiles(coldDir));
    expect(differingFiles(coldDir, outDir)).toEqual([]);
  });
});
