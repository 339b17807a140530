/**
 * The sitemap's dates, from the articles' own data. Each article page is
 * dated by lastTextChange(), the day its `article:modified_time` and
 * JSON-LD `dateModified` come from, so the sitemap cannot disagree with the
 * page; a killed story's address serves a noindex notice and leaves the
 * sitemap. @astrojs/sitemap runs after the pages are written, outside the
 * content layer, so the frontmatter is read here as the content loader reads
 * it: Astro's own frontmatter parser, then the article schema. Parsing every
 * article again takes seconds in a large archive, so what each file gave is
 * kept in Astro's cacheDir under the digest of its name and bytes. A story's
 * versions in other languages are found by the story they translate (`family`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { lastTextChange, toZonedISO } from '../article/dates.ts';
import { expiryInstant } from '../article/expiry.ts';
import { derivedCache } from '../cache/derived-cache.ts';
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
type SitemapDate = [path: string, dates: SitemapDates] | null;

function sitemapDate(name: string, text: string): SitemapDate {
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

/**
 * Per article path ("articles/x/", relative to the base): its lastmod, or null
 * when it must stay out of the sitemap, and its expiry. `cache` is a file in Astro's cacheDir,
 * `fingerprint` a digest of the code that reads the articles (the cache is
 * dropped when it changes).
 */
export function sitemapDates(folder: string, cache: string, fingerprint: string): Map<string, SitemapDates> {
  const known = derivedCache<SitemapDate>(cache, fingerprint);
  const dates = new Map<string, SitemapDates>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const dated = known.get(`${name}\n${text}`, () => sitemapDate(name, text));
    if (dated) dates.set(...dated);
  }
  known.save();
  return dates;
}
