/**
 * The year each article was published in, by its page's path: the search
 * index is split by it (pagefind.ts), so a story added or corrected re-indexes
 * only its own year. The year is the dateline's calendar day, in the story's
 * own time zone, as the page shows it. The frontmatter is read as the content
 * loader reads it (Astro's parser, then the article schema), and what each
 * file gave is kept in Astro's cacheDir under the digest of its name and bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { derivedCache } from '../cache/derived-cache.ts';
import { articleSlug } from '../article/slug.ts';
import { articleSchema } from '../article/schema.ts';
import { articlePath } from '../page-data/urls.ts';

/** An article's page path and year; null when the schema rejects the file (the build has stopped on it already). */
type PublicationYear = [path: string, year: string] | null;

function publicationYear(name: string, text: string): PublicationYear {
  const { frontmatter } = parseFrontmatter(text);
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) return null;
  return [articlePath(articleSlug(name, frontmatter), parsed.data.lang), parsed.data.dateline.date.slice(0, 4)];
}

/** Per article path ("articles/x/", relative to the base): the year of its dateline. */
export function publicationYears(folder: string, cache: string, fingerprint: string): Map<string, string> {
  const known = derivedCache<PublicationYear>(cache, fingerprint);
  const years = new Map<string, string>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const dated = known.get(`${name}\n${text}`, () => publicationYear(name, text));
    if (dated) years.set(...dated);
  }
  known.save();
  return years;
}
