/**
 * A correction added to the seed article shows on the page and moves every
 * "last changed" date: JSON-LD, Open Graph, the sitemap and the feed. The
 * feeds carry the correction notes with the text, under the story's one guid.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, runSite, seedArticle } from '../support/builds';
import { page } from '../support/html';

const seed = seedArticle();
const work = mkdtempSync(join(tmpdir(), 'corrections-'));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');

/** The seed article with frontmatter lines added before its closing ---. */
function withFrontmatter(lines: string): string {
  const close = seed.indexOf('\n---', 4);
  return `${seed.slice(0, close)}\n${lines}${seed.slice(close)}`;
}

beforeAll(() => {
  mkdirSync(articles);
  writeFileSync(
    join(articles, `${ARTICLE_SLUG}.md`),
    withFrontmatter(
      [
        'corrections:',
        '  - date: "2021-12-03"',
        '    text: An earlier version of this article misstated the date of the Stockholm meeting.',
        '  - date: "2021-12-02"',
        '    text: An earlier version of this article misattributed a quotation to Sergei Lavrov.',
        '    prominent: true',
      ].join('\n'),
    ),
  );
  const { status, output } = runSite({ articles, outDir, args: ['--site', 'https://example.org', '--base', '/'] });
  if (status !== 0) throw new Error(output);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a corrected article', () => {
  it('shows the updated date beside the published one, both as <time>', () => {
    const doc = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    const times = [...doc.querySelectorAll('.article-meta time')].map((t) => [t.getAttribute('datetime'), t.textContent]);
    expect(times).toEqual([
      ['2021-12-01', 'Wednesday 1 December 2021'],
      ['2021-12-03', 'Friday 3 December 2021'],
    ]);
    expect(doc.querySelector('.article-meta__dates')?.textContent).toMatch(/Published .+ Updated /);
  });

  it('shows each correction with its date: the prominent one above the article, the other at its end', () => {
    const doc = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    const top = doc.querySelector('.story__header .corrections--top');
    expect(top?.textContent).toContain('misattributed a quotation to Sergei Lavrov');
    expect(top?.querySelector('time')?.getAttribute('datetime')).toBe('2021-12-02');
    const end = doc.querySelector('.article-body--rest .corrections--end');
    expect(end?.textContent).toContain('misstated the date of the Stockholm meeting');
    expect(end?.querySelector('time')?.textContent).toBe('Friday 3 December 2021');
  });

  it('moves dateModified, article:modified_time, the sitemap lastmod and the feed to the latest correction', () => {
    const doc = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.datePublished).toBe('2021-12-01T00:00:00+02:00');
    expect(ld.dateModified).toBe('2021-12-03T00:00:00+02:00');
    expect(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe(
      '2021-12-03T00:00:00+02:00',
    );
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    // The sitemap writes the same instant in UTC: midnight on 3 December in Kyiv.
    expect(sitemap).toContain(
      `<loc>https://example.org/articles/${ARTICLE_SLUG}/</loc><lastmod>2021-12-02T22:00:00.000Z</lastmod>`,
    );
    const feed = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    expect(feed).toContain('<dcterms:modified>2021-12-03T00:00:00+02:00</dcterms:modified>');
    expect(feed).toContain('<lastBuildDate>Thu, 02 Dec 2021 22:00:00 GMT</lastBuildDate>');
  });

  it('carries its correction notes in every feed’s full text, as the page places them, under its permanent guid', () => {
    const url = `https://example.org/articles/${ARTICLE_SLUG}/`;
    const rss = new DOMParser().parseFromString(readFileSync(join(outDir, 'topics/nato/rss.xml'), 'utf8'), 'text/xml');
    const item = rss.getElementsByTagName('item')[0];
    expect(item.getElementsByTagName('guid')[0].textContent).toBe(url);
    const text = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0].textContent ?? '';
    const json = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: { id: string; content_html: string }[] };
    expect(json.items[0]).toEqual(expect.objectContaining({ id: url, content_html: text }));
    const lavrov = text.indexOf(
      'Thursday 2 December 2021</strong>: An earlier version of this article misattributed a quotation',
    );
    const stockholm = text.indexOf('Friday 3 December 2021</strong>: An earlier version of this article misstated the date');
    const lede = text.indexOf('KIEV (AFP) –');
    expect(lavrov).toBeGreaterThan(-1);
    expect([lavrov < lede, stockholm > lede]).toEqual([true, true]);
  });
});
