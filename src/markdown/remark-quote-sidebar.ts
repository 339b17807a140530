/**
 * The remark plugin that finds an article's direct quotations and who said
 * them: the quotes sidebar, and every quotation the people pages list.
 *
 * Runs after remark-gfm and remark-smartypants (so it sees curly quotes) and
 * before remark-rehype. Reads `people`, `organisations` and `quotes` from the
 * raw frontmatter and hands the page `quotes` (the sidebar's) and
 * `allQuotes` (src/markdown/derived.ts). Paragraphs holding a direct
 * quotation get the id `quote-${firstQuoteId}` (`<p id="quote-zelensky-1">`;
 * a quotation over several paragraphs, its first); only the id is added, the
 * paragraph's text is untouched.
 *
 * A quotation with no source found is not a problem: it is left uncredited
 * (src/quotes/uncredited.ts), with no id, and handed back as a warning in
 * `uncredited` unless `quotes.uncredited` silences it. Every problem found (a
 * `quotes.feature` / `quotes.exclude` id that names no quote, a
 * `quotes.uncredited` entry that opens no uncredited quotation) is reported
 * at once, one message each; the message formats are documented on the
 * functions that build them.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { articleSchema } from '../article/schema.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { badQuoteReferenceMessage, captionName, pullQuoteText, selectQuotes, type SidebarQuote } from '../quotes/selection.ts';
import { namedSources } from '../quotes/sources.ts';
import { badOpeningMessage, silenceUncredited, uncreditedMessage } from '../quotes/uncredited.ts';
import { bodyParagraphs, paragraphId } from './body-paragraphs.ts';
import { reportProblems, writeDerived } from './derived.ts';
import { markdownPath } from './source-lines.ts';

/** A direct quotation as the people pages list it: its full text and where it is in the article. */
export interface ArticleQuote {
  id: string;
  personId: string;
  text: string;
  paragraphId: string;
}

export const remarkQuoteSidebar: Plugin<[], Root> = function () {
  return function (tree, file) {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    // The frontmatter arrives raw (no zod defaults). Each part is parsed on
    // its own so that, say, a bad date does not also empty the sidebar; an
    // invalid part is skipped, since the content collection reports it.
    const people = articleSchema.shape.people.safeParse(frontmatter.people);
    const organisations = articleSchema.shape.organisations.safeParse(frontmatter.organisations);
    const selection = articleSchema.shape.quotes.safeParse(frontmatter.quotes);
    if (!people.success || !organisations.success) {
      writeDerived(file, 'quotes', []);
      writeDerived(file, 'allQuotes', []);
      writeDerived(file, 'uncredited', []);
      return;
    }

    const path = markdownPath(file);
    const { nodes, paragraphs } = bodyParagraphs(tree, file);
    const problems: string[] = [];
    const { quotes, unattributed } = findQuotes(paragraphs, people.data, {
      organisations: organisations.data,
      unnamed: selection.success ? selection.data.unnamed : [],
      lang: typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined,
    });
    const { reported, bad: badOpenings } = silenceUncredited(unattributed, selection.success ? selection.data.uncredited : []);
    for (const opening of badOpenings) problems.push(badOpeningMessage(path, opening, unattributed));
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
      };
    });
    const { selected, bad } = selectQuotes(all, selection.success ? selection.data : {});
    const ids = all.map((quote) => quote.id);
    for (const reference of bad) problems.push(badQuoteReferenceMessage(path, reference.field, reference.id, ids));

    writeDerived(file, 'quotes', selected);
    const warnings = reported.map((quote) => uncreditedMessage(path, quote));
    writeDerived(file, 'uncredited', warnings);
    // Organisations and unnamed sources have no person page.
    writeDerived(
      file,
      'allQuotes',
      quotes.flatMap((quote, index) =>
        quote.kind === 'person' && quote.sourceId !== undefined
          ? [{ id: quote.id, personId: quote.sourceId, text: quote.text, paragraphId: all[index].paragraphId }]
          : [],
      ),
    );
    reportProblems(file, problems);
  };
};
