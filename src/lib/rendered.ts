import type { FigureTrace, SidebarQuote } from './remark-article';

interface RenderedEntry {
  id: string;
  filePath?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * The body HTML and what the remark plugin derived from it. Astro's content
 * layer logs a plugin's error and carries on without the body, so the missing
 * body is turned back into a build failure here, naming the file.
 */
export function renderedArticle(entry: RenderedEntry): {
  html: string;
  quotes: SidebarQuote[];
  traces: FigureTrace[];
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
  };
}
