import type { ArticleQuote, FigureTrace, SidebarQuote } from './remark-article.ts';
import { LEDE_FIELD, type Lede } from './rehype-lede.ts';

interface RenderedEntry {
  id: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * The body, its lede apart from the rest (src/markdown/rehype-lede.ts), and what
 * the remark plugin derived from it. A build stops earlier, in
 * src/loading/article-loader.ts, when a body cannot be rendered; in `astro dev`
 * the loader only logs it, and this error shows on the page instead.
 */
export function renderedArticle(entry: RenderedEntry): {
  lede: Lede;
  /** The body after the lede, as HTML. */
  html: string;
  quotes: SidebarQuote[];
  traces: FigureTrace[];
  /** Every direct quotation, featured in the sidebar or not. */
  allQuotes: ArticleQuote[];
} {
  const file = entry.filePath ?? entry.id;
  const frontmatter = (entry.rendered?.metadata?.frontmatter ?? {}) as Record<string, unknown>;
  const lede = frontmatter[LEDE_FIELD] as Lede | undefined;
  if (lede === undefined) {
    throw new Error(
      `${file}: the article body is empty or could not be rendered. ` +
        'If an error about this file is printed above, fix what it names; otherwise write the story below the frontmatter.',
    );
  }
  return {
    lede,
    html: entry.rendered?.html ?? '',
    quotes: (frontmatter.sidebarQuotes as SidebarQuote[] | undefined) ?? [],
    traces: (frontmatter.figureTraces as FigureTrace[] | undefined) ?? [],
    allQuotes: (frontmatter.articleQuotes as ArticleQuote[] | undefined) ?? [],
  };
}

/** What lists, feeds and the meta description say of a story: its standfirst, else its lede's text. */
export function summaryOf(entry: RenderedEntry & { data: { standfirst?: string } }): string {
  return entry.data.standfirst ?? renderedArticle(entry).lede.text;
}
