/**
 * The Markdown processor articles are rendered with. Astro 7's default
 * processor (Sätteri) runs no remark plugins, so this is `unified()` from
 * `@astrojs/markdown-remark`, with remark-gfm passed in explicitly and
 * SmartyPants before the site's plugins (which therefore see curly quotes);
 * rehypeLede hands the first paragraph to the page apart from the rest; the
 * renderer fails once with every problem the plugins report. Large builds
 * render on every core (src/lib/markdown-pool.ts).
 */
import { unified, type MarkdownProcessor, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBodyRules } from './body-rules.ts';
import { strictRenderer } from './editor-errors.ts';
import { pooledRenderer } from './markdown-pool.ts';
import { rehypeLede } from './rehype-lede.ts';
import { remarkArticle } from './remark-article.ts';

/** The pipeline itself, as the worker threads run it too. */
export function articlePipeline(): MarkdownProcessor<UnifiedResolvedOptions> {
  return unified({
    gfm: false,
    smartypants: true,
    remarkPlugins: [remarkGfm, remarkBodyRules, remarkArticle],
    rehypePlugins: [rehypeLede],
  });
}

export function articleProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = articlePipeline();
  return {
    ...processor,
    createRenderer: async (shared) => strictRenderer(pooledRenderer(await processor.createRenderer(shared), shared)),
  };
}
