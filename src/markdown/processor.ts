/**
 * The Markdown processor articles are rendered with. Astro 7's default
 * processor (Sätteri) runs no remark plugins, so this is `unified()` from
 * `@astrojs/markdown-remark`, with remark-gfm passed in explicitly and
 * SmartyPants before the site's plugins (which therefore see curly quotes);
 * rehypeLede hands the first paragraph to the page apart from the rest; the
 * renderer fails once with every problem the plugins report. Large builds
 * render on every core (src/markdown/pool.ts).
 */
import { unified, type MarkdownProcessor, type MarkdownRenderer, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBodyRules } from './remark-body-rules.ts';
import { PROBLEMS, strictRenderer } from '../loading/editor-messages.ts';
import { pooledRenderer } from './pool.ts';
import { LEDE_FIELD, rehypeLede } from './rehype-lede.ts';
import { remarkArticle } from './remark-article.ts';

/** What the plugins add to the frontmatter handed back with the render (src/markdown/derived.ts reads it). */
const DERIVED_FIELDS = [LEDE_FIELD, 'sidebarQuotes', 'figureTraces', 'articleQuotes', PROBLEMS];

/**
 * The entry keeps its frontmatter in `data`; of the copy the render hands
 * back, only what the plugins derived is kept, since the content store holds
 * every article's and writes them all in one piece.
 */
function derivedOnly(renderer: MarkdownRenderer): MarkdownRenderer {
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      const { frontmatter } = result.metadata;
      const derived = Object.fromEntries(
        DERIVED_FIELDS.filter((field) => field in frontmatter).map((field) => [field, frontmatter[field]]),
      );
      return { ...result, metadata: { ...result.metadata, frontmatter: derived } };
    },
  };
}

/** The pipeline itself, as the worker processes run it too. */
export function articlePipeline(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = unified({
    gfm: false,
    smartypants: true,
    remarkPlugins: [remarkGfm, remarkBodyRules, remarkArticle],
    rehypePlugins: [rehypeLede],
  });
  return { ...processor, createRenderer: async (shared) => derivedOnly(await processor.createRenderer(shared)) };
}

export function articleProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = articlePipeline();
  return {
    ...processor,
    createRenderer: async (shared) => strictRenderer(pooledRenderer(await processor.createRenderer(shared), shared)),
  };
}
