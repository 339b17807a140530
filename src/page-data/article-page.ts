/**
 * What an article's address puts in its head, worked out once from the
 * article: its canonical URL, its schema.org data and its Open Graph dates.
 * The JSON-LD and the Open Graph tags are given the same instants, so a
 * search engine and a social network read one publication and one last change.
 * A killed story's notice is dated by its kill as well; a live story by its text.
 * Its robots tags follow the site's choice for agency copy (robots.ts).
 */
import type { NewsArticleLeaf, WithContext } from 'schema-dts';
import type { Article, Withdrawal } from '../article/schema.ts';
import { lastChange, lastTextChange, toZonedISO } from '../article/dates.ts';
import { datelineText } from '../article/dateline.ts';
import { copyrightNotice } from '../article/lead-photo.ts';
import { editionOf, storyLang } from '../article/language.ts';
import { expiryInstant } from '../article/expiry.ts';
import { siteConfig, type AgencyCopyRobots } from '../site.config.ts';
import { stringsFor } from '../editions/edition.ts';
import { absoluteUrl, articlePath, editionPath, personPath, socialCardPath } from './urls.ts';
import { buildNewsArticle, buildWithdrawnNotice, type PersonRef, type QuotationInput } from './jsonld.ts';
import { sitePublisher } from './jsonld-publisher.ts';
import { isUnmodifiedAgencyCopy } from '../article/publishing.ts';
import { robotsTags, type MetaTag } from './robots.ts';
import { hreflangLinks, translationData, type Alternate } from './translations.ts';
import type { StoryVersion } from '../newsroom/translations.ts';

/** Where the site is served: its origin and Astro's base. */
export interface SiteAddress {
  site: URL;
  base: string;
}

/** A built image file: its URL as the page links it (under the base) and its pixel size. */
export interface BuiltImage {
  src: string;
  width: number;
  height: number;
}

export interface ArticlePageInput {
  slug: string;
  article: Article;
  /** The page's description: the standfirst, or the lede when there is none. */
  description: string;
  /** The quotes sidebar's quotations. */
  quotes: readonly QuotationInput[];
  /** The ids of the people the story quotes (the rest of its people it only names). */
  quoted: readonly string[];
  /** The lead photo's JPEG crops search engines ask for (16:9, 4:3, 1:1), when the article has a photo. */
  photoCrops?: readonly BuiltImage[] | undefined;
  /** The site's choice for agency copy (robots.ts). */
  robots: AgencyCopyRobots;
  /** The story's versions in other languages, itself among them; none when it has none. */
  versions?: readonly StoryVersion[] | undefined;
}

/** A URI names the wire item only when it has a scheme: "urn:newsml:afp.com:…", "https://…"; AP's bare guid does not. */
const URI = /^[a-z][a-z\d+.-]*:\S+$/i;

/** The Open Graph article fields (article:published_time and the rest). */
export interface OpenGraphArticle {
  publishedTime: string;
  modifiedTime: string;
  section: string;
  tags: readonly string[];
}

export interface ArticlePage {
  /** The page's path under the base: "articles/x/". */
  path: string;
  canonical: string;
  /** The dateline as the page and the JSON-LD give it: "KIEV (AFP) –". */
  dateline: string;
  jsonLd: WithContext<NewsArticleLeaf>;
  og: OpenGraphArticle;
  robots: MetaTag[];
  /** The head's links to the story's versions in other languages (and to itself, and x-default). */
  alternates: Alternate[];
}

export function articlePage(input: ArticlePageInput, { site, base }: SiteAddress): ArticlePage {
  const { slug, article, photoCrops } = input;
  const { dateline, source, image } = article;
  const path = articlePath(slug, article.lang);
  const canonical = absoluteUrl(path, site, base);
  const datelineShown = datelineText(dateline.place, source.agency);
  const og = {
    publishedTime: toZonedISO(dateline.date, dateline.timeZone),
    modifiedTime: toZonedISO(lastTextChange(article), dateline.timeZone),
    section: article.section,
    tags: article.tags,
  };
  const personRef = (person: Article['people'][number]): PersonRef => ({
    name: person.name,
    jobTitle: person.role,
    url: absoluteUrl(editionPath(editionOf(article.lang), personPath(person.id)), site, base),
    sameAs: person.sameAs ?? [],
  });
  const jsonLd = buildNewsArticle({
    headline: article.title,
    description: input.description,
    url: canonical,
    imageUrl: absoluteUrl(socialCardPath(slug), site, base),
    photo:
      image && photoCrops
        ? {
            renditions: photoCrops.map((crop) => ({ url: new URL(crop.src, site).href, width: crop.width, height: crop.height })),
            caption: image.caption,
            credit: image.credit,
            copyrightNotice: copyrightNotice(image.credit),
          }
        : undefined,
    datePublished: og.publishedTime,
    dateModified: og.modifiedTime,
    dateline: datelineShown,
    place: dateline.place,
    agency: source.agency,
    agencyName: source.name,
    agencyUrl: source.url,
    byline: article.byline,
    isBasedOn: source.itemId !== undefined && URI.test(source.itemId) ? source.itemId : undefined,
    publisher: sitePublisher(site, base),
    section: article.section,
    keywords: article.tags,
    lang: storyLang(article.lang, siteConfig.lang) ?? siteConfig.lang,
    quoted: article.people.filter((person) => input.quoted.includes(person.id)).map(personRef),
    mentioned: article.people.filter((person) => !input.quoted.includes(person.id)).map(personRef),
    quotations: input.quotes,
    translations: translationData(slug, input.versions ?? [], { site, base }),
  });
  const robots = robotsTags({
    agencyCopy: isUnmodifiedAgencyCopy(article),
    choice: input.robots,
    unavailableAfter: expiryInstant(article),
  });
  const alternates = hreflangLinks(input.versions ?? [], { site, base });
  return { path, canonical, dateline: datelineShown, jsonLd, og, robots, alternates };
}

export interface WithdrawnPage {
  path: string;
  /** The article's record of corrections, the kill its last entry: what the notice lists. */
  record: Article['corrections'];
  jsonLd: WithContext<NewsArticleLeaf>;
}

export function withdrawnPage(slug: string, article: Article, withdrawn: Withdrawal, { site, base }: SiteAddress): WithdrawnPage {
  const { dateline } = article;
  const path = articlePath(slug, article.lang);
  const record = [
    ...article.corrections,
    { date: withdrawn.date, text: stringsFor(editionOf(article.lang)).withdrawn.note, prominent: false },
  ];
  const at = (day: string) => toZonedISO(day, dateline.timeZone);
  const jsonLd = buildWithdrawnNotice({
    headline: article.title,
    reason: withdrawn.reason,
    url: absoluteUrl(path, site, base),
    datePublished: at(dateline.date),
    dateModified: at(lastChange({ ...article, withdrawn })),
    agency: article.source.agency,
    agencyName: article.source.name,
    agencyUrl: article.source.url,
    publisher: sitePublisher(site, base),
    corrections: record.map((c) => ({ date: at(c.date), text: c.text })),
    lang: storyLang(article.lang, siteConfig.lang) ?? siteConfig.lang,
  });
  return { path, record, jsonLd };
}
