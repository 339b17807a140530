/**
 * schema.org data for the pages around the articles, mirroring what each
 * shows: a person's page is a ProfilePage about that Person, with the
 * quotations it lists; a place's, a topic's and the indexes are
 * CollectionPages whose ItemList holds the links they list, in order. Each
 * names the site as its publisher by the publisher's @id (jsonld-publisher.ts).
 */
import type { CollectionPageLeaf, IdReference, ItemList, NewsMediaOrganization, ProfilePageLeaf, WithContext } from 'schema-dts';
import { personData, type PersonRef } from './jsonld.ts';

export interface ListedLink {
  name: string;
  url: string;
}

function itemList(items: readonly ListedLink[]): ItemList {
  return {
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
  };
}

export interface CollectionPageInput {
  name: string;
  description: string;
  url: string;
  items: readonly ListedLink[];
  /** What the collection is about: a Place, a topic (Thing). */
  about?: { type: 'Place' | 'Thing'; name: string };
  lang: string;
  /** The site: by its @id, or whole on the front page. */
  publisher: IdReference | NewsMediaOrganization;
}

export function buildCollectionPage(input: CollectionPageInput): WithContext<CollectionPageLeaf> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.lang,
    publisher: input.publisher,
    ...(input.about ? { about: { '@type': input.about.type, name: input.about.name } } : {}),
    mainEntity: itemList(input.items),
  };
}

export interface QuotationRef {
  text: string;
  /** The paragraph it is in: the article's URL with the paragraph's anchor. */
  url: string;
  articleHeadline: string;
  articleUrl: string;
}

export interface ProfilePageInput {
  person: PersonRef;
  description: string;
  quotations: readonly QuotationRef[];
  /** Every story the page lists (quoting the person or naming them), in order. */
  articles: readonly ListedLink[];
  lang: string;
  /** The site, by its @id. */
  publisher: IdReference;
}

export function buildProfilePage(input: ProfilePageInput): WithContext<ProfilePageLeaf> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    name: input.person.name,
    description: input.description,
    url: input.person.url,
    inLanguage: input.lang,
    publisher: input.publisher,
    mainEntity: {
      ...personData(input.person),
      subjectOf: input.articles.map((article) => ({ '@type': 'NewsArticle', headline: article.name, url: article.url })),
    },
    hasPart: input.quotations.map((quote) => ({
      '@type': 'Quotation',
      text: quote.text,
      url: quote.url,
      creator: { '@type': 'Person', name: input.person.name, url: input.person.url },
      isPartOf: { '@type': 'NewsArticle', headline: quote.articleHeadline, url: quote.articleUrl },
    })),
  };
}
