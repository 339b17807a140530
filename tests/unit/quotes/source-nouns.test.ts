/**
 * Nouns for unnamed sources added from the agency seen corpus (executive,
 * coach, manager, volunteer, engineer), and how `the coach` refers back when no coach was described: to
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

describe('an unnamed manager, volunteer or engineer', () => {
  it('is a description with its organisation in capitals, and `the manager` refers back to it', () => {
    expect(
      credits(
        'A senior Brightwater manager, who was not cleared to speak to the press, said the pumps would be replaced.',
        '“We ordered the parts in June,” the manager said.',
      ),
    ).toEqual(['A senior Brightwater manager']);
  });

  it('is the unnamed source a later pronoun refers to, not the person named before', () => {
    expect(
      credits(
        'Ada Moss watched the flood water from the stand.',
        'A volunteer at the river rescue station, speaking on condition of anonymity, said the banks had failed overnight.',
        '“We pulled out two cars before dawn,” she said.',
      ),
    ).toEqual(['A volunteer at the river rescue station']);
    expect(credits('“The crane was never inspected,” an engineer at the Port Arlen yard said.')).toEqual([
      'an engineer at the Port Arlen yard',
    ]);
  });
});

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
