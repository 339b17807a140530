import type { ArticleQuote, FigureTrace, SidebarQuote } from './remark-article.ts';

interface RenderedEntry {
  id: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * The body HTML and what the remark plugin derived from it. A build stops
 * earlier, in src/lib/article-loader.ts, when a body cannot be rendered; in
 * `astro dev` the loader only logs it, and this error shows on the page instead.
 */
export function renderedArticle(entry: RenderedEntry): {
  html: string;
  quotes: SidebarQuote[];
  traces: FigureTrace[];
  /** Every direct quotation, featured in the sidebar or not. */
  allQuotes: ArticleQuote[];
} {
  const file = entry.filePath ?? entry.id;
  const html = entry.rendered?.html ?? '';
  if (html.trim() === '') {
    throw new Error(
      `${file}: the article body is empty or could not be rendered. ` +
        'If an error about this file is printed above, fix what it names; otherwise write the story below the frontmatter.',
    );
  }
  const frontmatter = (entry.rendered?.metadata?.frontmatter ?? {}) as Record<string, unknown>;
  return {
    html,
    quotes: (frontmatter.sidebarQuotes as SidebarQuote[] | undefined) ?? [],
    traces: (frontmatter.figureTraces as FigureTrace[] | undefined) ?? [],
    allQuotes: (frontmatter.articleQuotes as ArticleQuote[] | undefined) ?? [],
  };
}
