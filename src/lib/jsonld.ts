/**
 * schema.org NewsArticle, built from the same values the page shows, and
 * serialised so that no article text can close the <script> element it sits in.
 */

/** A quotation the page shows, and who it is credited to. */
export interface QuotationInput {
  text: string;
  kind: 'person' | 'organisation' | 'unnamed';
  /** The name, or an unnamed source's description. */
  speaker: string;
}

export interface NewsArticleInput {
  headline: string;
  description: string;
  url: string;
  imageUrl: string;
  datePublished: string;
  dateModified: string;
  dateline: string;
  place: string;
  agency: string;
  agencyName: string;
  agencyUrl?: string;
  publisherName: string;
  publisherUrl: string;
  section: string;
  keywords: readonly string[];
  lang: string;
  /** The quotes sidebar's quotations. */
  quotations?: readonly QuotationInput[];
}

/**
 * A schema.org Quotation: its creator a Person or an Organization; an unnamed
 * source is no creator, only the credit the text gives it.
 */
function quotation(quote: QuotationInput): Record<string, unknown> {
  const credit =
    quote.kind === 'unnamed'
      ? { creditText: quote.speaker }
      : { creator: { '@type': quote.kind === 'person' ? 'Person' : 'Organization', name: quote.speaker } };
  return { '@type': 'Quotation', text: quote.text, ...credit };
}

export function buildNewsArticle(input: NewsArticleInput): Record<string, unknown> {
  const agency = {
    '@type': 'Organization',
    name: input.agencyName,
    alternateName: input.agency,
    ...(input.agencyUrl ? { url: input.agencyUrl } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: [input.imageUrl],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    dateline: input.dateline,
    locationCreated: { '@type': 'Place', name: input.place },
    author: agency,
    publisher: agency,
    sourceOrganization: agency,
    provider: { '@type': 'Organization', name: input.publisherName, url: input.publisherUrl },
    articleSection: input.section,
    keywords: input.keywords.join(', '),
    inLanguage: input.lang,
    isAccessibleForFree: true,
    ...(input.quotations?.length ? { hasPart: input.quotations.map(quotation) } : {}),
  };
}

/** JSON for an inline <script type="application/ld+json">: "<", ">", "&" and line separators escaped. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
