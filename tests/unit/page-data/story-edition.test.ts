/**
 * A story outside the site's own edition is printed in its edition's words
 * wherever it appears: its address under /fr/, its people's pages, the notice
 * of its withdrawal, its social card and its feed text; and its versions in
 * other languages point at each other, a killed original standing aside.
 */
import { describe, expect, it, vi } from 'vitest';
import { articlePage, withdrawnPage } from '../../../src/page-data/article-page';
import { articleSchema } from '../../../src/article/schema';
import { fullText } from '../../../src/page-data/feed-text';
import { hreflangLinks, translationData } from '../../../src/page-data/translations';
import { socialCardOf } from '../../../src/social-card/draw-ahead';

// The build's mode comes with the content collection, which only Astro provides; the card needs neither.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));

const address = { site: new URL('https://example.org'), base: '/' };
const NBSP = '\u00A0';

const article = articleSchema.parse({
  title: 'Kiev affirme que rien ne peut être décidé sans elle',
  lang: 'fr',
  translationOf: 'kiev-says-nothing',
  dateline: { place: 'Kiev', date: '2021-12-01', timeZone: 'Europe/Kyiv' },
  source: { agency: 'AFP', name: 'Agence France-Presse' },
  people: [{ id: 'kuleba', name: 'Dmytro Kouleba', role: 'ministre ukrainien des Affaires étrangères' }],
});

describe('a French story', () => {
  it('is published under /fr/, and names its people by their French edition’s pages', () => {
    const page = articlePage(
      { slug: 'kiev-rien', article, description: 'Kiev.', quotes: [], quoted: [], robots: 'index' },
      address,
    );
    expect(page.canonical).toBe('https://example.org/fr/articles/kiev-rien/');
    expect(page.jsonLd).toMatchObject({
      inLanguage: 'fr',
      mentions: [{ url: 'https://example.org/fr/people/kuleba/' }],
    });
    expect(page.alternates).toEqual([]);
  });

  it('says in French that it was withdrawn', () => {
    const withdrawn = { date: '2021-12-02', reason: 'L’AFP a retiré cet article.' };
    const notice = withdrawnPage('kiev-rien', { ...article, withdrawn }, withdrawn, address);
    expect(notice.path).toBe('fr/articles/kiev-rien/');
    expect(notice.record.at(-1)?.text).toBe('Cet article a été retiré.');
  });

  it('has a social card in French words and a French date', () => {
    const { card } = socialCardOf(article);
    expect(card.source).toBe(`Source${NBSP}: Agence France-Presse`);
    expect(card.date).toBe('mercredi 1er décembre 2021');
  });

  it('carries its corrections in its feed under a French heading', () => {
    const text = fullText({
      standfirst: undefined,
      ledeHtml: 'Le ministre a parlé.',
      html: '',
      place: 'Kiev',
      agency: 'AFP',
      timeZone: 'Europe/Kyiv',
      corrections: [{ date: '2021-12-02', text: 'Une date a été corrigée.', prominent: false }],
      url: 'https://example.org/fr/articles/kiev-rien/',
      lang: 'fr',
    });
    expect(text).toContain(
      `<h2>Rectificatif</h2><ul><li><strong>jeudi 2 décembre 2021</strong>${NBSP}: Une date a été corrigée.</li></ul>`,
    );
  });
});

describe('a story’s versions', () => {
  const english = { slug: 'kiev-says-nothing', lang: 'en', original: true };
  const french = { slug: 'kiev-rien', lang: 'fr', original: false };
  // As on a site with a Spanish edition too.
  const spanish = { slug: 'kiev-nada', lang: 'es', original: false };

  it('list every version and x-default, the original, alike on each; the original lists its translations, a translation its original', () => {
    expect(hreflangLinks([english, french], address)).toEqual([
      { hreflang: 'en', href: 'https://example.org/articles/kiev-says-nothing/' },
      { hreflang: 'fr', href: 'https://example.org/fr/articles/kiev-rien/' },
      { hreflang: 'x-default', href: 'https://example.org/articles/kiev-says-nothing/' },
    ]);
    expect(translationData('kiev-rien', [english, french], address)).toEqual({
      translationOfWork: { '@type': 'NewsArticle', url: 'https://example.org/articles/kiev-says-nothing/', inLanguage: 'en' },
    });
    expect(translationData('kiev-says-nothing', [english, french], address)).toEqual({
      workTranslation: [{ '@type': 'NewsArticle', url: 'https://example.org/fr/articles/kiev-rien/', inLanguage: 'fr' }],
    });
  });

  it('without a killed original, still point at each other, the first standing in as x-default, and claim no original', () => {
    const links = hreflangLinks([french, spanish], address);
    expect(links.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://example.org/fr/articles/kiev-rien/' });
    expect(links.map((link) => link.hreflang)).toEqual(['fr', 'es', 'x-default']);
    expect(translationData('kiev-rien', [french, spanish], address)).toEqual({});
  });
});
