/**
 * Every feed the fixture site builds, at the domain root and under /news/:
 * the site's RSS and JSON Feed, and the RSS of each topic, place and person.
 * Each parses (RSS as XML, JSON Feed against 1.1's required fields), each
 * item is a story whose page the build has, with its full text word for word
 * as that page shows it (standfirst, lede, body), and each page advertises the feeds it has.
 * The French edition (/fr/) has the same feeds of its own stories.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SITE_BUILDS } from '../support/builds';
import { filesUnder } from '../support/files';
import { page } from '../support/html';

const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** An XML file of the build as a DOM; anything not well-formed fails the test that reads it. */
function parseXml(file: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${file}: ${message}`);
    },
  }).parseFromString(readFileSync(file, 'utf8'), 'text/xml') as unknown as Document;
}

/** Each block's text as a reader sees it, whitespace collapsed: a paragraph, a crosshead, a list. */
const blocks = (elements: Iterable<Element>) => [...elements].map((el) => el.textContent.replace(/\s+/g, ' ').trim());
/** An HTML fragment's body (linkedom finds the body only inside <html>). */
const htmlBody = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

interface Item {
  guid: string;
  permaLink: string | null;
  link: string;
  content: string;
}

const child = (parent: Element, tag: string) => parent.getElementsByTagName(tag)[0]?.textContent ?? '';

function rssItems(doc: Document): Item[] {
  return [...doc.getElementsByTagName('item')].map((item) => ({
    guid: child(item, 'guid'),
    permaLink: item.getElementsByTagName('guid')[0]?.getAttribute('isPermaLink') ?? null,
    link: child(item, 'link'),
    content: item.getElementsByTagNameNS(CONTENT_NS, 'encoded')[0]?.textContent ?? '',
  }));
}

describe.each(SITE_BUILDS)('the feeds of the $name build ($base)', (build) => {
  const home = new URL(build.base, build.site).href;
  const inBuild = (file: string) => relative(build.outDir, file).split(sep).join('/');
  /** The editions' folders: the English edition's, at the root, and the French one's. */
  const editions = ['', 'fr/'];
  /** The list pages' folders: topics/nato/, places/kyiv/, people/zelensky/, fr/topics/otan/. */
  const lists = editions.flatMap((edition) =>
    ['topics', 'places', 'people'].flatMap((kind) =>
      readdirSync(join(build.outDir, edition, kind), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${edition}${kind}/${entry.name}/`),
    ),
  );
  const editionOf = (path: string) => (path.startsWith('fr/') ? 'fr/' : '');
  const feeds = filesUnder(build.outDir)
    .filter((file) => file.endsWith('rss.xml'))
    .map(inBuild)
    .sort();
  const articleFile = (url: string) => join(build.outDir, url.slice(home.length), 'index.html');

  it('has the site’s RSS and one per topic, place and person page', () => {
    expect(lists).toEqual(expect.arrayContaining(['topics/nato/', 'places/kyiv/', 'people/zelensky/']));
    expect(lists).toEqual(expect.arrayContaining(['fr/topics/otan/', 'fr/places/kyiv/', 'fr/people/kuleba/']));
    expect(feeds).toEqual([...editions.map((edition) => `${edition}rss.xml`), ...lists.map((list) => `${list}rss.xml`)].sort());
  });

  it.each(feeds)('%s is RSS 2.0 whose channel and self link are its page and itself, by absolute URL', (feed) => {
    const doc = parseXml(join(build.outDir, feed));
    const channel = doc.getElementsByTagName('channel')[0];
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(child(channel, 'link')).toBe(home + feed.replace(/rss\.xml$/, ''));
    expect(channel.getElementsByTagNameNS(ATOM_NS, 'link')[0].getAttribute('href')).toBe(home + feed);
  });

  it.each(feeds)('%s: each item’s guid is its permanent link, and its full text is its page’s body word for word', (feed) => {
    const items = rssItems(parseXml(join(build.outDir, feed)));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item).toMatchObject({ guid: item.link, permaLink: 'true' });
      expect(existsSync(articleFile(item.link)), item.link).toBe(true);
      const doc = page(build.outDir, relative(build.outDir, articleFile(item.link)));
      const shown = [...doc.querySelectorAll('.standfirst, .lede'), ...doc.querySelector('.story-text')!.children];
      const carried = htmlBody(item.content);
      expect(shown.length).toBeGreaterThan(2);
      expect(blocks(carried.children)).toEqual(blocks(shown));
      const links = [...carried.querySelectorAll('[href], [src]')];
      for (const link of links) expect(link.getAttribute('href') ?? link.getAttribute('src')).toMatch(/^(https?|mailto|tel):/);
    }
  });

  it.each(lists)('%srss.xml holds the stories its page lists, newest first', (list) => {
    const items = [...parseXml(join(build.outDir, `${list}rss.xml`)).getElementsByTagName('item')];
    const published = items.map((item) => Date.parse(child(item, 'pubDate')));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    // The fixture's lists fit on their first page; a story's own links there carry no fragment.
    const listed = [...page(build.outDir, `${list}index.html`).querySelectorAll('main a[href]')]
      .map((a) => new URL(a.getAttribute('href')!, home).href)
      .filter((url) => url.startsWith(`${home}${editionOf(list)}articles/`) && !url.includes('#'));
    expect(items.map((item) => child(item, 'link')).sort()).toEqual([...new Set(listed)].sort());
  });

  it('the JSON Feed has what 1.1 requires, and the site RSS’s items with the same ids and full text', () => {
    const json = JSON.parse(readFileSync(join(build.outDir, 'feed.json'), 'utf8')) as Record<string, any>;
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: expect.any(String),
      feed_url: `${home}feed.json`,
    });
    const rss = rssItems(parseXml(join(build.outDir, 'rss.xml')));
    expect(json.items.map((item: { id: string; content_html: string }) => [item.id, item.content_html])).toEqual(
      rss.map((item) => [item.guid, item.content]),
    );
  });

  it('every page advertises the site’s RSS and JSON Feed; each topic, place and person page also its own', () => {
    for (const file of filesUnder(build.outDir).filter((f) => f.endsWith('.html'))) {
      const doc = page(build.outDir, inBuild(file));
      // The feeds, not a story's versions in other languages (link rel="alternate" hreflang, tests/site/editions.test.ts).
      const feedLinks = doc.querySelectorAll('link[rel="alternate"][type]');
      const alternates = [...feedLinks].map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
      const list = lists.find((path) => inBuild(file).startsWith(path));
      const edition = editionOf(inBuild(file));
      expect(alternates, inBuild(file)).toEqual([
        ['application/rss+xml', `${home}${edition}rss.xml`],
        ['application/feed+json', `${home}${edition}feed.json`],
        ...(list ? [['application/rss+xml', `${home}${list}rss.xml`]] : []),
      ]);
      for (const link of feedLinks) expect(link.getAttribute('title')).toMatch(/^The Dispatch/);
    }
  });
});
