/**
 * Links that work at a domain root and under a sub-path. Astro's base may come
 * with or without its trailing slash ("/news" or "/news/"); every helper here
 * accepts both, so "/newsarticles/…" can never be produced. An edition other
 * than the default has its pages under its tag: "fr/articles/x/".
 */
import { DEFAULT_EDITION, editionOf } from '../article/language.ts';

/** "/news" or "/news/" or "news" → "/news/"; "" or "/" → "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path under the base: withBase("articles/x/", "/news") → "/news/articles/x/". */
export function withBase(path: string, base: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL under the base: for canonical links, feeds, sitemaps and social cards. */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  return new URL(withBase(path, base), site).href;
}

/** The folder of the article pages, relative to the base. */
export const ARTICLES_PATH = 'articles/';

/** A page's path in an edition, relative to the base: editionPath("fr", "search/") → "fr/search/". */
export function editionPath(edition: string | undefined, path: string): string {
  return edition === undefined || edition === DEFAULT_EDITION ? path : `${edition}/${path}`;
}

/** The path of an article page, relative to the base, in the edition of its language (its frontmatter's `lang`). */
export function articlePath(slug: string, lang?: string): string {
  return editionPath(editionOf(lang), `${ARTICLES_PATH}${slug}/`);
}

/** The path of an article's social card image, relative to the base. */
export function socialCardPath(slug: string): string {
  return `og/${slug}.png`;
}

/**
 * The paths of the pages around the articles, relative to the base. A name in
 * another script keeps it in its address, percent-encoded in every link
 * ("كييف" → places/%D9%83%D9%8A%D9%8A%D9%81/) as Wikipedia writes them; the
 * page itself is written under the name as it is (dist/places/كييف/), which
 * is where a static host looks once it decodes the request.
 */
export const personPath = (id: string) => `people/${encodeURIComponent(id)}/`;
export const placePath = (slug: string) => `places/${encodeURIComponent(slug)}/`;
export const topicPath = (slug: string) => `topics/${encodeURIComponent(slug)}/`;
export const SEARCH_PATH = 'search/';

/** The feeds, relative to the base: the site's RSS and JSON Feed, and the RSS of a person's, place's or topic's page. */
export const SITE_RSS_PATH = 'rss.xml';
export const JSON_FEED_PATH = 'feed.json';
export const listFeedPath = (listPath: string) => `${listPath}rss.xml`;
