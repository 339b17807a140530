/**
 * Names in any script: a place, tags and a person written in Arabic, a place
 * in Cyrillic that places.yaml declares for Moscow, and tags in Cyrillic and
 * Greek (tests/fixtures/scripts/). Each gets its page, written under its name
 * as it is (a static host decodes a request before it looks for the file),
 * and every link to it is that name percent-encoded. A story in Arabic reads
 * right to left inside the English page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSite } from '../support/builds';
import { page } from '../support/html';
import { relativeFiles } from '../support/files';

const outDir = mkdtempSync(join(tmpdir(), 'scripts-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

beforeAll(() => {
  const articles = resolve(import.meta.dirname, '../fixtures/scripts/articles');
  const { status, output } = runSite({ articles, outDir });
  if (status !== 0) throw new Error(output);
}, 120_000);

/** The site's own links on a page to the pages of people, places and topics. */
const listLinks = (path: string) =>
  [...page(outDir, path).querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href')!)
    .filter((href) => /^\/(people|places|topics)\//.test(href));

describe('names in any script', () => {
  it('write each page under the name in its own script, lower case where the script has case', () => {
    const pages = relativeFiles(outDir).filter((file) => /^(people|places|topics)\/[^/]+\/index\.html$/.test(file));
    expect(pages.sort()).toEqual(
      [
        'people/الكعبي/index.html',
        'places/moscow/index.html',
        'places/الدوحة/index.html',
        'topics/ελλάδα/index.html',
        'topics/энергетика/index.html',
        'topics/الطاقة/index.html',
        'topics/الغاز-الطبيعي/index.html',
      ].sort(),
    );
  });

  it('link to them percent-encoded, and every link finds its file once decoded', () => {
    const links = listLinks('articles/doha-energy-talks/index.html');
    expect(links).toContain('/places/%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9/');
    expect(links).toContain('/people/%D8%A7%D9%84%D9%83%D8%B9%D8%A8%D9%8A/');
    const all = ['articles/doha-energy-talks/index.html', 'articles/moscow-gas-prices/index.html', 'places/index.html'];
    for (const href of [...all.flatMap(listLinks), ...listLinks('topics/index.html'), ...listLinks('people/index.html')]) {
      expect(href, href).toMatch(/^[\x21-\x7e]+$/);
      expect(existsSync(join(outDir, decodeURIComponent(href), 'index.html')), href).toBe(true);
    }
  });

  it('send a Cyrillic spelling that places.yaml declares to the declared place’s page', () => {
    expect(listLinks('articles/moscow-gas-prices/index.html')).toContain('/places/moscow/');
  });

  it('give the sitemap and the feeds the encoded address', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/topics/%CE%B5%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1/</loc>');
    const feed = readFileSync(join(outDir, 'places/الدوحة/rss.xml'), 'utf8');
    expect(feed).toContain('<link>https://example.org/places/%D8%A7%D9%84%D8%AF%D9%88%D8%AD%D8%A9/</link>');
  });

  it('set an Arabic story right to left on an English site, and leave the page and an English story left to right', () => {
    const arabic = page(outDir, 'articles/doha-energy-talks/index.html');
    expect(arabic.querySelector('html')?.getAttribute('dir')).toBeNull();
    const story = arabic.querySelector('article.story');
    expect([story?.getAttribute('lang'), story?.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const russian = page(outDir, 'articles/moscow-gas-prices/index.html').querySelector('article.story');
    expect(russian?.getAttribute('dir')).toBeNull();
  });
});
