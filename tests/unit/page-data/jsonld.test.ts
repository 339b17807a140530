/** schema.org NewsArticle for the article page, its roles, and its safe embedding in a <script> element. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { ImageObjectLeaf, OrganizationLeaf, PersonLeaf } from 'schema-dts';
import { buildNewsArticle, buildWithdrawnNotice, serializeJsonLd, type NewsArticleInput } from '../../../src/page-data/jsonld';
import { buildPublisher } from '../../../src/page-data/jsonld-publisher';

const publisher = buildPublisher({ name: 'The Dispatch', site: 'https://example.org', base: '/news/', logoPath: 'logo.png' });

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
  publisher,
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

  it('gives a lead photo as one ImageObject per crop, each with its caption and credit', () => {
    const photo = {
      renditions: [
        { url: 'https://example.org/news/_astro/p_16x9.jpg', width: 1200, height: 675 },
        { url: 'https://example.org/news/_astro/p_1x1.jpg', width: 1200, height: 1200 },
      ],
      caption: 'Zelensky addresses parliament.',
      credit: 'Sergei SUPINSKY / AFP',
      copyrightNotice: '© AFP',
    };
    // schema.org gives a size as a QuantitativeValue; E37 is UN/CEFACT's code for the pixel.
    const pixels = (value: number) => ({ '@type': 'QuantitativeValue' as const, value, unitCode: 'E37' });
    const expected: ImageObjectLeaf[] = [
      {
        '@type': 'ImageObject',
        url: photo.renditions[0].url,
        contentUrl: photo.renditions[0].url,
        width: pixels(1200),
        height: pixels(675),
        caption: 'Zelensky addresses parliament.',
        creditText: 'Sergei SUPINSKY / AFP',
        copyrightNotice: '© AFP',
      },
      {
        '@type': 'ImageObject',
        url: photo.renditions[1].url,
        contentUrl: photo.renditions[1].url,
        width: pixels(1200),
        height: pixels(1200),
        caption: 'Zelensky addresses parliament.',
        creditText: 'Sergei SUPINSKY / AFP',
        copyrightNotice: '© AFP',
      },
    ];
    expect(buildNewsArticle({ ...input, photo }).image).toEqual(expected);
    const uncaptioned = buildNewsArticle({ ...input, photo: { ...photo, caption: undefined } }).image as ImageObjectLeaf[];
    expect(uncaptioned.map((image) => 'caption' in image)).toEqual([false, false]);
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

  const agency: OrganizationLeaf = { '@type': 'Organization', name: 'Agence France-Presse', alternateName: 'AFP' };

  it('names the site as publisher, and the agency as author, source and copyright holder when there is no byline', () => {
    expect(article.publisher).toEqual(publisher);
    expect(article.publisher).toMatchObject({ '@type': 'NewsMediaOrganization', '@id': 'https://example.org/news/#publisher' });
    expect(article.author).toEqual(agency);
    expect(article.sourceOrganization).toEqual(agency);
    expect(article.copyrightHolder).toEqual(agency);
    expect(article).not.toHaveProperty('provider');
    expect(article.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': input.url });
    expect(article.url).toBe(input.url);
    expect(article.image).toEqual([input.imageUrl]);
  });

  it('names the byline’s writers as authors, working for the agency, when the agency credits any', () => {
    const byline = [{ name: 'Almut Kipp', role: 'Associated Press Writer' }, { name: 'Dmitry Zaks' }];
    const expected: PersonLeaf[] = [
      { '@type': 'Person', name: 'Almut Kipp', jobTitle: 'Associated Press Writer', worksFor: agency },
      { '@type': 'Person', name: 'Dmitry Zaks', worksFor: agency },
    ];
    expect(buildNewsArticle({ ...input, byline }).author).toEqual(expected);
    expect(buildNewsArticle({ ...input, byline: [] }).author).toEqual(agency);
  });

  it('is based on the wire item only when the article records its URI', () => {
    const uri = 'urn:newsml:afp.com:20211201:newsml_9TZ3GX:1';
    expect(buildNewsArticle({ ...input, isBasedOn: uri }).isBasedOn).toBe(uri);
    expect(article).not.toHaveProperty('isBasedOn');
  });

  it('adds the agency URL only when there is one', () => {
    expect(buildNewsArticle({ ...input, agencyUrl: 'https://www.afp.com/' }).author).toMatchObject({
      url: 'https://www.afp.com/',
    });
    expect(article.author).not.toHaveProperty('url');
  });
});

describe('a killed story’s notice', () => {
  const notice = buildWithdrawnNotice({
    headline: input.headline,
    reason: 'AFP has withdrawn this story.',
    url: input.url,
    datePublished: input.datePublished,
    dateModified: '2021-12-03T00:00:00+02:00',
    agency: 'AFP',
    agencyName: 'Agence France-Presse',
    publisher,
    corrections: [{ date: '2021-12-03T00:00:00+02:00', text: 'This story was withdrawn.' }],
    lang: 'en',
  });

  it('keeps the same roles, and lists the withdrawal as a CorrectionComment', () => {
    expect(notice.publisher).toEqual(publisher);
    expect(notice.author).toMatchObject({ '@type': 'Organization', name: 'Agence France-Presse' });
    expect(notice.sourceOrganization).toEqual(notice.author);
    expect(notice.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2021-12-03T00:00:00+02:00', text: 'This story was withdrawn.' },
    ]);
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
