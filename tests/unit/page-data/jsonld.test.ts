/** schema.org NewsArticle for the article page, and its safe embedding in a <script> element. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildNewsArticle, serializeJsonLd, type NewsArticleInput } from '../../../src/page-data/jsonld';

const input: NewsArticleInput = {
  headline: 'Ukraine leader calls for talks with Russia amid invasion fears',
  description: 'Ukrainian President Volodymyr Zelensky on Wednesday called for direct talks with Moscow.',
  url: 'https://example.org/news/articles/x/',
  imageUrl: 'https://example.org/news/og/x.png',
  datePublished: '2021-12-01T00:00:00+02:00',
  dateModified: '2021-12-02T00:00:00+02:00',
  dateline: 'KIEV (AFP) –',
  place: 'Kiev',
  agency: 'AFP',
  agencyName: 'Agence France-Presse',
  publisherName: 'The Dispatch',
  publisherUrl: 'https://example.org/news/',
  section: 'World',
  keywords: ['Ukraine', 'Russia'],
  lang: 'en',
};

/** The JSON-LD as a browser would find it in a page: the text of the one script element. */
function embedded(data: unknown): { scripts: number; json: unknown } {
  const html = `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body><p>after</p></body></html>`;
  const { document } = parseHTML(html);
  const scripts = document.querySelectorAll('script');
  return { scripts: scripts.length, json: JSON.parse(scripts[0]?.textContent ?? 'null') };
}

describe('the NewsArticle', () => {
  const article = buildNewsArticle(input);

  it('gives the social card as its image when there is no lead photo', () => {
    expect(article.image).toEqual([input.imageUrl]);
  });

  it('gives a lead photo as an ImageObject with its caption and credit', () => {
    const photo = {
      url: 'https://example.org/news/_astro/p.jpg',
      width: 1200,
      height: 800,
      caption: 'Zelensky addresses parliament.',
      credit: 'Sergei SUPINSKY / AFP',
      copyrightNotice: '© AFP',
    };
    expect(buildNewsArticle({ ...input, photo }).image).toEqual({
      '@type': 'ImageObject',
      url: photo.url,
      contentUrl: photo.url,
      width: 1200,
      height: 800,
      caption: 'Zelensky addresses parliament.',
      creditText: 'Sergei SUPINSKY / AFP',
      copyrightNotice: '© AFP',
    });
    expect(buildNewsArticle({ ...input, photo: { ...photo, caption: undefined } }).image).not.toHaveProperty('caption');
  });

  it('names the article, its dates with their offset, dateline and place', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: input.headline,
      description: input.description,
      datePublished: '2021-12-01T00:00:00+02:00',
      dateModified: '2021-12-02T00:00:00+02:00',
      dateline: 'KIEV (AFP) –',
      locationCreated: { '@type': 'Place', name: 'Kiev' },
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
    expect(article.datePublished).toMatch(/T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('credits the agency as author and publisher, and points at the page and its image', () => {
    const agency = { '@type': 'Organization', name: 'Agence France-Presse', alternateName: 'AFP' };
    expect(article.author).toEqual(agency);
    expect(article.publisher).toEqual(agency);
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
    expect(article.url).toBe(input.url);
    expect(article.image).toEqual([input.imageUrl]);
  });

  it('adds the agency URL only when there is one', () => {
    expect(buildNewsArticle({ ...input, agencyUrl: 'https://www.afp.com/' }).author).toMatchObject({
      url: 'https://www.afp.com/',
    });
    expect(article.author).not.toHaveProperty('url');
  });
});

describe('the quotations', () => {
  it('credit each sidebar quote to a Person or an Organization, and an unnamed source only in words', () => {
    const article = buildNewsArticle({
      ...input,
      quotations: [
        { text: 'Russia poses no threat to anyone', kind: 'organisation', speaker: 'The Kremlin' },
        { text: 'We must talk', kind: 'person', speaker: 'Volodymyr Zelensky' },
        { text: 'The situation is very dangerous', kind: 'unnamed', speaker: 'A senior Western diplomat' },
      ],
    });
    expect(article.hasPart).toEqual([
      {
        '@type': 'Quotation',
        text: 'Russia poses no threat to anyone',
        creator: { '@type': 'Organization', name: 'The Kremlin' },
      },
      { '@type': 'Quotation', text: 'We must talk', creator: { '@type': 'Person', name: 'Volodymyr Zelensky' } },
      { '@type': 'Quotation', text: 'The situation is very dangerous', creditText: 'A senior Western diplomat' },
    ]);
  });

  it('are left out when the page shows none', () => {
    expect(buildNewsArticle({ ...input, quotations: [] })).not.toHaveProperty('hasPart');
    expect(buildNewsArticle(input)).not.toHaveProperty('hasPart');
  });
});

describe('the JSON-LD in the page', () => {
  const hostile = '</script><script>alert(1)</script>';

  it('cannot be closed by a headline: no "<" reaches the HTML, and the data survives', () => {
    const data = buildNewsArticle({ ...input, headline: `Talks ${hostile} & <!-- more`, description: 'a\u2028b\u2029c' });
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    const { scripts, json } = embedded(data);
    expect(scripts).toBe(1);
    expect(json).toEqual(data);
    expect((json as { headline: string }).headline).toBe(`Talks ${hostile} & <!-- more`);
  });

  it('would break out without the escaping (the test can fail)', () => {
    const { document } = parseHTML(`<script type="application/ld+json">${JSON.stringify({ headline: hostile })}</script>`);
    expect(document.querySelectorAll('script').length).toBeGreaterThan(1);
  });
});
