/**
 * The pages around the articles, on the fixture set (the seed and two stories
 * that share its people, tags and Kiev dateline; tests/fixtures/places.yaml
 * declares Kiev a spelling of Kyiv): people, places and topics pages, the
 * links to them from each article, related stories, structured data and the
 * sitemap, in the root and /news/ builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { normaliseTypography, page } from '../support/html';

const SEED = ARTICLE_SLUG;
const EARLIER = 'zelensky-says-ukraine-ready-for-any-escalation';
const LATER = 'kiev-says-nothing-about-ukraine-without-ukraine';
const HEADLINES: Record<string, string> = {
  [SEED]: 'Ukraine leader calls for talks with Russia amid invasion fears',
  [EARLIER]: 'Zelensky says Ukraine ready for any escalation on its border',
  [LATER]: 'Kiev says nothing about Ukraine can be decided without it',
};

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
const jsonLd = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');

describe.each(SITE_BUILDS)('the $name build ($base)', (build) => {
  const at = (path: string) => `${build.base}${path}`;
  const absolute = (path: string) => new URL(at(path), build.site).href;
  const built = (path: string) => page(build.outDir, `${path}index.html`);
  /** The article slugs a page links to with its cards' headlines, in order. */
  const cardSlugs = (doc: Document) =>
    [...doc.querySelectorAll('.card__headline a')].map((a) =>
      a.getAttribute('href')!.replace(at('articles/'), '').replace(/\/$/, ''),
    );

  it('tells a reader whose browser runs no JavaScript, in a sentence that reads, where else every story is listed', () => {
    const notice = built('search/').querySelector('noscript p');
    expect(text(notice)).toBe(
      'Search needs JavaScript, which is turned off or blocked in this browser. Every story is also listed by topic and by the people in it.',
    );
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe(at('topics/'));
  });

  describe('a person quoted in two stories', () => {
    const doc = built('people/zelensky/');

    it('lists every quote, newest story first, each linking to the paragraph that holds it', () => {
      const stories = [...doc.querySelectorAll('.person-quotes__story')];
      expect(stories.map((s) => text(s.querySelector('h3')))).toEqual([HEADLINES[SEED], HEADLINES[EARLIER]]);
      const quotes = stories.flatMap((story) => [...story.querySelectorAll('figure')]);
      expect(quotes).toHaveLength(5);
      for (const figure of quotes) {
        const href = figure.querySelector('figcaption a')!.getAttribute('href')!;
        const [path, id] = href.split('#');
        expect(path).toMatch(new RegExp(`^${at('articles/')}`));
        const paragraph = page(build.outDir, `${path.slice(build.base.length)}index.html`).getElementById(id);
        expect(paragraph?.tagName, href).toBe('P');
        expect(text(paragraph)).toContain(text(figure.querySelector('blockquote')));
      }
    });

    it('gives the name and role, and says who they are in JSON-LD (ProfilePage, with sameAs)', () => {
      expect(text(doc.querySelector('h1'))).toBe('Volodymyr Zelensky');
      expect(text(doc.querySelector('.person__role'))).toBe('President of Ukraine');
      const ld = jsonLd(doc);
      expect(ld['@type']).toBe('ProfilePage');
      expect(ld.mainEntity).toMatchObject({
        '@type': 'Person',
        name: 'Volodymyr Zelensky',
        url: absolute('people/zelensky/'),
        sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
      });
      expect(ld.hasPart).toHaveLength(5);
      expect(doc.querySelector('.person__same-as a')?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q3874799');
    });
  });

  it('lists the stories that name a person without quoting them apart from their quotes', () => {
    const doc = built('people/kuleba/');
    expect([...doc.querySelectorAll('.person-quotes__story h3')].map(text)).toEqual([HEADLINES[LATER]]);
    expect(cardSlugs(doc)).toEqual([SEED, EARLIER]);
  });

  it('/people/ lists everyone by surname, under their letters', () => {
    const doc = built('people/');
    expect([...doc.querySelectorAll('main li a[href*="/people/"]')].map(text)).toEqual([
      'Antony Blinken',
      'Dmytro Kuleba',
      'Sergei Lavrov',
      'Vladimir Putin',
      'Andriy Yermak',
      'Maria Zakharova',
      'Volodymyr Zelensky',
    ]);
    expect([...doc.querySelectorAll('main h2')].map(text)).toEqual(['B', 'K', 'L', 'P', 'Y', 'Z']);
  });

  it('a place page lists every story from the declared place, spelled as filed, newest first', () => {
    const doc = built('places/kyiv/');
    expect(text(doc.querySelector('h1'))).toBe('Kyiv');
    expect(cardSlugs(doc)).toEqual([LATER, SEED, EARLIER]);
    expect(text(doc.querySelector('.card__meta'))).toMatch(/^Kiev \(TW\)/);
    const ld = jsonLd(doc);
    expect(ld).toMatchObject({ '@type': 'CollectionPage', about: { '@type': 'Place', name: 'Kyiv' } });
    expect(ld.mainEntity.itemListElement.map((item: { url: string }) => item.url)).toEqual(
      [LATER, SEED, EARLIER].map((s) => absolute(`articles/${s}/`)),
    );
  });

  it('topic pages list their stories newest first, and /topics/ counts them', () => {
    expect(cardSlugs(built('topics/diplomacy/'))).toEqual([SEED, EARLIER]);
    expect(cardSlugs(built('topics/nato/'))).toEqual([LATER, SEED]);
    const index = [...built('topics/').querySelectorAll('main li')].map(text);
    expect(index).toEqual(['Diplomacy 2 stories', 'NATO 2 stories', 'Russia 2 stories', 'Ukraine 3 stories']);
  });

  describe('an article page', () => {
    const doc = built(`articles/${SEED}/`);

    it('links its dateline place, its tags, its who’s-who and its sidebar captions to their pages', () => {
      const nav = doc.querySelector('nav.story-tags');
      expect([...nav!.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
        ['Kyiv', at('places/kyiv/')],
        ['Ukraine', at('topics/ukraine/')],
        ['Russia', at('topics/russia/')],
        ['NATO', at('topics/nato/')],
        ['Diplomacy', at('topics/diplomacy/')],
      ]);
      expect(doc.querySelector('.whos-who dt a')?.getAttribute('href')).toBe(at('people/zelensky/'));
      const caption = doc.querySelector('.pull-quote figcaption a.pull-quote__speaker');
      expect([text(caption), caption?.getAttribute('href')]).toEqual(['Volodymyr Zelensky', at('people/zelensky/')]);
    });

    it('says in JSON-LD whom it is about (quoted) and whom it mentions', () => {
      const ld = jsonLd(doc);
      expect(ld.about.map((p: { name: string }) => p.name)).toEqual(['Volodymyr Zelensky', 'Maria Zakharova', 'Vladimir Putin']);
      expect(ld.mentions.map((p: { name: string }) => p.name)).toEqual(['Antony Blinken', 'Sergei Lavrov', 'Dmytro Kuleba']);
      expect(ld.about[0]).toMatchObject({
        '@type': 'Person',
        url: absolute('people/zelensky/'),
        jobTitle: 'President of Ukraine',
      });
    });
  });

  it.each([
    [SEED, [EARLIER, LATER]],
    [EARLIER, [SEED, LATER]],
    [LATER, [SEED, EARLIER]],
  ])('articles/%s/ lists its related stories, best first', (slug, expected) => {
    const links = [...built(`articles/${slug}/`).querySelectorAll('aside.related a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expected.map((s) => at(`articles/${s}/`)));
  });

  it('lists every new page in the sitemap', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const path of [
      'people/',
      'people/zelensky/',
      'people/yermak/',
      'places/',
      'places/kyiv/',
      'topics/',
      'topics/nato/',
      'search/',
    ]) {
      expect(sitemap).toContain(`<loc>${absolute(path)}</loc>`);
    }
  });
});
