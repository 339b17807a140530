/**
 * From found quotes to the quotes sidebar: which quotes it shows (frontmatter
 * `quotes.feature` / `quotes.exclude`), how a long quotation is shortened for
 * it, how its source is captioned, and the editor's message when a reference
 * names no quote. A quote with no source is left out (src/quotes/uncredited.ts).
 */
import { sentenceEnds } from '../text/sentences.ts';

/** One entry of the quotes sidebar, as the page shows it (JSON-serialisable). */
export interface SidebarQuote {
  /** `${sourceId}-${n}` or `unnamed-${n}`, e.g. "zelensky-2"; what `quotes.feature` / `quotes.exclude` refer to. */
  id: string;
  /** The quotation as shown: shortened with an ellipsis when long (`pullQuoteText`). */
  text: string;
  kind: 'person' | 'organisation' | 'unnamed';
  /** The person's or organisation's id; none for an unnamed source. */
  sourceId?: string | undefined;
  /** Who is credited: a name, or an unnamed source's description. */
  speaker: string;
  /** A person's role or an organisation's description. */
  role?: string | undefined;
  /** The id of the (first) source paragraph (`quote-zelensky-1`), for a link back into the text. */
  paragraphId: string;
}

/** Which quote ids the sidebar shows, from frontmatter `quotes`. */
export interface QuoteSelection {
  feature?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
}

/** A `quotes.feature` / `quotes.exclude` entry that names no quote. */
export interface BadQuoteReference {
  field: string;
  id: string;
}

/**
 * Applies `quotes.feature` (only these, kept in article order) and
 * `quotes.exclude` (all but these) to the quotes, and lists the references
 * that match no quote. Quotes from unnamed sources are shown only when
 * featured.
 */
export function selectQuotes<Q extends { id: string; kind?: string }>(
  quotes: readonly Q[],
  selection: QuoteSelection,
): { selected: Q[]; bad: BadQuoteReference[] } {
  const ids = new Set(quotes.map((q) => q.id));
  const bad: BadQuoteReference[] = [];
  const check = (name: 'feature' | 'exclude', list: readonly string[] | undefined) =>
    (list ?? []).forEach((id, i) => {
      if (!ids.has(id)) bad.push({ field: `quotes.${name}[${i}]`, id });
    });
  check('feature', selection.feature);
  check('exclude', selection.exclude);
  const featured = selection.feature ? new Set(selection.feature) : undefined;
  const excluded = new Set(selection.exclude ?? []);
  const shown = (q: Q) => (featured === undefined ? q.kind !== 'unnamed' : featured.has(q.id));
  const selected = quotes.filter((q) => shown(q) && !excluded.has(q.id));
  return { selected, bad };
}

/**
 * The quotation as the sidebar shows it: whole when up to `max` characters;
 * otherwise its first sentences that fit (at least the first, cut at a word
 * if it alone is too long), then an ellipsis.
 */
export function pullQuoteText(text: string, max = 160): string {
  if (text.length <= max) return text;
  const fits = sentenceEnds(text)
    .filter((end) => end.after <= max)
    .at(-1);
  const kept = fits ? text.slice(0, fits.after) : text.slice(0, text.lastIndexOf(' ', max)).replace(/[\s,;:]+$/, '');
  return `${kept} …`;
}

/** A source's name as a caption shows it: "the Kremlin" and "a senior Western diplomat" open with a capital. */
export function captionName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The quote's first words for an editor's message: up to 60 characters, cut at a word, with "…" when cut. */
export function quoteExcerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The error for a `quotes.feature` / `quotes.exclude` entry that names no quote:
 * `content/articles/x.md: quotes.feature[0]: "zelensky-9" is not a quote in this article. The quote ids are: zelensky-1, zelensky-2. Use one of them, or remove the entry.`
 */
export function badQuoteReferenceMessage(path: string, field: string, id: string, known: readonly string[]): string {
  const list = known.length > 0 ? `The quote ids are: ${known.join(', ')}.` : 'The article has no direct quotations.';
  return `${path}: ${field}: "${id}" is not a quote in this article. ${list} Use one of them, or remove the entry.`;
}
