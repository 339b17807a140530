/**
 * schema.org NewsArticle, built from the same values the page shows, and
 * serialised so that no article text can close the <script> element it sits in.
 */
/** A person as JSON-LD names them: their page on this site and, when given, pages that identify them. */
export interface PersonRef {
  name: string;
  jobTitle?: string | undefined;
  url: string;
  sameAs: readonly string[];
}

export function personData(person: PersonRef): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    url: person.url,
    ...(person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
}

/** The lead photo as JSON-LD describes it: one of its built files, absolute, and who to credit. */
export interface PhotoInput {
  url: string;
  width: number;
  height: number;
  caption?: string;
  /** As the page shows it: "Sergei SUPINSKY / AFP". */
  credit: string;
  copyrightNotice: string;
}

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
  /** The social card, the article's image when it has no lead photo. */
  imageUrl: string;
  photo?: PhotoInput;
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
  /** The people the story quotes: what it is about. */
  quoted?: readonly PersonRef[];
  /** The people it names without quoting them. */
  mentioned?: readonly PersonRef[];
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
    image: input.photo ? imageObject(input.photo) : [input.imageUrl],
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
    ...(input.quoted?.length ? { about: input.quoted.map(personData) } : {}),
    ...(input.mentioned?.length ? { mentions: input.mentioned.map(personData) } : {}),
    ...(input.quotations?.length ? { hasPart: input.quotations.map(quotation) } : {}),
  };
}

/** The photo with the credit search engines show beside it (creditText, copyrightNotice). */
function imageObject(photo: PhotoInput): Record<string, unknown> {
  return {
    '@type': 'ImageObject',
    url: photo.url,
    contentUrl: photo.url,
    width: photo.width,
    height: photo.height,
    ...(photo.caption ? { caption: photo.caption } : {}),
    creditText: photo.credit,
    copyrightNotice: photo.copyrightNotice,
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

export interface WithdrawnNoticeInput {
  headline: string;
  reason: string;
  url: string;
  datePublished: string;
  /** The page's last modification: the withdrawal, unless something came after it. */
  dateModified: string;
  agencyName: string;
  publisherName: string;
  publisherUrl: string;
  /** Every correction, the withdrawal last, each with its instant. */
  corrections: readonly { date: string; text: string }[];
  lang: string;
}

/** schema.org data for a killed story's notice: what it was, when it went, and why; none of its text. */
export function buildWithdrawnNotice(input: WithdrawnNoticeInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.reason,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: { '@type': 'Organization', name: input.agencyName },
    provider: { '@type': 'Organization', name: input.publisherName, url: input.publisherUrl },
    correction: input.corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text })),
    inLanguage: input.lang,
  };
}
