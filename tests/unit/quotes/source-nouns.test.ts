/**
 * Nouns for unnamed sources added from the agency seen corpus (executive,
 * coach), and how `the coach` refers back when no coach was described: to
 * the one listed person whose title holds every word of it, never to a
 * listed coach when the words say another (`the visiting coach`).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const PEOPLE: Person[] = [{ id: 'moss', name: 'Ada Moss', role: 'Head coach of Harbour Town', aliases: [] }];

/** Each quotation's credit in article order: an id, a description, or `?` for none. */
function credits(...texts: string[]): string[] {
  const { quotes, unattributed } = findQuotes(
    texts.map((text, i) => ({ text, line: 1 + 2 * i })),
    PEOPLE,
  );
  return [
    ...quotes.map((q) => ({ at: q.paragraphIndex, credit: q.sourceId ?? q.description! })),
    ...unattributed.map((q) => ({ at: q.paragraphIndex, credit: '?' })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((q) => q.credit);
}

describe('an unnamed executive or coach', () => {
  it('is a description, and `the executive` later refers back to it', () => {
    expect(
      credits(
        'A senior executive at a shipping line told reporters the route would close.',
        '“The numbers no longer work,” the executive said.',
      ),
    ).toEqual(['A senior executive at a shipping line']);
    expect(credits('“They train in the dark,” a coach at the academy in Leeds said.')).toEqual([
      'a coach at the academy in Leeds',
    ]);
  });
});

describe('`the coach` with no coach described before', () => {
  it('is the one listed person whose title holds all its words', () => {
    expect(credits('Harbour Town lost 2-0 at home.', '“We were second best,” the head coach said.')).toEqual(['moss']);
  });

  it('is nobody when its words say another coach than the listed one', () => {
    expect(credits('Harbour Town lost 2-0 at home.', '“We deserved it,” the visiting coach said.')).toEqual(['?']);
  });
});
