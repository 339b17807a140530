/**
 * Never a wrong name: a name the sentence uses inside someone else's noun
 * phrase, after a preposition or beside an object is never credited with a
 * quotation, nor what a pronoun refers to. When the finder cannot tell who
 * speaks, the quote is left to the editor rather than lent a neighbour's
 * source.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { inPassing } from '../../../src/quotes/names-in-passing';
import { mentionsOf, namedSources } from '../../../src/quotes/sources';
import type { Organisation } from '../../../src/article/schema';
import { person } from '../../support/quote-credits';

const PEOPLE = [
  person('okafor', 'Grace Okafor', 'she'),
  person('lind', 'Per Lind', 'he'),
  person('brandt', 'Otto Brandt'),
  person('moreau', 'Claire Moreau'),
  person('haddad', 'Sami Haddad', 'he'),
];
const ORGANISATIONS: Organisation[] = [
  { id: 'monitor', name: 'WireWatch', aliases: [] },
  { id: 'front', name: 'FLR', aliases: [] },
];
const SOURCES = namedSources(PEOPLE, ORGANISATIONS);

/** Each quotation with who it is credited to (an id, a description, or `?` for none). */
function credits(...texts: string[]): [string, string][] {
  const { quotes, unattributed } = findQuotes(
    texts.map((text, i) => ({ text, line: 1 + 2 * i })),
    PEOPLE,
    { organisations: ORGANISATIONS },
  );
  return [
    ...quotes.map((q): [string, string] => [q.text, q.sourceId ?? q.description!]),
    ...unattributed.map((u): [string, string] => [u.text, '?']),
  ];
}

/** Whether the mention of `name` in `text` is in passing. */
function passing(text: string, name: string): boolean {
  const mentions = mentionsOf(text, SOURCES);
  return inPassing(
    text,
    mentions.find((m) => text.slice(m.start, m.end) === name)!,
    mentions,
    0,
  );
}

describe('a name inside someone else’s noun phrase', () => {
  it('is part of the description of an unnamed source, who is credited', () => {
    expect(credits('Per Lind toured the docks.', '"We came for him," a Lind supporter said.')).toEqual([
      ['We came for him', 'a Lind supporter'],
    ]);
    expect(credits('"The vote is safe," said a Brandt aide.')).toEqual([['The vote is safe', 'a Brandt aide']]);
  });

  it('names neither the translator nor anyone else: a statement’s words are its issuer’s (documents.ts)', () => {
    expect(credits('"The convoy was ours," according to a WireWatch translation of an FLR statement.')).toEqual([
      ['The convoy was ours', 'front'],
    ]);
    expect(credits('"The convoy was ours," according to a WireWatch translation.')).toEqual([['The convoy was ours', '?']]);
    expect(mentionsOf('a WireWatch translation', SOURCES)[0].title).toBe(true);
  });

  it('is never a pronoun’s antecedent', () => {
    expect(credits('A Lind banner hung over the square.', '"It was loud," he said.')).toEqual([['It was loud', '?']]);
    expect(credits('"Go home," a Lind banner read.')).toEqual([['Go home', '?']]);
    expect(credits('A Lind supporter waved a flag.', '"It was loud," he said.')).toEqual([['It was loud', 'A Lind supporter']]);
  });
});

describe('a name after a preposition', () => {
  it('is what the sentence is about, not who speaks', () => {
    expect(credits('Grace Okafor left the stage.', '"He earned it," she said of Lind.')).toEqual([['He earned it', 'okafor']]);
    expect(credits('"He earned it," said the coach of Lind.')).toEqual([['He earned it', '?']]);
    expect(credits('"He earned it," it was said of Lind.')).toEqual([['He earned it', '?']]);
  });

  it('is never the person a later pronoun gives way to', () => {
    expect(credits('"The deal holds," Okafor said after meeting Haddad.', '"It will last," he said.')).toEqual([
      ['The deal holds', 'okafor'],
      ['It will last', '?'],
    ]);
    expect(credits('"Come to Lagos," Okafor said in a letter to Haddad.', '"Soon," he said.')).toEqual([
      ['Come to Lagos', 'okafor'],
      ['Soon', '?'],
    ]);
  });

  it('leaves a title’s own "of" and the "to" of "according to" alone', () => {
    expect(passing('said Minister of Trade Per Lind', 'Per Lind')).toBe(false);
    expect(credits('"Exports rose," according to Lind.')).toEqual([['Exports rose', 'lind']]);
    expect(passing('after a call with President Sami Haddad', 'Sami Haddad')).toBe(true);
  });

  it('leaves a person named as an object to the pronoun, as before', () => {
    expect(credits('Lind met Okafor on Friday.', '"We agreed," she said.')).toEqual([['We agreed', 'okafor']]);
  });
});

describe('a name beside an object', () => {
  it('is neither a subject nor an antecedent', () => {
    expect(passing('Brandt told the envoy, Claire Moreau, that talks were over.', 'Claire Moreau')).toBe(true);
    expect(credits('Brandt told the envoy, Claire Moreau, that talks were over.', '"We are done," she said.')).toEqual([
      ['We are done', 'brandt'],
    ]);
  });

  it('makes a pronoun ambiguous when that name is known to fit it', () => {
    expect(credits('Brandt told the envoy, Grace Okafor, that talks were over.', '"We are done," she said.')).toEqual([
      ['We are done', '?'],
    ]);
  });

  it('is the subject when the noun phrase is: a title in apposition, or a phrase opening the sentence', () => {
    expect(passing('The envoy, Claire Moreau, said', 'Claire Moreau')).toBe(false);
    expect(credits('In the old harbour district, Otto Brandt, 61, waded in.', '"It rose fast," he said.')).toEqual([
      ['It rose fast', 'brandt'],
    ]);
  });
});

describe('a name after an opening phrase that holds a document', () => {
  it('is the subject, not a name beside the phrase’s object', () => {
    const text = 'In a letter read to the tribunal, Otto Brandt, whose brother ran the plant, said the firm had known.';
    expect(passing(text, 'Otto Brandt')).toBe(false);
    expect(credits(text, '“They were warned twice.”')).toEqual([['They were warned twice.', 'brandt']]);
  });

  it('leaves a name beside the object of a reported subject in passing', () => {
    const text = 'Otto Brandt, who runs the dock, said members had written to the mayor, Claire Moreau, in May.';
    expect(credits(text, '“Nobody answered,” he said.')).toEqual([['Nobody answered', 'brandt']]);
  });
});

describe('a quotation whose attribution the finder cannot read', () => {
  it('is left to the editor, not lent the source of its neighbour, until the editor marks the words', () => {
    expect(credits('"We love him," a Lind fan said. "Thank you," Lind said.')).toEqual([
      ['Thank you', 'lind'],
      ['We love him', '?'],
    ]);
    const marked = findQuotes([{ text: '"We love him," a Lind fan said.', line: 1 }], PEOPLE, { unnamed: ['a Lind fan'] });
    expect(marked.quotes.map((q) => q.description)).toEqual(['a Lind fan']);
    expect(credits('"A long day," Lind said. "Home now."')).toEqual([
      ['A long day', 'lind'],
      ['Home now.', 'lind'],
    ]);
  });
});
