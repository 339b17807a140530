/**
 * schema.org NewsArticle, built from the same values the page shows, and
 * serialised so that no article text can close the <script> element it sits in.
 */
/** A person as JSON-LD names them: their page on this site and, when given, pages that identify them. */
export interface PersonRef {
  name: string;
  jobTitle: string;
  url: string;
  sameAs: readonly string[];
}

export function personData(person: PersonRef): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: person.name,
    jobTitle: person.jobTitle,
    url: person.url,
    ...(person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
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
  /** The people the story quotes: what it is about. */
  quoted?: readonly PersonRef[];
  /** The people it names without quoting them. */
  mentioned?: readonly PersonRef[];
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
    ...(input.quoted?.length ? { about: input.quoted.map(personData) } : {}),
    ...(input.mentioned?.length ? { mentions: input.mentioned.map(personData) } : {}),
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
