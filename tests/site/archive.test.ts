/**
 * The front page with many stories: newest first, twenty to a page, with
 * links between the pages. Built from 45 copies of the seed article, each
 * dated a day apart, in a temporary folder (never content/). Story 3 was
 * updated after all the others were published, so the feed's lastBuildDate
 * must follow the latest change, not the latest story.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSite, seedArticle } from '../support/builds';
import { page } from '../support/html';

const COUNT = 45;
const LATE_UPDATE = '2022-03-01';
const seed = seedArticle();
const work = mkdtempSync(join(tmpdir(), 'archive-'));
const outDir = join(work, 'dist');

/** Story n is dated n days after 1 December 2021, so story 45 is the newest. */
function dateOf(n: number): string {
  return new Date(Date.UTC(2021, 11, 1 + n)).toISOString().slice(0, 10);
}

beforeAll(() => {
  const articles = join(work, 'articles');
  mkdirSync(articles);
  for (let n = 1; n <= COUNT; n++) {
    const article = seed
      .replace(/^title: .*$/m, `title: "Story ${n}"`)
      .replace(/date: "2021-12-01"/, `date: "${dateOf(n)}"`)
      .replace(/\n---\n/, n === 3 ? `\nupdated: "${LATE_UPDATE}"\n---\n` : '\n---\n');
    writeFileSync(join(articles, `story-${n}.md`), article);
  }
  const { status, output } = runSite({ articles, outDir, args: ['--base', '/news/'] });
  if (status !== 0) throw new Error(output);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const headlines = (doc: Document) => [...doc.querySelectorAll('.card a')].map((a) => a.textContent);

describe('a front page of many stories', () => {
  it('shows the newest twenty on the first page, the newest as the top story', () => {
    const doc = page(outDir, 'index.html');
    expect(headlines(doc)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${COUNT - i}`));
    expect(doc.querySelector('.card--lead a')?.textContent).toBe('Story 45');
    expect(doc.querySelector('a[rel="prev"]')).toBeNull();
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/news/page/2/');
    expect(doc.querySelector('.pagination')?.textContent).toContain('Page 1 of 3');
  });

  it('continues on /page/2/ and ends on /page/3/ with the oldest stories', () => {
    const second = page(outDir, 'page/2/index.html');
    expect(headlines(second)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${25 - i}`));
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/news/');
    expect(second.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/news/page/3/');
    expect(second.querySelector('h1')?.textContent).toBe('Stories, page 2 of 3');
    const third = page(outDir, 'page/3/index.html');
    expect(headlines(third)).toEqual(['Story 5', 'Story 4', 'Story 3', 'Story 2', 'Story 1']);
    expect(third.querySelector('a[rel="next"]')).toBeNull();
  });

  it('gives every page its own canonical URL under the base', () => {
    expect(page(outDir, 'page/2/index.html').querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/news/page/2/',
    );
  });
});

describe('the place, topic and person pages of many stories', () => {
  // Every story is the seed's copy: from Kiev, on Ukraine, quoting Zelensky.
  it.each(['places/kiev/', 'topics/ukraine/', 'people/zelensky/'])('cuts %s into pages of twenty, newest first', (list) => {
    const first = page(outDir, `${list}index.html`);
    const third = page(outDir, `${list}page/3/index.html`);
    const storiesOn = (doc: Document) => [...doc.querySelectorAll('.card a, .person-quotes h3 a')].map((a) => a.textContent);
    expect(storiesOn(first)).toEqual(Array.from({ length: 20 }, (_, i) => `Story ${COUNT - i}`));
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/news/${list}page/2/`);
    expect(storiesOn(third)).toEqual(['Story 5', 'Story 4', 'Story 3', 'Story 2', 'Story 1']);
    expect(third.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/news/${list}page/2/`);
    expect(third.querySelector('a[rel="next"]')).toBeNull();
    expect(third.querySelector('h1')?.textContent).toMatch(/, page 3 of 3$/);
    expect(third.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://example.org/news/${list}page/3/`);
  });
});

describe('the feed of many stories', () => {
  it('lists every story newest first, and lastBuildDate is the latest change to any of them', async () => {
    const xml = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((item) => item.title)).toEqual(Array.from({ length: COUNT }, (_, i) => `Story ${COUNT - i}`));
    // Story 45 was published on 15 January 2022; story 3's update on 1 March 2022 (midnight in Kyiv, UTC+2) is later.
    expect(feed.lastBuildDate).toBe('Mon, 28 Feb 2022 22:00:00 GMT');
  });
});
