/**
 * How the quote finder's output for one labelled story is scored, for the
 * corpus tests and `npm run quote-accuracy`. Each labelled quotation ends in
 * exactly one of four ways, judged by its text (straight quote marks, one kind
 * of dash, single spaces) among what the finder reports:
 *
 * - credited right: found among the credited quotes, with the labelled source;
 * - wrong credit: found among the credited quotes, with another source;
 * - uncredited: not credited, but reported as a quote without a source (the
 *   build then stops and says so, so an editor is told);
 * - silent drop: neither, so nobody is told the quotation is missing.
 *
 * A story an editor would have had to touch is one with any label not credited
 * right. A found quote whose text is no label's is an extra; extras lower
 * precision. An unnamed source's description may differ from its label in the
 * case of its first letter.
 */
import type { FoundQuote, UnattributedQuote } from '../../src/quotes/find-quotes';
import { normaliseTypography } from './html';

/** One direct quotation as labelled by hand: its words, and a source id or an unnamed source's description. */
export interface Label {
  text: string;
  source?: string;
  unnamed?: string;
  why: string;
}

/** One story as the finder read it, beside its labels. */
export interface StoryResult {
  story: string;
  agency: string;
  labels: Label[];
  quotes: FoundQuote[];
  unattributed: UnattributedQuote[];
}

export type Outcome = 'right' | 'wrong' | 'uncredited' | 'dropped';

/** Quote text as labels and finder are compared. */
export const sameText = (a: string, b: string) => normaliseTypography(a) === normaliseTypography(b);

/** Whether a found quote is credited to the labelled source. */
export function sameSource(label: Label, quote: FoundQuote): boolean {
  if (label.source !== undefined) return quote.sourceId === label.source;
  const fold = (s: string) => normaliseTypography(s.charAt(0).toLowerCase() + s.slice(1));
  return quote.kind === 'unnamed' && label.unnamed !== undefined && fold(quote.description ?? '') === fold(label.unnamed);
}

/** Which of the four ways one labelled quotation ended. */
export function outcome(result: StoryResult, label: Label): Outcome {
  const quote = result.quotes.find((q) => sameText(q.text, label.text));
  if (quote) return sameSource(label, quote) ? 'right' : 'wrong';
  return result.unattributed.some((q) => sameText(q.text, label.text)) ? 'uncredited' : 'dropped';
}

/** Found quotes, credited or not, whose text is no label's. */
export function extras(result: StoryResult): (FoundQuote | UnattributedQuote)[] {
  return [...result.quotes, ...result.unattributed].filter((q) => !result.labels.some((l) => sameText(l.text, q.text)));
}

const credit = (quote: FoundQuote) => quote.sourceId ?? `unnamed "${quote.description}"`;

/** What went wrong in one story, in words: one line per label not credited right, then one per extra. */
export function misses(result: StoryResult): string[] {
  const out: string[] = [];
  for (const label of result.labels) {
    const want = label.source ?? `unnamed "${label.unnamed}"`;
    const how = outcome(result, label);
    if (how === 'wrong') {
      const quote = result.quotes.find((q) => sameText(q.text, label.text));
      out.push(`wrong source: “${label.text}” credited to ${quote ? credit(quote) : '?'}, not ${want}`);
    } else if (how === 'uncredited') out.push(`no source: “${label.text}” (${want})`);
    else if (how === 'dropped') out.push(`not found: “${label.text}” (${want})`);
  }
  for (const quote of extras(result)) out.push(`not a labelled quote: “${quote.text}”`);
  return out;
}

export interface Scores {
  stories: number;
  labelled: number;
  /** Direct quotations the finder reports, credited or not. */
  found: number;
  /** Found quotations that are labelled ones. */
  foundRight: number;
  /** Found quotations credited to some source. */
  credited: number;
  /** Labelled quotations credited to the labelled source. */
  creditedRight: number;
  /** Labelled quotations credited to another source. */
  wrongCredit: number;
  /** Labelled quotations reported without a source. */
  uncredited: number;
  /** Labelled quotations neither credited nor reported. */
  silentDrops: number;
  /** Stories with any label not credited right. */
  storiesTouched: number;
}

export function score(results: readonly StoryResult[]): Scores {
  const s: Scores = {
    stories: results.length,
    labelled: 0,
    found: 0,
    foundRight: 0,
    credited: 0,
    creditedRight: 0,
    wrongCredit: 0,
    uncredited: 0,
    silentDrops: 0,
    storiesTouched: 0,
  };
  for (const result of results) {
    const outcomes = result.labels.map((label) => outcome(result, label));
    const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
    s.labelled += result.labels.length;
    s.found += result.quotes.length + result.unattributed.length;
    s.foundRight += result.labels.length - count('dropped');
    s.credited += result.quotes.length;
    s.creditedRight += count('right');
    s.wrongCredit += count('wrong');
    s.uncredited += count('uncredited');
    s.silentDrops += count('dropped');
    if (count('right') < result.labels.length) s.storiesTouched += 1;
  }
  return s;
}

/** Precision and recall of quotes found and of sources credited, as fractions. */
export function rates(s: Scores) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    quotes: { precision: ratio(s.foundRight, s.found), recall: ratio(s.foundRight, s.labelled) },
    sources: { precision: ratio(s.creditedRight, s.credited), recall: ratio(s.creditedRight, s.labelled) },
  };
}
