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

  it('offers the social card as its image, or the lead photo’s JPEG with its credit when it has one', () => {
    expect(page.jsonLd.image).toEqual(['https://example.org/news/og/ukraine-leader.png']);
    const photo = {
      src: { src: '/news/_astro/p.jpg', width: 1600, height: 1000, format: 'jpg' as const },
      alt: 'A building',
      credit: 'Sergei SUPINSKY / AFP',
    };
    const photoJpeg = { src: '/news/_astro/p_1200.jpg', width: 1200, height: 750 };
    expect(articlePage({ ...input, article: { ...article, image: photo }, photoJpeg }, address).jsonLd.image).toEqual({
      '@type': 'ImageObject',
      url: 'https://example.org/news/_astro/p_1200.jpg',
      contentUrl: 'https://example.org/news/_astro/p_1200.jpg',
      width: 1200,
      height: 750,
      creditText: 'Sergei SUPINSKY / AFP',
      copyrightNotice: '© AFP',
    });
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
