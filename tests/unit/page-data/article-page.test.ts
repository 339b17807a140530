/** What an article's head says: one canonical URL, and the same two instants in its JSON-LD and its Open Graph tags. */
import { describe, expect, it } from 'vitest';
import { articlePage, withdrawnPage } from '../../../src/page-data/article-page';
import { articleSchema } from '../../../src/article/schema';
import type { Article } from '../../../src/article/schema';

const address = { site: new URL('https://example.org'), base: '/news' };

const article: Article = articleSchema.parse({
  title: 'Ukraine leader calls for talks with Russia',
  dateline: { place: 'Kiev', date: '2021-12-01', timeZone: 'Europe/Kyiv' },
  source: { agency: 'AFP', name: 'Agence France-Presse' },
  section: 'World',
  tags: ['Ukraine', 'Russia'],
  updated: '2021-12-02',
  corrections: [
    { date: '2021-12-04', text: 'An earlier version misstated the day.' },
    { date: '2021-12-03', text: 'A spelling was corrected.' },
  ],
  people: [
    {
      id: 'zelensky',
      name: 'Volodymyr Zelensky',
      role: 'President of Ukraine',
      sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
    },
    { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia' },
  ],
});

const input = {
  slug: 'ukraine-leader',
  article,
  description: 'Zelensky calls for direct talks.',
  quotes: [{ text: 'We must talk.', kind: 'person' as const, speaker: 'Volodymyr Zelensky' }],
  quoted: ['zelensky'],
  robots: 'index' as const,
};

describe('an article’s page', () => {
  const page = articlePage(input, address);

  it('has its canonical URL under the base, which the JSON-LD names too', () => {
    expect(page.path).toBe('articles/ukraine-leader/');
    expect(page.canonical).toBe('https://example.org/news/articles/ukraine-leader/');
    expect(page.jsonLd.url).toBe(page.canonical);
  });

  it('is published at the start of its day in its zone and last changed at its latest correction', () => {
    // Kyiv is at UTC+2 in December; the latest of the update (2 Dec) and the corrections (4 and 3 Dec) is 4 Dec.
    expect(page.og).toEqual({
      publishedTime: '2021-12-01T00:00:00+02:00',
      modifiedTime: '2021-12-04T00:00:00+02:00',
      section: 'World',
      tags: ['Ukraine', 'Russia'],
    });
    expect([page.jsonLd.datePublished, page.jsonLd.dateModified]).toEqual([page.og.publishedTime, page.og.modifiedTime]);
  });

  it('is about the people it quotes and mentions the others, each with their page', () => {
    expect(page.jsonLd.about).toEqual([
      {
        '@type': 'Person',
        name: 'Volodymyr Zelensky',
        jobTitle: 'President of Ukraine',
        url: 'https://example.org/news/people/zelensky/',
        sameAs: ['https://www.wikidata.org/wiki/Q3874799'],
      },
    ]);
    expect(page.jsonLd.mentions).toEqual([
      {
        '@type': 'Person',
        name: 'Vladimir Putin',
        jobTitle: 'President of Russia',
        url: 'https://example.org/news/people/putin/',
      },
    ]);
  });

  it('gives its dateline as the page prints it', () => {
    expect(page.dateline).toBe('KIEV (AFP) –');
    expect(page.jsonLd.dateline).toBe(page.dateline);
  });

  it('offers the social card as its image, or the lead photo’s crops with its credit when it has one', () => {
    expect(page.jsonLd.image).toEqual(['https://example.org/news/og/ukraine-leader.png']);
    const photo = {
      src: { src: '/news/_astro/p.jpg', width: 1600, height: 1200, format: 'jpg' as const },
      alt: 'A building',
      credit: 'Sergei SUPINSKY / AFP',
    };
    const photoCrops = [
      { src: '/news/_astro/p_16x9.jpg', width: 1200, height: 675 },
      { src: '/news/_astro/p_4x3.jpg', width: 1200, height: 900 },
    ];
    const images = articlePage({ ...input, article: { ...article, image: photo }, photoCrops }, address).jsonLd.image;
    expect(images).toMatchObject([
      { '@type': 'ImageObject', url: 'https://example.org/news/_astro/p_16x9.jpg', creditText: 'Sergei SUPINSKY / AFP' },
      { '@type': 'ImageObject', url: 'https://example.org/news/_astro/p_4x3.jpg', copyrightNotice: '© AFP' },
    ]);
  });

  it('is based on the wire item when its id is a URI, and not on a bare id', () => {
    const withId = (itemId: string) =>
      articlePage({ ...input, article: { ...article, source: { ...article.source, itemId } } }, address);
    expect(withId('urn:newsml:afp.com:20211201:newsml_9TZ3GX').jsonLd.isBasedOn).toBe(
      'urn:newsml:afp.com:20211201:newsml_9TZ3GX',
    );
    expect(withId('3f2c1a7b9d8e4f60a1b2c3d4e5f60718').jsonLd).not.toHaveProperty('isBasedOn');
  });

  it('follows the site’s choice for agency copy, and says when an expiring item stops being available', () => {
    expect(page.robots).toEqual([{ name: 'robots', content: 'max-image-preview:large' }]);
    const expiring = { ...article, source: { ...article.source, expires: '2021-12-08' } };
    expect(articlePage({ ...input, article: expiring, robots: 'no-news' }, address).robots).toEqual([
      { name: 'robots', content: 'max-image-preview:large, unavailable_after: 2021-12-08T00:00:00+02:00' },
      { name: 'googlebot-news', content: 'noindex' },
    ]);
    const ownReporting = { ...article, source: { ...article.source, ownReporting: true } };
    expect(articlePage({ ...input, article: ownReporting, robots: 'noindex' }, address).robots).toEqual(page.robots);
  });
});

describe('a killed story’s notice', () => {
  const withdrawn = { date: '2021-12-06', reason: 'AFP has withdrawn this story.' };
  const notice = withdrawnPage('ukraine-leader', { ...article, withdrawn }, withdrawn, address);

  it('keeps the story’s address', () => {
    expect(notice.path).toBe('articles/ukraine-leader/');
    expect(notice.jsonLd.url).toBe('https://example.org/news/articles/ukraine-leader/');
  });

  it('lists the kill after the corrections, and is last changed by it', () => {
    expect(notice.record.map((c) => [c.date, c.text])).toEqual([
      ['2021-12-04', 'An earlier version misstated the day.'],
      ['2021-12-03', 'A spelling was corrected.'],
      ['2021-12-06', 'This story was withdrawn.'],
    ]);
    expect(notice.jsonLd.dateModified).toBe('2021-12-06T00:00:00+02:00');
    expect(notice.jsonLd.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2021-12-04T00:00:00+02:00', text: 'An earlier version misstated the day.' },
      { '@type': 'CorrectionComment', datePublished: '2021-12-03T00:00:00+02:00', text: 'A spelling was corrected.' },
      { '@type': 'CorrectionComment', datePublished: '2021-12-06T00:00:00+02:00', text: 'This story was withdrawn.' },
    ]);
  });
});
