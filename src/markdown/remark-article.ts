/**
 * The remark plugin that turns an article's body into the data of its quotes
 * sidebar and key-facts box, and fails the render when the body and the
 * frontmatter disagree.
 *
 * Runs after remark-gfm and remark-smartypants (so it sees curly quotes) and
 * before remark-rehype. Reads `people`, `organisations`, `quotes` and
 * `figures` from `file.data.astro.frontmatter` and writes back, for
 * `render(entry)` to expose as `remarkPluginFrontmatter`:
 *   - `sidebarQuotes`: SidebarQuote[], the direct quotations to show;
 *   - `figureTraces`: FigureTrace[], where each figure is stated;
 *   - `articleQuotes`: ArticleQuote[], every direct quotation credited to a
 *     person, in full, featured or not (the people pages list them all).
 * Paragraphs holding a direct quotation get the id `quote-${firstQuoteId}`
 * (`<p id="quote-zelensky-1">`; a quotation over several paragraphs, its
 * first), paragraphs stating a figure and no quote get `fact-${figureId}`.
 * Only the id is added: the paragraph's text is untouched.
 *
 * Every problem found (a quote with no source, a `quotes.feature` /
 * `quotes.exclude` id that names no quote, a figure the body no longer states)
 * is reported at once, one message per line, and the render fails once (see
 * `strictRenderer`); the message formats are documented on the functions that
 * build them.
 */
import type { Paragraph as MdParagraph, PhrasingContent, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { missingFigureMessage, traceFigures, type FigureTrace } from '../figures/trace.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import {
  badQuoteReferenceMessage,
  captionName,
  noSourceMessage,
  pullQuoteText,
  selectQuotes,
  type SidebarQuote,
} from '../quotes/selection.ts';
import { articleSchema } from '../article/schema.ts';
import type { Paragraph } from '../text/sentences.ts';
import { namedSources } from '../quotes/sources.ts';
import { reportProblems } from '../loading/editor-messages.ts';
import { bodyLineOffset, markdownPath as displayPath } from './source-lines.ts';

export type { FigureTrace, SidebarQuote };

/** A direct quotation as the people pages list it: its full text and where it is in the article. */
export interface ArticleQuote {
  id: string;
  personId: string;
  text: string;
  paragraphId: string;
}

/**
 * The visible text of a paragraph. Hand-rolled rather than
 * mdast-util-to-string because that drops hard line breaks (which would put
 * line numbers off by one) and keeps the source of inline HTML tags.
 */
export function plainText(node: MdParagraph | PhrasingContent): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

/** Gives a paragraph an HTML id unless it has one already; returns the id it ends up with. */
function paragraphId(node: MdParagraph, id: string): string {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  const properties = (data.hProperties ??= {});
  if (typeof properties.id !== 'string') properties.id = id;
  return properties.id as string;
}

/** The body's paragraphs in order: their nodes, and their plain text with the .md line each starts on. */
export function bodyParagraphs(tree: Root, file: VFile): { nodes: MdParagraph[]; paragraphs: Paragraph[] } {
  const offset = bodyLineOffset(file);
  const nodes: MdParagraph[] = [];
  visit(tree, 'paragraph', (node) => {
    nodes.push(node);
  });
  const paragraphs = nodes.map((node) => ({
    text: plainText(node),
    line: node.position ? node.position.start.line + offset : 0,
  }));
  return { nodes, paragraphs };
}

export const remarkArticle: Plugin<[], Root> = function () {
  return function (tree, file) {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const path = displayPath(file);
    const { nodes, paragraphs } = bodyParagraphs(tree, file);
    const problems: string[] = [];

    // The frontmatter arrives raw (no zod defaults). Each part is parsed on
    // its own so that, say, a bad date does not also empty the sidebar; an
    // invalid part is skipped, since the content collection reports it.
    const people = articleSchema.shape.people.safeParse(frontmatter.people);
    const organisations = articleSchema.shape.organisations.safeParse(frontmatter.organisations);
    const selection = articleSchema.shape.quotes.safeParse(frontmatter.quotes);
    const figures = articleSchema.shape.figures.safeParse(frontmatter.figures);

    let sidebarQuotes: SidebarQuote[] = [];
    let articleQuotes: ArticleQuote[] = [];
    if (people.success && organisations.success) {
      const { quotes, unattributed } = findQuotes(paragraphs, people.data, {
        organisations: organisations.data,
        unnamed: selection.success ? selection.data.unnamed : [],
      });
      for (const quote of unattributed) {
        problems.push(noSourceMessage(path, quote.line, quote.text, quote.pronoun));
      }
      const byId = new Map(namedSources(people.data, organisations.data).map((source) => [source.id, source]));
      // Every paragraph with a direct quotation gets its id, featured or not,
      // so anchors do not move when the selection changes.
      const all: SidebarQuote[] = quotes.map((quote) => {
        const source = quote.sourceId === undefined ? undefined : byId.get(quote.sourceId)!;
        return {
          id: quote.id,
          text: pullQuoteText(quote.text),
          kind: quote.kind,
          sourceId: source?.id,
          speaker: source?.kind === 'person' ? source.name : captionName(source?.name ?? quote.description!),
          role: source?.role,
          paragraphId: paragraphId(nodes[quote.paragraphIndex], `quote-${quote.id}`),
          line: quote.line,
        };
      });
      const { selected, bad } = selectQuotes(all, selection.success ? selection.data : {});
      for (const reference of bad) {
        problems.push(
          badQuoteReferenceMessage(
            path,
            reference.field,
            reference.id,
            all.map((quote) => quote.id),
          ),
        );
      }
      sidebarQuotes = selected;
      // Organisations and unnamed sources have no person page.
      articleQuotes = quotes.flatMap((quote, index) =>
        quote.kind === 'person' && quote.sourceId !== undefined
          ? [{ id: quote.id, personId: quote.sourceId, text: quote.text, paragraphId: all[index].paragraphId }]
          : [],
      );
    }

    let figureTraces: FigureTrace[] = [];
    if (figures.success) {
      const { found, missing } = traceFigures(paragraphs, figures.data);
      for (const { index, figure } of missing) problems.push(missingFigureMessage(path, index, figure));
      figureTraces = found.map(({ figure, paragraphIndex, trace }) => ({
        ...trace,
        paragraphId: paragraphId(nodes[paragraphIndex], `fact-${figure.id}`),
      }));
    }

    frontmatter.sidebarQuotes = sidebarQuotes;
    frontmatter.articleQuotes = articleQuotes;
    frontmatter.figureTraces = figureTraces;

    reportProblems(file, problems);
  };
};
