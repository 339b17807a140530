/**
 * schema.org NewsArticle, built from the same values the page shows, and
 * serialised so that no article text can close the <script> element it sits in.
 * The roles are the newsroom's: the site publishes (`publisher`, a
 * NewsMediaOrganization, jsonld-publisher.ts); the writers of the byline wrote
 * it, or else the agency did (`author`); the agency is where it came from and
 * whose copyright it is (`sourceOrganization`, `copyrightHolder`); the wire
 * item it carries is `isBasedOn`; its versions in other languages are
 * `workTranslation` (of the original) and `translationOfWork` (of a translation).
 */
import type {
  CorrectionComment,
  ImageObject,
  NewsArticleLeaf,
  NewsMediaOrganization,
  OrganizationLeaf,
  PersonLeaf,
  Quotation,
  WithContext,
} from 'schema-dts';

/** Another version of the story, as its JSON-LD names it. */
export interface WorkRef {
  '@type': 'NewsArticle';
  url: string;
  inLanguage: string;
}

/** A person as JSON-LD names them: their page on this site and, when given, pages that identify them. */
export interface PersonRef {
  name: string;
  jobTitle?: string | undefined;
  url: string;
  sameAs: readonly string[];
}

export function personData(person: PersonRef): PersonLeaf {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    url: person.url,
    ...(person.sameAs.length > 0 ? { sameAs: [...person.sameAs] } : {}),
  };
}

/** One built file of the lead photo: absolute URL and pixel size. */
export interface Rendition {
  url: string;
  width: number;
  height: number;
}

/** The lead photo as JSON-LD describes it: its built crops, and who to credit. */
export interface PhotoInput {
  /** The 16:9, 4:3 and 1:1 crops, each at least 1,200 px wide. */
  renditions: readonly Rendition[];
  caption?: string | undefined;
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

/** The agency that filed the story. */
export interface AgencyInput {
  /** The short credit: "AFP". */
  agency: string;
  /** The full name: "Agence France-Presse". */
  agencyName: string;
  agencyUrl?: string | undefined;
}

export interface NewsArticleInput extends AgencyInput {
  headline: string;
  description: string;
  url: string;
  /** The social card, the article's image when it has no lead photo. */
  imageUrl: string;
  photo?: PhotoInput | undefined;
  datePublished: string;
  dateModified: string;
  dateline: string;
  place: string;
  /** The writers the agency credits, when it credits any. */
  byline?: readonly { name: string; role?: string | undefined }[] | undefined;
  /** The wire item's URI, when the article records one. */
  isBasedOn?: string | undefined;
  publisher: NewsMediaOrganization;
  section: string;
  keywords: readonly string[];
  lang: string;
  /** The people the story quotes: what it is about. */
  quoted?: readonly PersonRef[];
  /** The people it names without quoting them. */
  mentioned?: readonly PersonRef[];
  /** The quotes sidebar's quotations. */
  quotations?: readonly QuotationInput[];
  /** Its versions in other languages (src/page-data/translations.ts). */
  translations?: { translationOfWork?: WorkRef; workTranslation?: WorkRef[] };
}

/**
 * A schema.org Quotation: its creator a Person or an Organization; an unnamed
 * source is no creator, only the credit the text gives it.
 */
function quotation(quote: QuotationInput): Quotation {
  const credit =
    quote.kind === 'unnamed'
      ? { creditText: quote.speaker }
      : quote.kind === 'person'
        ? { creator: { '@type': 'Person', name: quote.speaker } satisfies PersonLeaf }
        : { creator: { '@type': 'Organization', name: quote.speaker } satisfies OrganizationLeaf };
  return { '@type': 'Quotation', text: quote.text, ...credit };
}

export function agencyData(input: AgencyInput): OrganizationLeaf {
  return {
    '@type': 'Organization',
    name: input.agencyName,
    alternateName: input.agency,
    ...(input.agencyUrl ? { url: input.agencyUrl } : {}),
  };
}

/** The writers of the byline, or the agency when it names none. */
function authors(input: NewsArticleInput): PersonLeaf[] | OrganizationLeaf {
  const byline = input.byline ?? [];
  if (byline.length === 0) return agencyData(input);
  return byline.map((writer) => ({
    '@type': 'Person',
    name: writer.name,
    ...(writer.role ? { jobTitle: writer.role } : {}),
    worksFor: agencyData(input),
  }));
}

export function buildNewsArticle(input: NewsArticleInput): WithContext<NewsArticleLeaf> {
  const agency = agencyData(input);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    image: input.photo ? imageObjects(input.photo) : [input.imageUrl],
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    dateline: input.dateline,
    locationCreated: { '@type': 'Place', name: input.place },
    author: authors(input),
    publisher: input.publisher,
    sourceOrganization: agency,
    copyrightHolder: agency,
    ...(input.isBasedOn ? { isBasedOn: input.isBasedOn } : {}),
    articleSection: input.section,
    keywords: input.keywords.join(', '),
    inLanguage: input.lang,
    ...input.translations,
    isAccessibleForFree: true,
    ...(input.quoted?.length ? { about: input.quoted.map(personData) } : {}),
    ...(input.mentioned?.length ? { mentions: input.mentioned.map(personData) } : {}),
    ...(input.quotations?.length ? { hasPart: input.quotations.map(quotation) } : {}),
  };
}

/** Each crop of the photo with the credit search engines show beside it (creditText, copyrightNotice). */
function imageObjects(photo: PhotoInput): ImageObject[] {
  return photo.renditions.map((rendition) => ({
    '@type': 'ImageObject',
    url: rendition.url,
    contentUrl: rendition.url,
    width: { '@type': 'QuantitativeValue', value: rendition.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: rendition.height, unitCode: 'E37' },
    ...(photo.caption ? { caption: photo.caption } : {}),
    creditText: photo.credit,
    copyrightNotice: photo.copyrightNotice,
  }));
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

export interface WithdrawnNoticeInput extends AgencyInput {
  headline: string;
  reason: string;
  url: string;
  datePublished: string;
  /** The page's last modification: the withdrawal, unless something came after it. */
  dateModified: string;
  publisher: NewsMediaOrganization;
  /** Every correction, the withdrawal last, each with its instant. */
  corrections: readonly { date: string; text: string }[];
  lang: string;
}

/** schema.org data for a killed story's notice: what it was, when it went, and why; none of its text. */
export function buildWithdrawnNotice(input: WithdrawnNoticeInput): WithContext<NewsArticleLeaf> {
  const agency = agencyData(input);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    description: input.reason,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: agency,
    publisher: input.publisher,
    sourceOrganization: agency,
    copyrightHolder: agency,
    correction: input.corrections.map((c): CorrectionComment => ({
      '@type': 'CorrectionComment',
      datePublished: c.date,
      text: c.text,
    })),
    inLanguage: input.lang,
  };
}
