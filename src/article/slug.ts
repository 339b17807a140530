/** An article's slug: its frontmatter `slug`, else its file name. */
export function articleSlug(fileName: string, frontmatter: Record<string, unknown>): string {
  return typeof frontmatter.slug === 'string' ? frontmatter.slug : fileName.replace(/\.md$/, '');
}

/**
 * URL slugs from headlines: lower case, ASCII letters and digits joined by
 * hyphens, at most eight words, so links stay readable and stable.
 */
export function slugify(headline: string, maxWords = 8): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
