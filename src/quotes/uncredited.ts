/**
 * A direct quotation the finder cannot credit is left uncredited: it stays
 * in the story word for word, and out of the sidebar, the people pages and
 * the JSON-LD, since a wrong name under a quote is worse than none. It never
 * stops the site; the editor is told, one warning per quotation, with the
 * ways to credit it. An editor who means to leave one uncredited lists its
 * opening words under `quotes.uncredited`, and it is no longer reported:
 *
 * ```yaml
 * quotes:
 *   uncredited: ['We must talk, knowing'] # the words it opens with, as the warning quotes them
 * ```
 *
 * An entry opens a quotation when the quotation starts with its words, whatever
 * the case, the spacing or the kind of quote marks and apostrophes (a final
 * "…" copied from the warning is ignored). An entry that opens no uncredited
 * quotation is a mistake, like a `quotes.exclude` id that names no quote.
 */
import type { UnattributedQuote } from './find-quotes.ts';
import { quoteExcerpt } from './selection.ts';

/** What a warning says of a quotation no source was found for. */
type UncreditedQuote = Pick<UnattributedQuote, 'text' | 'line' | 'pronoun'>;

/** A `quotes.uncredited` entry that opens no uncredited quotation. */
export interface BadOpening {
  field: string;
  opening: string;
}

/** Text as openings are compared: one space, straight marks, lower case, no final ellipsis. */
function comparable(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(?:…|\.\.\.)$/, '')
    .toLowerCase();
}

/**
 * The uncredited quotations still to report (those no `quotes.uncredited`
 * entry opens), and the entries that open none.
 */
export function silenceUncredited<Q extends { text: string }>(
  quotes: readonly Q[],
  openings: readonly string[],
): { reported: Q[]; bad: BadOpening[] } {
  const wanted = openings.map(comparable);
  const opens = (quote: Q, opening: string) => opening !== '' && comparable(quote.text).startsWith(opening);
  const bad = openings.flatMap((opening, i) =>
    quotes.some((quote) => opens(quote, wanted[i])) ? [] : [{ field: `quotes.uncredited[${i}]`, opening }],
  );
  return { reported: quotes.filter((quote) => !wanted.some((opening) => opens(quote, opening))), bad };
}

/** The words an editor lists under `quotes.uncredited` to silence the quotation: its excerpt, without the ellipsis. */
export function openingWords(text: string): string {
  return quoteExcerpt(text).replace(/…$/, '');
}

/**
 * The warning for a quotation left uncredited: where it is, its first words,
 * why, and the ways out:
 * `content/articles/x.md:12: no source found for the quote “We must talk, knowing…”, so it is left uncredited: it stays in the story but not in the sidebar or on anyone’s page. Say who said it in the frontmatter: add the person to people (id, name, role), add the organisation to organisations (id, name), or, if the text describes a source it does not name, list the words it uses under quotes.unnamed. If the source is listed already, add the words the text uses for them to its aliases. To leave it uncredited and stop this warning, add quotes.uncredited: ["We must talk, knowing"].`
 * When the attribution is a pronoun the finder could not resolve, the reason
 * says so (`…“It was useful”: the text’s “she” could mean more than one person, so…`)
 * and the way out for a listed source is its pronoun (`give that person their pronoun (pronoun: she)`).
 */
export function uncreditedMessage(path: string, quote: UncreditedQuote): string {
  const { line, text, pronoun } = quote;
  const why = pronoun ? `: the text’s “${pronoun}” could mean more than one person` : '';
  const listed = pronoun
    ? `If the source is listed already, give that person their pronoun (pronoun: ${pronoun}).`
    : 'If the source is listed already, add the words the text uses for them to its aliases.';
  return (
    `${path}:${line}: no source found for the quote “${quoteExcerpt(text)}”${why}, so it is left uncredited: ` +
    'it stays in the story but not in the sidebar or on anyone’s page. ' +
    'Say who said it in the frontmatter: add the person to people (id, name, role), ' +
    'add the organisation to organisations (id, name), or, if the text describes a source it does not name, ' +
    `list the words it uses under quotes.unnamed. ${listed} ` +
    `To leave it uncredited and stop this warning, add quotes.uncredited: [${JSON.stringify(openingWords(text))}].`
  );
}

/**
 * The error for a `quotes.uncredited` entry that opens no uncredited quotation:
 * `content/articles/x.md: quotes.uncredited[0]: "We must walk" opens no uncredited quotation in this article. The uncredited quotations open: "We must talk, knowing". Use one of them, or remove the entry.`
 */
export function badOpeningMessage(path: string, bad: BadOpening, quotes: readonly UncreditedQuote[]): string {
  const openings = quotes.map((quote) => JSON.stringify(openingWords(quote.text))).join(', ');
  const list =
    quotes.length > 0
      ? `The uncredited quotations open: ${openings}. Use one of them, or remove the entry.`
      : 'Every quotation in it is credited: remove the entry.';
  return `${path}: ${bad.field}: ${JSON.stringify(bad.opening)} opens no uncredited quotation in this article. ${list}`;
}
