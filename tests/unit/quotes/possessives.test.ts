/**
 * Sources written with a possessive (unnamed-sources.ts, read-paragraphs.ts):
 * `the minister’s spokesman` is an unnamed source of its own, never the
 * possessor, and `the spokesman` later refers back to it; a capitalised
 * possessor names someone the editor must list; and a `quotes.unnamed` entry
 * that begins with a listed name is honoured.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { findDescriptions } from '../../../src/quotes/unnamed-sources';
import type { Organisation, Person } from '../../../src/article/schema';

const PEOPLE: Person[] = [
  { id: 'hale', name: 'Mira Hale', role: 'Minister', aliases: ['the minister'] },
  { id: 'osei', name: 'Kofi Osei', role: 'x', aliases: [] },
];

const PORT: Organisation = { id: 'port', name: 'the Port Authority', aliases: [] };

/** Each quotation's credit: a person's id, `unnamed: <description>`, or "none". */
function credits(text: string, unnamed: string[] = [], organisations: Organisation[] = []): string[] {
  const paragraphs = text.split('\n\n').map((block, i) => ({ text: block, line: i * 2 + 1 }));
  const { quotes, unattributed } = findQuotes(paragraphs, PEOPLE, { unnamed, organisations });
  return [
    ...quotes.map((q) => ({ i: q.paragraphIndex, credit: q.sourceId ?? `unnamed: ${q.description}` })),
    ...unattributed.map((q) => ({ i: q.paragraphIndex, credit: 'none' })),
  ]
    .sort((a, b) => a.i - b.i)
    .map((q) => q.credit);
}

describe('a source noun after a lower-case possessor', () => {
  it('is an unnamed source described with the possessor, never the possessor', () => {
    expect(credits('“The depot will close,” the minister’s spokesman said.')).toEqual(['unnamed: the minister’s spokesman']);
    expect(credits('“The depot will close,” said a council’s spokeswoman.')).toEqual(['unnamed: a council’s spokeswoman']);
  });

  it('is referred back to by the noun after "the", and by the same words again', () => {
    const text = [
      '“The depot will close,” the minister’s spokesman said.',
      '“Staff will be moved,” the spokesman added.',
      '“No one will lose a job,” the minister’s spokesman said later.',
    ].join('\n\n');
    const { quotes } = findQuotes(
      text.split('\n\n').map((block, i) => ({ text: block, line: i + 1 })),
      PEOPLE,
    );
    expect(quotes.map((q) => [q.id, q.description])).toEqual([
      ['unnamed-1', 'the minister’s spokesman'],
      ['unnamed-2', 'the minister’s spokesman'],
      ['unnamed-3', 'the minister’s spokesman'],
    ]);
  });

  it('may be capitalised after "the" when it names no listed source', () => {
    expect(
      credits('“The depot will close,” the Prime Minister’s official spokesman said.\n\n“Soon,” the spokesman added.'),
    ).toEqual(['unnamed: the Prime Minister’s official spokesman', 'unnamed: the Prime Minister’s official spokesman']);
  });

  it('is not when the phrase goes on past the noun', () => {
    expect(findDescriptions('the government’s official figures show')).toEqual([]);
  });
});

describe('a capitalised possessor', () => {
  it('names someone the text names: the quote waits for the editor', () => {
    expect(credits('“The depot will close,” Hale’s spokesman said.')).toEqual(['none']);
    expect(credits('“The depot will close,” the Port Authority’s spokesman said.', [], [PORT])).toEqual(['none']);
  });

  it('is honoured when the editor lists the words under quotes.unnamed, even though they begin with a listed name', () => {
    expect(credits('“The depot will close,” Hale’s spokesman said.', ['Hale’s spokesman'])).toEqual([
      'unnamed: Hale’s spokesman',
    ]);
    expect(credits('“The depot will close,” Hale’s spokesman said.', ["Hale's spokesman"])).toEqual([
      'unnamed: Hale’s spokesman',
    ]);
  });
});

describe('other openings agency copy gives an unnamed source', () => {
  it('a possessive determiner, the same words again referring back', () => {
    expect(credits('“She was our light,” her family said in a statement.\n\n“We ask for privacy,” her family added.')).toEqual([
      'unnamed: her family',
      'unnamed: her family',
    ]);
  });

  it('a capitalised name of several words before the noun', () => {
    expect(credits('A Department for Roads and Rail spokesperson said: “The line reopens on Monday.”')).toEqual([
      'unnamed: A Department for Roads and Rail spokesperson',
    ]);
  });

  it('the last of two source nouns, which the first describes', () => {
    expect(credits('“Nothing is agreed,” a deputy minister told reporters.')).toEqual(['unnamed: a deputy minister']);
    expect(credits('“Leave now,” a deputy shouted through a loudspeaker.')).toEqual(['unnamed: a deputy']);
  });
});
