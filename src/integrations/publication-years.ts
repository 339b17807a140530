/**
 * The year each article was published in, by its page's path: the search
 * index is split by it (pagefind.ts), so a story added or corrected re-indexes
 * only its own year. The year is the dateline's calendar day, in the story's
 * own time zone, as the page shows it. The frontmatter is read as the content
 * loader reads it (Astro's parser, then the article schema); article-facts.ts
 * reads the files and keeps what each gave.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleSlug } from '../article/slug.ts';
import { articleSchema } from '../article/schema.ts';
import { articlePath } from '../page-data/urls.ts';

/** An article's page path and year; null when the schema rejects the file (the build has stopped on it already). */
export type PublicationYear = [path: string, year: string] | null;

export function publicationYear(name: string, text: string): PublicationYear {
  const { frontmatter } = parseFrontmatter(text);
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success) return null;
  return [articlePath(articleSlug(name, frontmatter), parsed.data.lang), parsed.data.dateline.date.slice(0, 4)];
}
