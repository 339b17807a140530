/**
 * An article file through the site's real Markdown pipeline, as Astro's
 * content layer hands it over (see tests/unit/remark-article.test.ts): the
 * body HTML and the quotes sidebar the remark plugin derives from it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkArticle, type SidebarQuote } from '../../src/markdown/remark-article';
import { remarkBodyRules } from '../../src/markdown/remark-body-rules';

export async function renderArticle(path: string) {
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: true,
    remarkPlugins: [remarkGfm, remarkBodyRules, remarkArticle],
  });
  const result = await processor.render(parsed.content.trim(), { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(path) });
  return {
    frontmatter: parsed.frontmatter,
    body: parsed.content.trim(),
    html: result.code,
    sidebarQuotes: result.metadata.frontmatter.sidebarQuotes as SidebarQuote[],
  };
}
