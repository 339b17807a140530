/**
 * The Markdown processor articles are rendered with. Astro 7's default
 * processor (Sätteri) runs no remark plugins, so this is `unified()` from
 * `@astrojs/markdown-remark`, with remark-gfm passed in explicitly and
 * SmartyPants before the site's plugins (which therefore see curly quotes);
 * rehypeLede hands the first paragraph to the page apart from the rest; the
 * renderer fails once with every problem the plugins report.
 */
import { unified, type MarkdownProcessor, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBodyRules } from './body-rules.ts';
import { strictRenderer } from './editor-errors.ts';
import { rehypeLede } from './rehype-lede.ts';
import { remarkArticle } from './remark-article.ts';

export function articleProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = unified({
    gfm: false,
    smartypants: true,
    remarkPlugins: [remarkGfm, remarkBodyRules, remarkArticle],
    rehypePlugins: [rehypeLede],
  });
  return { ...processor, createRenderer: async (shared) => strictRenderer(await processor.createRenderer(shared)) };
}
