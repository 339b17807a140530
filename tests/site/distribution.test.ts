/**
 * What the built site tells search engines and news platforms: every page's
 * JSON-LD names the site as publisher (whole on articles and the front page,
 * by its @id elsewhere) and the agency or the byline in their roles; the
 * trust pages exist and every page links them; every indexable page allows
 * large image previews; the news sitemap holds the two days before the
 * build's fixed clock (BUILD_CLOCK); and the robots choice for agency copy
 * changes exactly the tag it names (one build of two articles; the choices
 * themselves are tests/unit/page-data/robots.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import type { NewsArticleLeaf, NewsMediaOrganizationLeaf, OrganizationLeaf } from 'schema-dts';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, ROOT_BUILD, SITE_BUILDS, startSite } from '../support/builds';
import { page } from '../support/html';
import { filesUnder } from '../support/files';
import { TRUST_PAGES } from '../../src/site.config';

const POLICIES = [
  'publishingPrinciples',
  'correctionsPolicy',
  'ethicsPolicy',
  'masthead',
  'noBylinesPolicy',
  'unnamedSourcesPolicy',
  'actionableFeedbackPolicy',
] as const;

const pagesOf = (outDir: string) =>
  filesUnder(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(outDir, file));
const jsonLdOf = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
  );

describe.each(SITE_BUILDS)('the $name build', (build) => {
  const home = new URL(build.base, build.site).href;
  const publisherId = `${home}#publisher`;
  const files = pagesOf(build.outDir);
  /** The built file an absolute URL of this site names. */
  const fileOf = (url: string) =>
    join(build.outDir, new URL(url).pathname.slice(build.base.length), url.endsWith('/') ? 'index.html' : '');

  it('names the site as publisher on every page with JSON-LD, and the agency in its roles on every article', () => {
    const types = new Set<unknown>();
    for (const file of files) {
      const data = jsonLdOf(page(build.outDir, file));
      expect(data.length, file).toBeLessThanOrEqual(1);
      if (data.length === 0) continue;
      const ld = data[0];
      types.add(ld['@type']);
      const publisher = ld.publisher as NewsMediaOrganizationLeaf;
      expect(publisher['@id'], file).toBe(publisherId);
      expect(ld, file).not.toHaveProperty('provider');
      if (ld['@type'] !== 'NewsArticle') continue;
      const article = ld as unknown as NewsArticleLeaf;
      expect(publisher['@type'], file).toBe('NewsMediaOrganization');
      // The fixtures carry no byline: the agency is the author, the source and the copyright holder.
      const agency = article.author as OrganizationLeaf;
      expect(agency['@type'], file).toBe('Organization');
      expect(article.sourceOrganization, file).toEqual(agency);
      expect(article.copyrightHolder, file).toEqual(agency);
      expect(agency.name, file).not.toBe(publisher.name);
    }
    expect([...types].sort()).toEqual(['CollectionPage', 'NewsArticle', 'ProfilePage']);
  });

  it('gives the publisher in full, with a logo and every policy on a trust page that exists, on the front page', () => {
    const publisher = jsonLdOf(page(build.outDir, 'index.html'))[0].publisher as Record<string, string | { url: string }>;
    expect(publisher).toMatchObject({ '@type': 'NewsMediaOrganization', '@id': publisherId, url: home });
    expect(existsSync(fileOf((publisher.logo as { url: string }).url))).toBe(true);
    for (const policy of POLICIES) {
      const url = publisher[policy] as string;
      expect(url, policy).toMatch(new RegExp(`^${home}[a-z]+/$`));
      expect(existsSync(fileOf(url)), policy).toBe(true);
    }
  });

  it('has each trust page at its address, and links them all from every page’s footer', () => {
    for (const { slug } of TRUST_PAGES) {
      const doc = page(build.outDir, `${slug}/index.html`);
      expect(doc.querySelector('h1')?.textContent?.trim(), slug).toBeTruthy();
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${home}${slug}/`);
    }
    const wanted = TRUST_PAGES.map(({ slug }) => `${build.base}${slug}/`);
    for (const file of files) {
      const links = [...page(build.outDir, file).querySelectorAll('footer nav a')].map((a) => a.getAttribute('href'));
      expect(links, file).toEqual(expect.arrayContaining(wanted));
    }
  });

  it('allows large image previews on every indexable page; the 404 page is noindex and claims no address', () => {
    for (const file of files) {
      const robots = page(build.outDir, file).querySelector('meta[name="robots"]')?.getAttribute('content');
      if (robots !== 'noindex') expect(robots, file).toBe('max-image-preview:large');
    }
    const notFound = page(build.outDir, '404.html');
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('lists the news sitemap in robots.txt, holding the story of the two days before the build’s clock', () => {
    expect(readFileSync(join(build.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${home}news-sitemap.xml\n`);
    const doc = new DOMParser().parseFromString(readFileSync(join(build.outDir, 'news-sitemap.xml'), 'utf8'), 'text/xml');
    const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';
    const locs = [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent);
    // 3 December (Kyiv) is inside the two days before noon UTC on the 3rd; 1 December and 26 November are not.
    // The news sitemap is the site's: the French edition's story of the 3rd is in it too, in French.
    expect(locs).toEqual([
      `${home}articles/kiev-says-nothing-about-ukraine-without-ukraine/`,
      `${home}fr/articles/kiev-rien-sur-l-ukraine-sans-l-ukraine/`,
    ]);
    const field = (name: string, index = 0) => doc.getElementsByTagNameNS(NEWS, name)[index]?.textContent;
    expect([field('name'), field('language'), field('publication_date'), field('title')]).toEqual([
      'The Dispatch',
      'en',
      '2021-12-03T00:00:00+02:00',
      'Kiev says nothing about Ukraine can be decided without it',
    ]);
    expect([field('language', 1), field('title', 1)]).toEqual([
      'fr',
      'Kiev affirme que rien ne peut être décidé sur l’Ukraine sans elle',
    ]);
  });
});

describe('the robots choices for agency copy', () => {
  const work = mkdtempSync(join(tmpdir(), 'robots-choice-'));
  const articles = join(work, 'articles');
  const CHOICES = ['no-news', 'noindex'] as const;
  type Choice = (typeof CHOICES)[number];
  const outDirOf = (choice: Choice) => join(work, choice);
  const OWN = 'talks-with-our-reporting';
  /** Every meta and link element of a page's head, as text: the tags a choice may change. */
  const headTags = (dir: string, slug: string) =>
    [...page(dir, `articles/${slug}/index.html`).head.querySelectorAll('meta, link')].map((tag) => tag.outerHTML);
  /** The tags a choice added to, and took from, the seed story's page in the default (index) build. */
  const changed = (choice: Choice) => {
    const indexed = headTags(ROOT_BUILD.outDir, ARTICLE_SLUG);
    const chosen = headTags(outDirOf(choice), ARTICLE_SLUG);
    return { added: chosen.filter((tag) => !indexed.includes(tag)), removed: indexed.filter((tag) => !chosen.includes(tag)) };
  };
  const locsIn = (file: string) =>
    [...new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml').getElementsByTagName('loc')].map(
      (loc) => loc.textContent,
    );
  const story = (slug: string) => `${ROOT_BUILD.site}/articles/${slug}/`;

  beforeAll(async () => {
    mkdirSync(articles, { recursive: true });
    const seed = readFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), 'utf8');
    writeFileSync(join(articles, `${ARTICLE_SLUG}.md`), seed);
    writeFileSync(join(articles, `${OWN}.md`), seed.replace('  name: Agence France-Presse\n', '$&  ownReporting: true\n'));
    const builds = CHOICES.map((choice) =>
      startSite({
        articles,
        outDir: outDirOf(choice),
        args: ['--site', ROOT_BUILD.site, '--base', ROOT_BUILD.base],
        // Noon UTC on 2 December 2021: both stories of 1 December are inside the news sitemap's two days.
        env: { AGENCY_COPY_ROBOTS: choice, SOURCE_DATE_EPOCH: String(Date.UTC(2021, 11, 2, 12) / 1000) },
      }),
    );
    for (const { status, output } of await Promise.all(builds)) if (status !== 0) throw new Error(output);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('no-news adds googlebot-news noindex to unmodified agency copy, and changes no other tag', () => {
    expect(changed('no-news')).toEqual({ added: ['<meta name="googlebot-news" content="noindex">'], removed: [] });
  });

  it('noindex turns the robots tag of unmodified agency copy to noindex, and changes no other tag', () => {
    expect(changed('noindex')).toEqual({
      added: ['<meta name="robots" content="noindex">'],
      removed: ['<meta name="robots" content="max-image-preview:large">'],
    });
  });

  it.each(CHOICES)('%s leaves a story with the newsroom’s own reporting as it is', (choice) => {
    const own = page(outDirOf(choice), `articles/${OWN}/index.html`);
    expect(own.querySelector('meta[name="googlebot-news"]')).toBeNull();
    expect(own.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('max-image-preview:large');
  });

  it.each(CHOICES)('%s keeps unmodified agency copy out of the news sitemap, and own reporting in it', (choice) => {
    expect(locsIn(join(outDirOf(choice), 'news-sitemap.xml'))).toEqual([story(OWN)]);
  });

  it('noindex keeps unmodified agency copy out of the sitemap too; no-news keeps it there', () => {
    const inSitemap = (choice: Choice) => locsIn(join(outDirOf(choice), 'sitemap-0.xml'));
    expect(inSitemap('noindex')).toContain(story(OWN));
    expect(inSitemap('noindex')).not.toContain(story(ARTICLE_SLUG));
    expect(inSitemap('no-news')).toEqual(expect.arrayContaining([story(OWN), story(ARTICLE_SLUG)]));
  });
});
