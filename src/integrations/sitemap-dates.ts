/**
 * The sitemap's dates, from the articles' own data. Each article page is
 * dated by lastTextChange(), the day its `article:modified_time` and
 * JSON-LD `dateModified` come from, so the sitemap cannot disagree with the
 * page; a killed story's address serves a noindex notice and leaves the
 * sitemap. @astrojs/sitemap runs after the pages are written, outside the
 * content layer, so the frontmatter is read here as the content loader reads
 * it: Astro's own frontmatter parser, then the article schema. Parsing every
 * article again takes seconds in a large archive, so article-facts.ts reads
 * the files and keeps what each gave. A story's versions in other languages
 * are found by the story they translate (`family`).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lastTextChange, toZonedISO } from '../article/dates.ts';
import { expiryInstant } from '../article/expiry.ts';
import { articleSlug } from '../article/slug.ts';
import { articleSchema } from '../article/schema.ts';
import { isUnmodifiedAgencyCopy } from '../article/publishing.ts';
import { articlePath } from '../page-data/urls.ts';
import { siteConfig } from '../site.config.ts';

/** An article's dates as the sitemap needs them: lastmod (null: kept out) and, when it expires, its expiry. */
export interface SitemapDates {
  lastmod: string | null;
  expires?: string | undefined;
  /** Unmodified agency copy, which the site's robots choice may keep out of every index. */
  agencyCopy: boolean;
  /** Its language tag, and the story it is a version of (its own slug for an original); none for a draft or a killed story. */
  lang: string;
  family?: string | undefined;
  /** The original, which its translations name: search engines' x-default. */
  original: boolean;
}

/** An article's path and dates; null when the schema rejects the file. */
export type SitemapDate = [path: string, dates: SitemapDates] | null;

export function sitemapDate(name: string, text: string): SitemapDate {
  const { frontmatter } = parseFrontmatter(text);
  // The build has already stopped on an article the schema rejects; one that parses has a page.
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) return null;
  const article = parsed.data;
  const lastmod = article.withdrawn ? null : toZonedISO(lastTextChange(article), article.dateline.timeZone);
  const slug = articleSlug(name, frontmatter);
  const listed = !article.draft && !article.withdrawn;
  return [
    articlePath(slug, article.lang),
    {
      lastmod,
      expires: expiryInstant(article),
      agencyCopy: isUnmodifiedAgencyCopy(article),
      lang: article.lang ?? siteConfig.lang,
      family: listed ? (article.translationOf ?? slug) : undefined,
      original: article.translationOf === undefined,
    },
  ];
}
