/**
 * The French edition of the fixture site, at the domain root and under /news/:
 * the fixtures hold one story in French (kiev-rien-sur-l-ukraine-sans-l-ukraine.md,
 * written for the tests), a translation of an English fixture story. Its pages
 * are under /fr/, in French words on French pages; the English pages never
 * list it; and every page with versions in other languages links to each of
 * them, itself and x-default, and each of those pages links back alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_BUILDS } from '../support/builds';
import { filesUnder } from '../support/files';
import { page } from '../support/html';

const FRENCH = 'kiev-rien-sur-l-ukraine-sans-l-ukraine';
const ENGLISH = 'kiev-says-nothing-about-ukraine-without-ukraine';
const NBSP = '\u00A0';

/** Every HTML page of a build, relative to it. */
const htmlPages = (outDir: string) =>
  filesUnder(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(outDir, file));

/** A page's hreflang links, "lang href" each, sorted. */
const alternatesOf = (doc: Document) =>
  [...doc.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`)
    .sort();

describe.each(SITE_BUILDS)('the French edition ($name)', (build) => {
  const dist = build.outDir;
  const home = new URL(build.base, build.site).href;
  const path = (inSite: string) => `${build.base}${inSite}`;
  const french = page(dist, `fr/articles/${FRENCH}/index.html`);
  const english = page(dist, `articles/${ENGLISH}/index.html`);

  it('has its front page, article page, feeds, indexes, search and not-found pages under /fr/', () => {
    for (const file of [
      'fr/index.html',
      `fr/articles/${FRENCH}/index.html`,
      'fr/rss.xml',
      'fr/feed.json',
      'fr/search/index.html',
      'fr/404/index.html',
      'fr/people/index.html',
      'fr/people/kuleba/index.html',
      'fr/places/kyiv/index.html',
      'fr/topics/otan/index.html',
    ]) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    expect(existsSync(join(dist, `articles/${FRENCH}`))).toBe(false);
  });

  it('marks every page under /fr/ <html lang="fr"> and every other page <html lang="en">', () => {
    const pages = htmlPages(dist);
    expect(pages.filter((file) => file.startsWith('fr/')).length).toBeGreaterThan(8);
    for (const file of pages) {
      expect(page(dist, file).documentElement.getAttribute('lang'), file).toBe(file.startsWith('fr/') ? 'fr' : 'en');
    }
  });

  it('prints the chrome in French: masthead, dates, credit, not-found and search pages', () => {
    expect(french.querySelector('.skip-link')?.textContent).toBe('Aller au contenu');
    expect(french.querySelector('.masthead__tagline')?.textContent).toBe('L’actualité des agences, présentée avec soin');
    expect(french.querySelector('.masthead__search')?.getAttribute('action')).toBe(path('fr/search/'));
    expect(french.querySelector('.article-meta__dates')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Publié le vendredi 3 décembre 2021',
    );
    expect(french.querySelector('.article-meta__byline')?.textContent).toBe('Par TW');
    expect(french.querySelector('nav.story-tags')?.getAttribute('aria-label')).toBe('Pour aller plus loin');
    expect(french.querySelector('a[href$="rss.xml"]')?.getAttribute('href')).toBe(path('fr/rss.xml'));
    expect(page(dist, 'fr/404/index.html').querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(page(dist, 'fr/search/index.html').querySelector('h1')?.textContent).toBe('Recherche');
    expect(page(dist, 'fr/index.html').querySelector('title')?.textContent).toBe(
      `The Dispatch${NBSP}: L’actualité des agences, présentée avec soin`,
    );
  });

  it('has a French feed of the French story only', () => {
    const rss = readFileSync(join(dist, 'fr/rss.xml'), 'utf8');
    expect(rss).toContain('<language>fr</language>');
    expect(rss).toContain(`<link>${home}fr/articles/${FRENCH}/</link>`);
    expect(rss.match(/<item>/g)).toHaveLength(1);
    const feed = JSON.parse(readFileSync(join(dist, 'fr/feed.json'), 'utf8')) as { language: string; items: { url: string }[] };
    expect(feed.language).toBe('fr');
    expect(feed.items.map((item) => item.url)).toEqual([`${home}fr/articles/${FRENCH}/`]);
  });

  it('keeps the English pages English: no English list, feed or index names the French story', () => {
    for (const file of htmlPages(dist).filter((name) => !name.startsWith('fr/'))) {
      const links = [...page(dist, file).querySelectorAll('a[href*="/fr/"]')].map((a) => a.getAttribute('href'));
      // Only the English version of the story links to the French one, by the language's name.
      expect(links, file).toEqual(file === `articles/${ENGLISH}/index.html` ? [path(`fr/articles/${FRENCH}/`)] : []);
    }
    for (const feed of ['rss.xml', 'feed.json', 'people/kuleba/rss.xml', 'topics/ukraine/rss.xml', 'places/kyiv/rss.xml']) {
      expect(readFileSync(join(dist, feed), 'utf8'), feed).not.toContain(FRENCH);
    }
    expect(page(dist, 'people/kuleba/index.html').querySelector('h1')?.textContent).toBe('Dmytro Kuleba');
    expect(page(dist, 'fr/people/kuleba/index.html').querySelector('h1')?.textContent).toBe('Dmytro Kouleba');
  });

  it('links each version to the other by its language’s own name', () => {
    const toFrench = english.querySelector('.article-meta a[hreflang="fr"]');
    expect(toFrench?.textContent?.trim()).toBe('Français');
    expect(toFrench?.getAttribute('lang')).toBe('fr');
    expect(toFrench?.getAttribute('href')).toBe(path(`fr/articles/${FRENCH}/`));
    const toEnglish = french.querySelector('.article-meta a[hreflang="en"]');
    expect(toEnglish?.textContent?.trim()).toBe('English');
    expect(toEnglish?.getAttribute('href')).toBe(path(`articles/${ENGLISH}/`));
  });

  it('gives hreflang links that are reciprocal on every page that has them: itself, every other version, x-default', () => {
    const withAlternates = htmlPages(dist).filter((file) => alternatesOf(page(dist, file)).length > 0);
    expect(withAlternates.sort()).toEqual([`articles/${ENGLISH}/index.html`, `fr/articles/${FRENCH}/index.html`]);
    for (const file of withAlternates) {
      const doc = page(dist, file);
      const links = alternatesOf(doc);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(links, file).toContain(`${doc.documentElement.getAttribute('lang')} ${canonical}`);
      expect(
        links.filter((link) => link.startsWith('x-default ')),
        file,
      ).toEqual([`x-default ${home}articles/${ENGLISH}/`]);
      for (const link of links.filter((entry) => !entry.startsWith('x-default '))) {
        const [lang, href] = link.split(' ');
        const target = page(dist, `${new URL(href).pathname.slice(build.base.length)}index.html`);
        expect(target.documentElement.getAttribute('lang'), href).toBe(lang);
        expect(alternatesOf(target), href).toEqual(links);
      }
    }
  });

  it('lists both versions in the sitemap, each with the same xhtml:link alternates', () => {
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entry = (url: string) => xml.match(new RegExp(`<url><loc>${url}</loc>[\\s\\S]*?</url>`))?.[0] ?? '';
    const links = (url: string) =>
      [...entry(url).matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, lang, href]) => `${lang} ${href}`,
      );
    const expected = [
      `en ${home}articles/${ENGLISH}/`,
      `fr ${home}fr/articles/${FRENCH}/`,
      `x-default ${home}articles/${ENGLISH}/`,
    ];
    expect(links(`${home}articles/${ENGLISH}/`)).toEqual(expected);
    expect(links(`${home}fr/articles/${FRENCH}/`)).toEqual(expected);
  });

  it('says in the JSON-LD which is the original and which the translation, and their languages', () => {
    const data = (doc: Document) =>
      JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>;
    expect(data(french)).toMatchObject({
      inLanguage: 'fr',
      translationOfWork: { '@type': 'NewsArticle', url: `${home}articles/${ENGLISH}/`, inLanguage: 'en' },
    });
    expect(data(english)).toMatchObject({
      inLanguage: 'en',
      workTranslation: [{ '@type': 'NewsArticle', url: `${home}fr/articles/${FRENCH}/`, inLanguage: 'fr' }],
    });
    expect(data(english)).not.toHaveProperty('translationOfWork');
  });
});
