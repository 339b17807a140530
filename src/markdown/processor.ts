/**
 * The Markdown processor articles are rendered with. Astro 7's default
 * processor (Sätteri) runs no remark plugins, so this is `unified()` from
 * `@astrojs/markdown-remark`, with the site's stages in order below. What the
 * plugins derive travels back in the render's frontmatter
 * (src/markdown/derived.ts), the editor's mistakes with it: the content
 * loader stops the build on them (src/loading/article-loader.ts). Large
 * builds render on every core (src/markdown/pool.ts).
 */
import { unified, type MarkdownProcessor, type MarkdownRenderer, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { derivedFrontmatter } from './derived.ts';
import { pooledRenderer } from './pool.ts';
import { rehypeLede } from './rehype-lede.ts';
import { remarkBodyRules } from './remark-body-rules.ts';
import { remarkFigureTraces } from './remark-figure-traces.ts';
import { remarkQuoteSidebar } from './remark-quote-sidebar.ts';

/**
 * The entry keeps its frontmatter in `data`; of the copy the render hands
 * back, only what the plugins derived is kept, since the content store holds
 * every article's and writes them all in one piece.
 */
function derivedOnly(renderer: MarkdownRenderer): MarkdownRenderer {
  return {
    async render(content, options) {
      const result = await renderer.render(content, options);
      return { ...result, metadata: { ...result.metadata, frontmatter: derivedFrontmatter(result.metadata.frontmatter) } };
    },
  };
}

/** The pipeline itself, as the worker processes run it too. */
export function articlePipeline(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = unified({
    // remark-gfm is passed in below instead, explicitly, as the first stage.
    gfm: false,
    // SmartyPants runs before the remark plugins, which therefore see curly quotes.
    smartypants: true,
    remarkPlugins: [
      // GitHub-flavoured Markdown: tables, strikethrough, autolinks.
      remarkGfm,
      // The editor's safety net (script, broken links, heading levels); links to other articles point at their pages.
      remarkBodyRules,
      // The quotes and who said them; paragraphs with a quote get its id first.
      remarkQuoteSidebar,
      // The key figures, each to the paragraph stating it (keeping a quote's id).
      remarkFigureTraces,
    ],
    // The first paragraph leaves the body, to open the page with the dateline.
    rehypePlugins: [rehypeLede],
  });
  return { ...processor, createRenderer: async (shared) => derivedOnly(await processor.createRenderer(shared)) };
}

export function articleProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  const processor = articlePipeline();
  return { ...processor, createRenderer: async (shared) => pooledRenderer(await processor.createRenderer(shared), shared) };
}
