/**
 * A statement, report or other text as the speaker (documents.ts): credited
 * to the person or organisation the text names as its issuer, and left
 * uncredited when it names none.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Organisation, Person } from '../../../src/article/schema';

const PEOPLE: Person[] = [{ id: 'hale', name: 'Mira Hale', role: 'x', aliases: [] }];
const ORGANISATIONS: Organisation[] = [
  { id: 'ministry', name: 'the transport ministry', aliases: ['the ministry'] },
  { id: 'portco', name: 'Portco', aliases: [] },
];

/** Each quotation's credit in article order: an id, or "none". */
function credits(text: string): string[] {
  const paragraphs = text.split('\n\n').map((block, i) => ({ text: block, line: i * 2 + 1 }));
  const { quotes, unattributed } = findQuotes(paragraphs, PEOPLE, { organisations: ORGANISATIONS });
  return [
    ...quotes.map((q) => ({ at: text.indexOf(q.text), credit: q.sourceId ?? q.description! })),
    ...unattributed.map((q) => ({ at: text.indexOf(q.text), credit: 'none' })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((q) => q.credit);
}

describe('a document that names its issuer', () => {
  it('is credited to the organisation named after its noun', () => {
    expect(credits('“Ferries will run,” a statement from the ministry said.')).toEqual(['ministry']);
    expect(credits('“Ferries will run,” said a statement issued by the transport ministry.')).toEqual(['ministry']);
    expect(credits('The statement, signed by Portco, said: “Ferries will run.”')).toEqual(['portco']);
  });

  it('is credited to the organisation named before its noun, in the possessive or as a title', () => {
    expect(credits('“Ferries will run,” the ministry’s statement said.')).toEqual(['ministry']);
    expect(credits('“Ferries will run,” a Portco statement said.')).toEqual(['portco']);
    expect(credits('According to the Portco report: “Ferries will run.”')).toEqual(['portco']);
  });
});

describe('a document that does not name its issuer', () => {
  it('is issued by the organisation its sentence is about', () => {
    expect(credits('Portco said in a statement: “Ferries will run.”')).toEqual(['portco']);
    expect(credits('Portco put out a statement on Monday.\n\n“Ferries will run,” the statement said.')).toEqual(['portco']);
  });

  it('as `the bulletin`, refers back to the bulletin its issuer put out in the sentence before', () => {
    const text = 'Portco said in a bulletin that the quay was shut. “Crossings resume at noon,” the bulletin said.';
    expect(credits(text)).toEqual(['portco']);
  });

  it('as `the statement`, refers back to the last statement named before it', () => {
    const text = '“Ferries will run,” the ministry said in a statement.\n\n“Fares will not rise,” the statement added.';
    expect(credits(text)).toEqual(['ministry', 'ministry']);
  });

  it('is left uncredited when nothing says who issued it', () => {
    expect(credits('“Ferries will run,” the report said.')).toEqual(['none']);
    expect(credits('A sign at the quay read: “No sailings today.”')).toEqual(['none']);
    expect(credits('“Ferries will run,” the official statement said.')).toEqual(['none']);
  });

  it('is a person’s when the person issued it, and a ruling is referred back to as the judgment', () => {
    expect(credits('Hale said in a statement: “Ferries will run.”\n\n“Fares will not rise,” the statement said.')).toEqual([
      'hale',
      'hale',
    ]);
    const text =
      'Judge Mira Hale said in her ruling that the appeal could go ahead. “The delay is not justified,” the judgment said.';
    expect(credits(text)).toEqual(['hale']);
  });

  it('takes the nearest subject before it, a reported one included', () => {
    expect(
      credits('Portco said in its evening update that crews were on site. “Work will go on overnight,” the update said.'),
    ).toEqual(['portco']);
    expect(credits('Hale said Portco had put out a statement.\n\n“Work will go on overnight,” the statement said.')).toEqual([
      'portco',
    ]);
  });

  it('is never lent the speaker of a quotation beside it', () => {
    expect(credits('“Ferries will run,” Hale said. “Fares will not rise,” the report added.')).toEqual(['hale', 'none']);
  });
});

describe('a document in a phrase opening its sentence', () => {
  it('is issued by the subject right after the comma, and `the statement` later is theirs too', () => {
    expect(credits('In a statement, the ministry promised repairs. “Ferries will run by June,” the statement said.')).toEqual([
      'ministry',
    ]);
    expect(credits('In a statement on Friday, Portco said: “Ferries will run.”')).toEqual(['portco']);
  });

  it('names nobody when a name stands inside the phrase, or the subject after the comma is not listed', () => {
    expect(
      credits('In a statement quoted by Portco, the union promised repairs. “Ferries will run,” the statement said.'),
    ).toEqual(['none']);
    expect(credits('In a statement, the harbour board promised repairs. “Ferries will run,” the statement said.')).toEqual([
      'none',
    ]);
  });
});
