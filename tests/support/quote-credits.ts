/**
 * The quote finder's answer for a few paragraphs, in the shape the quote
 * rules' tests compare: each quotation with who it is credited to (a
 * source id, an unnamed source's description, or `?` for none).
 */
import { findQuotes } from '../../src/quotes/find-quotes';
import type { Person } from '../../src/article/schema';

export function credits(people: Person[], ...texts: string[]): [string, string][] {
  const { quotes, unattributed } = findQuotes(
    texts.map((text, i) => ({ text, line: 1 + 2 * i })),
    people,
  );
  return [
    ...quotes.map((q): [string, string] => [q.text, q.sourceId ?? q.description!]),
    ...unattributed.map((u): [string, string] => [u.text, '?']),
  ];
}
