/**
 * What other sites and readers' software take from a deploy: canonical and
 * social metadata, JSON-LD, the RSS feed, the sitemap, robots.txt and the
 * social card. Checked on both builds, and always as absolute URLs under the base.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { ARTICLE_SLUG, SITE_BUILDS, type SiteBuild } from '../support/builds';
import { normaliseTypography, page } from '../support/html';
import { filesUnder } from '../support/files';

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** The built file a same-site absolute URL is served from, if the build has it. */
function fileFor(build: SiteBuild, url: string): string | undefined {
  const base = new URL(build.base, build.site).href;
  if (!url.startsWith(base)) return undefined;
  const inside = decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ''));
  const file = join(build.outDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
  return existsSync(file) ? file : undefined;
}

/** Every <loc> and its <lastmod> in a sitemap file. */
function sitemapEntries(xml: string): { loc: string; lastmod?: string }[] {
  return [...xml.matchAll(/<(?:url|sitemap)>([\s\S]*?)<\/(?:url|sitemap)>/g)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body)![1],
    lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body)?.[1],
  }));
}

/** Reads a built file by its absolute URL, failing the test that asks when the build lacks it. */
function readBuilt(build: SiteBuild, url: string): Buffer {
  const file = fileFor(build, url);
  if (!file) throw new Error(`${url} is not a file in the ${build.name} build`);
  return readFileSync(file);
}

// Parsed once per build, before the tests are collected (describe callbacks cannot await).
const feeds = new Map(
  await Promise.all(
    SITE_BUILDS.map(async (build) => {
      const xml = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
      const feed = await new Parser({ customFields: { item: ['dcterms:modified'] } }).parseString(xml);
      return [build.name, { xml, feed }] as const;
    }),
  ),
);

describe.each(SITE_BUILDS)('publishing the $name build ($base)', (build) => {
  const home = new URL(build.base, build.site).href;
  const articleUrl = `${home}articles/${ARTICLE_SLUG}/`;
  const cardUrl = `${home}og/${ARTICLE_SLUG}.png`;
  const doc = page(build.outDir, `articles/${ARTICLE_SLUG}/index.html`);

  describe('the article page', () => {
    it('has an absolute canonical URL under the base, and og:url says the same', () => {
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(articleUrl);
      expect(meta(doc, 'og:url')).toBe(articleUrl);
      expect(fileFor(build, articleUrl)).toBeDefined();
    });

    it('has an absolute og:image and twitter:image: its social card', () => {
      expect(meta(doc, 'og:image')).toBe(cardUrl);
      expect(meta(doc, 'twitter:image')).toBe(cardUrl);
      expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height')]).toEqual(['1200', '630']);
      expect(fileFor(build, cardUrl)).toBeDefined();
    });

    it('links its RSS feed by absolute URL', () => {
      const feed = doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href');
      expect(feed).toBe(`${home}rss.xml`);
    });
  });

  describe('the JSON-LD', () => {
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    const ld = JSON.parse(scripts[0]?.textContent ?? '{}') as Record<string, any>;
    const shownDates = [...doc.querySelectorAll('.article-meta time')].map((t) => t.getAttribute('datetime'));

    it('is one NewsArticle that parses', () => {
      expect(scripts).toHaveLength(1);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
    });

    it('says what the page shows: headline, dateline, description, language', () => {
      expect(ld.headline).toBe(doc.querySelector('h1')?.textContent);
      expect(normaliseTypography(ld.dateline)).toBe(text(doc.querySelector('.dateline')));
      expect(ld.description).toBe(meta(doc, 'description'));
      expect(ld.inLanguage).toBe(doc.documentElement.getAttribute('lang'));
      expect(ld.isAccessibleForFree).toBe(true);
    });

    it('dates the article as the page does, with the zone offset', () => {
      const offset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
      expect(ld.datePublished).toMatch(offset);
      expect(ld.dateModified).toMatch(offset);
      // The first <time> is the publication day; the last is the update, when there is one.
      expect(ld.datePublished.slice(0, 10)).toBe(shownDates[0]);
      expect(ld.dateModified.slice(0, 10)).toBe(shownDates.at(-1));
      expect(meta(doc, 'article:published_time')).toBe(ld.datePublished);
      expect(meta(doc, 'article:modified_time')).toBe(ld.dateModified);
    });

    it('places it, credits the agency as author and source, the site as publisher, and points at the page and its image', () => {
      const place = text(doc.querySelector('.dateline')).split(' (')[0];
      expect(ld.locationCreated).toMatchObject({ '@type': 'Place' });
      expect(ld.locationCreated.name.toUpperCase()).toBe(place);
      const agencyName = doc.querySelector('.article-meta__byline abbr')?.getAttribute('title');
      for (const role of ['author', 'sourceOrganization', 'copyrightHolder']) {
        expect(ld[role]).toMatchObject({ '@type': 'Organization', name: agencyName });
      }
      expect(ld.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', '@id': `${home}#publisher`, url: home });
      expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': articleUrl });
      expect(ld.url).toBe(articleUrl);
      expect(ld.image).toEqual([cardUrl]);
    });
  });

  describe('the RSS feed', () => {
    const { xml, feed } = feeds.get(build.name)!;

    it('is RSS 2.0 whose channel links to the front page under the base', () => {
      expect(xml).toMatch(/<rss version="2.0"/);
      expect(feed.link).toBe(home);
      expect(xml).toContain(`<atom:link href="${home}rss.xml" rel="self" type="application/rss+xml"/>`);
    });

    it('lists the article with an absolute link that resolves in the build, and a permalink guid', () => {
      expect(feed.items.map((item) => item.link)).toContain(articleUrl);
      for (const item of feed.items) {
        expect(fileFor(build, item.link!), item.link).toBeDefined();
        expect(item.guid).toBe(item.link);
      }
    });

    it('gives each item its summary, dates and categories as the page has them', () => {
      const item = feed.items.find((i) => i.link === articleUrl)!;
      expect(item.title).toBe(doc.querySelector('h1')?.textContent);
      expect(item.content).toBe(meta(doc, 'description'));
      expect(new Date(item.pubDate!).getTime()).toBe(new Date(meta(doc, 'article:published_time')!).getTime());
      expect(item['dcterms:modified']).toBe(meta(doc, 'article:modified_time'));
      expect(item.categories).toContain(meta(doc, 'article:section'));
    });

    it('is newest first, and lastBuildDate is the latest change to any article', () => {
      const published = feed.items.map((i) => new Date(i.pubDate!).getTime());
      expect(published).toEqual([...published].sort((a, b) => b - a));
      const modified = feed.items.map((i) => new Date(i['dcterms:modified']).getTime());
      const lastBuildDate = /<lastBuildDate>([^<]+)<\/lastBuildDate>/.exec(xml)?.[1];
      expect(new Date(lastBuildDate!).getTime()).toBe(Math.max(...modified));
    });
  });

  describe('the sitemap', () => {
    const index = sitemapEntries(readFileSync(join(build.outDir, 'sitemap-index.xml'), 'utf8'));
    const listed = () => index.flatMap(({ loc }) => sitemapEntries(readBuilt(build, loc).toString('utf8')));

    it('is an index of sitemaps by absolute URL under the base', () => {
      expect(index.map((s) => s.loc)).toEqual([`${home}sitemap-0.xml`]);
    });

    it('lists every page but the 404 page, by absolute URL under the base', () => {
      const pages = filesUnder(build.outDir)
        .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
        .map(
          (f) =>
            home +
            relative(build.outDir, f)
              .split(sep)
              .join('/')
              .replace(/(^|\/)index\.html$/, '$1'),
        );
      expect(
        listed()
          .map((u) => u.loc)
          .sort(),
      ).toEqual(pages.sort());
      expect(pages).toContain(articleUrl);
    });

    it('dates the article by its last change, as its page does', () => {
      const entry = listed().find((u) => u.loc === articleUrl);
      expect(entry?.lastmod).toBeDefined();
      expect(new Date(entry!.lastmod!).getTime()).toBe(new Date(meta(doc, 'article:modified_time')!).getTime());
    });
  });

  it('robots.txt names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${home}sitemap-index.xml\n`);
  });

  it('the social card is a 1200×630 PNG', () => {
    const png = readBuilt(build, cardUrl);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
