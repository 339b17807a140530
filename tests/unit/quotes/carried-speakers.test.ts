/**
 * Speakers carried on (carried-speakers.ts): a quotation with no attribution
 * of its own takes the one speaker of the sentence before it, in its
 * paragraph or, for a paragraph of nothing but quotations, at the end of the
 * paragraph before; and it stays uncredited when that speaker is not clear.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string, more: Partial<Person> = {}): Person => ({ id, name, role: 'x', aliases: [], ...more });
const PEOPLE = [
  person('hale', 'Mira Hale', { pronoun: 'she' }),
  person('osei', 'Kofi Osei', { pronoun: 'he' }),
  person('lund', 'Per Lund', { aliases: ['the skipper'] }),
];

/** Paragraphs separated by blank lines. */
const paragraphs = (text: string) => text.split('\n\n').map((block, i) => ({ text: block, line: i * 2 + 1 }));

/** Each quotation's text and source id (or "none"), in article order. */
function credits(text: string): string[][] {
  const { quotes, unattributed } = findQuotes(paragraphs(text), PEOPLE);
  return [...quotes.map((q) => [q.text, q.sourceId ?? q.description!]), ...unattributed.map((q) => [q.text, 'none'])].sort(
    (a, b) => text.indexOf(a[0]) - text.indexOf(b[0]),
  );
}

describe('a paragraph of nothing but a quotation', () => {
  it('takes the speaker of reported speech ending the paragraph before', () => {
    expect(credits('Hale said the ferry service would stop in March.\n\n“The island cannot wait another winter.”')).toEqual([
      ['The island cannot wait another winter.', 'hale'],
    ]);
  });

  it('takes the speaker of a quotation ending the paragraph before', () => {
    expect(credits('“The pier is unsafe,” Osei told the council.\n\n“I will not sign it off.”')).toEqual([
      ['The pier is unsafe', 'osei'],
      ['I will not sign it off.', 'osei'],
    ]);
  });

  it('passes the speaker along a run of such paragraphs, each opening and closing its marks', () => {
    const text = [
      'Hale told the inquiry that warnings had gone unread.',
      '“We wrote to the board twice.”',
      '“Nobody replied to either letter.”',
      '“In the end we stopped writing.”',
    ].join('\n\n');
    expect(credits(text).map(([, source]) => source)).toEqual(['hale', 'hale', 'hale']);
  });

  it('credits a quotation left open over several paragraphs to the speaker introducing it', () => {
    const text = ['Osei told reporters:', '“The survey found cracks in every pile.', '“Repairs will take a year.”'].join('\n\n');
    expect(credits(text)).toEqual([['The survey found cracks in every pile. Repairs will take a year.', 'osei']]);
  });

  it('stays uncredited when the paragraph before has two speakers, or none', () => {
    expect(credits('Hale said the pier was safe, but Osei said it was not.\n\n“Look at the pilings.”')).toEqual([
      ['Look at the pilings.', 'none'],
    ]);
    expect(credits('The council meets again on Thursday.\n\n“Look at the pilings.”')).toEqual([['Look at the pilings.', 'none']]);
    expect(credits('“The pier is unsafe,” a passer-by shouted.\n\n“Look at the pilings.”')).toEqual([
      ['The pier is unsafe', 'none'],
      ['Look at the pilings.', 'none'],
    ]);
  });

  it('stays uncredited when the paragraph holds more than the quotation', () => {
    expect(credits('Hale said the pier was unsafe.\n\n“Look at the pilings.” Repairs begin in May.')).toEqual([
      ['Look at the pilings.', 'none'],
    ]);
  });

  it('stays uncredited when the speaker before is named only as the object of someone else’s words', () => {
    expect(credits('Reporters were told of the closure by Hale.\n\n“It is a sad day.”')).toEqual([['It is a sad day.', 'none']]);
  });
});

describe('a bare quotation after a sentence in its own paragraph', () => {
  it('takes the speaker of a partial quotation’s attribution', () => {
    expect(
      credits('The crew must be ready to sail “at an hour’s notice,” the skipper warned. “The tide will not wait.”'),
    ).toEqual([['The tide will not wait.', 'lund']]);
  });

  it('takes the speaker of a sentence that only attributes, or that reports speech', () => {
    expect(credits('Lund said on Friday. “The tide will not wait.”')).toEqual([['The tide will not wait.', 'lund']]);
    expect(credits('Hale said the harbour would close. “There is no money left.”')).toEqual([
      ['There is no money left.', 'hale'],
    ]);
  });

  it('stays uncredited when another subject stands in that sentence', () => {
    expect(credits('Hale said the harbour would close, and Osei agreed. “There is no money left.”')).toEqual([
      ['There is no money left.', 'none'],
    ]);
  });
});

describe('a quotation whose own attribution cannot be resolved', () => {
  it('is neither carried on nor lent the speaker beside it', () => {
    const text = 'Hale said the harbour would close.\n\n“It is final,” the official said.';
    expect(credits(text)).toEqual([['It is final', 'none']]);
    const people = [
      person('hale', 'Mira Hale'),
      person('osei', 'Kofi Osei', { pronoun: 'he' }),
      person('ida', 'Ida Berg', { role: 'Spokeswoman' }),
    ];
    const { quotes, unattributed } = findQuotes(
      paragraphs('Hale met Berg at the quay.\n\n“It went well,” Osei said. “We agreed on a date,” she said.'),
      people,
    );
    expect(quotes.map((q) => q.sourceId)).toEqual(['osei']);
    expect(unattributed.map((q) => q.pronoun)).toEqual(['she']);
  });
});
