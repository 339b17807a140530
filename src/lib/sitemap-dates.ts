/**
 * The sitemap's dates, from the articles' own data. Each article page is
 * dated by modifiedTime(), the function its `article:modified_time` and
 * JSON-LD `dateModified` come from, so the sitemap cannot disagree with the
 * page; a killed story's address serves a noindex notice and leaves the
 * sitemap. @astrojs/sitemap runs after the pages are written, outside the
 * content layer, so the frontmatter is read here as the content loader reads
 * it: Astro's own frontmatter parser, then the article schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { modifiedTime } from './dates.ts';
import { articleSlug } from './slug.ts';
import { articleSchema } from './schema.ts';
import { articlePath } from './urls.ts';

/** Per article path ("articles/x/", relative to the base): its lastmod, or null when it must stay out of the sitemap. */
export function sitemapDates(folder: string): Map<string, string | null> {
  const dates = new Map<string, string | null>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const { frontmatter } = parseFrontmatter(readFileSync(join(folder, name), 'utf8'));
    // The build has already stopped on an article the schema rejects; one that parses has a page.
    const parsed = articleSchema.safeParse(frontmatter);
    if (!parsed.success) continue;
    const path = articlePath(articleSlug(name, frontmatter));
    dates.set(path, parsed.data.withdrawn ? null : modifiedTime(parsed.data));
  }
  return dates;
}
