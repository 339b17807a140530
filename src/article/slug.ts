import { stripAccents } from '../text/patterns.ts';

/** The shape of every address part and id the site writes: lower-case letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` can be an article's address, a person's id or an organisation's. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** An article's slug: its frontmatter `slug`, else its file name. */
export function articleSlug(fileName: string, frontmatter: Record<string, unknown>): string {
  return typeof frontmatter.slug === 'string' ? frontmatter.slug : fileName.replace(/\.md$/, '');
}

/**
 * URL slugs from headlines: lower case, ASCII letters and digits joined by
 * hyphens, at most eight words, so links stay readable and stable.
 */
export function slugify(headline: string, maxWords = 8): string {
  return stripAccents(headline)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The address a name gets under places/ or topics/: "Kiev" → "kiev"; empty when it has no Latin letter or digit. */
export function labelSlug(name: string): string {
  return slugify(name, 100);
}
