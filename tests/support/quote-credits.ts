/**
 * The quote finder's answer for a few paragraphs, in the shape the quote
 * rules' tests compare: each quotation with who it is credited to (a
 * source id, an unnamed source's description, or `?` for none), and the
 * listed person those tests give it.
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

/** A listed person with a placeholder role, and the pronoun an editor gave them, if any. */
export const person = (id: string, name: string, pronoun?: 'he' | 'she'): Person => ({
  id,
  name,
  role: 'x',
  aliases: [],
  ...(pronoun ? { pronoun } : {}),
});
