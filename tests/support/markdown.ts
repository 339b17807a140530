/**
 * An article file through the site's remark plugins, set up as the site sets
 * them up (src/markdown/processor.ts): createMarkdownProcessor with remark-gfm
 * and SmartyPants before them, and the body handed over as Astro's content
 * layer hands it (frontmatter cut off, rest trimmed, raw YAML as
 * `frontmatter`, the file's URL). Returns the body HTML and what the plugins
 * derived from it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { derivedOf } from '../../src/markdown/derived';
import { remarkBodyRules } from '../../src/markdown/remark-body-rules';
import { remarkFigureTraces } from '../../src/markdown/remark-figure-traces';
import { remarkQuoteSidebar } from '../../src/markdown/remark-quote-sidebar';

export interface RenderOptions {
  /** Replaces the frontmatter Astro would pass. */
  frontmatter?: (raw: Record<string, unknown>) => Record<string, unknown>;
  smartypants?: boolean;
  /** Without the site's plugins: remark-gfm and SmartyPants only. */
  plugins?: boolean;
}

export async function renderArticle(path: string, options: RenderOptions = {}) {
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const processor = await createMarkdownProcessor({
    gfm: false,
    smartypants: options.smartypants ?? true,
    remarkPlugins: options.plugins === false ? [remarkGfm] : [remarkGfm, remarkBodyRules, remarkQuoteSidebar, remarkFigureTraces],
  });
  const frontmatter = options.frontmatter ? options.frontmatter(structuredClone(parsed.frontmatter)) : parsed.frontmatter;
  const result = await processor.render(parsed.content.trim(), { frontmatter, fileURL: pathToFileURL(path) });
  const { quotes = [], traces = [], problems = [], uncredited = [] } = derivedOf(result);
  return {
    frontmatter: parsed.frontmatter,
    body: parsed.content.trim(),
    html: result.code,
    sidebarQuotes: quotes,
    figureTraces: traces,
    problems,
    uncredited,
  };
}
