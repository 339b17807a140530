/**
 * Rule 2 of quotations.ts: a quoted span opening a sentence is a direct
 * quotation when its punctuation makes it a full clause, wherever the
 * writer put that punctuation: inside the marks (with a space typed before
 * the closing mark), right after them (British style), or after the
 * reporter's words that stand between the quotation and its attribution.
 * Each shape is found, and credited, on plain text and through the site's
 * own pipeline (SmartyPants curls the marks first).
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type Paragraph } from '../../../src/quotes/find-quotes';
import { quoteSpans } from '../../../src/quotes/quotations';
import type { Person } from '../../../src/article/schema';
import { renderedParagraphs } from '../../support/quote-corpus';

const PEOPLE: Person[] = [
  { id: 'okafor', name: 'Grace Okafor', role: 'Mayor of Lagos', aliases: [], pronoun: 'she' },
  { id: 'lind', name: 'Per Lind', role: 'Union leader', aliases: [] },
];

/** Each quotation found, with who it is credited to (an id, a description, or `?` for none). */
function credits(paragraphs: Paragraph[]): [string, string][] {
  const { quotes, unattributed } = findQuotes(paragraphs, PEOPLE);
  return [
    ...quotes.map((q): [string, string] => [q.text, q.sourceId ?? q.description!]),
    ...unattributed.map((u): [string, string] => [u.text, '?']),
  ];
}
const plain = (...texts: string[]) => credits(texts.map((text, i) => ({ text, line: 1 + 2 * i })));
const rendered = async (markdown: string) => credits(await renderedParagraphs(markdown));
const kinds = (text: string) => quoteSpans(text).map((s) => s.kind);

describe('British style: the comma or full stop after the closing mark', () => {
  it('makes a full clause of a quote that opens its sentence', () => {
    expect(kinds('"Our shift ends when the boats are in", said a dock worker.')).toEqual(['direct']);
    expect(kinds('Okafor was brief: "The bridge stays shut".')).toEqual(['direct']);
  });

  it('credits the source after the comma, and a quote that is its own sentence', async () => {
    const filed = '"…the lorries had already gone", testified a witness. Okafor was brief: "The bridge stays shut".';
    const expected = [
      ['…the lorries had already gone', 'a witness'],
      ['The bridge stays shut', 'okafor'],
    ];
    expect(plain(filed)).toEqual(expected);
    expect(await rendered(filed)).toEqual(expected);
  });

  it('joins the quote resumed after the attribution', () => {
    expect(plain('"We sail at dawn", Lind said, "whatever the weather".')).toEqual([
      ['We sail at dawn whatever the weather', 'lind'],
    ]);
  });

  it('leaves a quoted phrase inside a sentence a fragment, whatever follows its mark', () => {
    expect(kinds('Lind called the offer "an insult", and left.')).toEqual(['fragment']);
    expect(kinds('"Bridge tax" is what Lind calls the new toll.')).toEqual(['fragment']);
  });
});

describe('a space typed before the closing mark', () => {
  it('changes nothing: the quote is found and credited, its text without the stray space', async () => {
    const filed = 'Per Lind left the hall.\n\n"The strike goes on ," he said. "Nobody goes back . "';
    const expected = [
      ['The strike goes on', 'lind'],
      ['Nobody goes back.', 'lind'],
    ];
    expect(plain('Per Lind left the hall.', '"The strike goes on ," he said. "Nobody goes back . "')).toEqual(expected);
    expect(await rendered(filed)).toEqual(expected);
  });

  it('still pairs a closing mark SmartyPants curls as an opening one, before the next word', async () => {
    const [paragraph] = await renderedParagraphs('"The strike goes on , "said Lind.');
    expect(paragraph.text).toBe('“The strike goes on , “said Lind.');
    expect(credits([paragraph])).toEqual([['The strike goes on', 'lind']]);
  });

  it('joins a quote resumed after its attribution into single-spaced text', () => {
    expect(plain('"The strike goes on ," Lind said, "until June . "')).toEqual([['The strike goes on, until June.', 'lind']]);
  });

  it('leaves a quote with no attribution to the editor, never dropped', () => {
    expect(plain('The hall emptied. "Nobody goes back . "')).toEqual([['Nobody goes back.', '?']]);
  });
});

describe('the reporter’s words between a quotation and its attribution', () => {
  it('credits the source after a phrase that opens with a preposition and runs to a comma', async () => {
    const filed = 'Grace Okafor opened the session.\n\n"Every street will have light" at the council on Monday, she said.';
    expect(await rendered(filed)).toEqual([['Every street will have light', 'okafor']]);
    expect(plain('"The port reopens in May" in an interview with local radio, Lind said.')).toEqual([
      ['The port reopens in May', 'lind'],
    ]);
  });

  it('credits the source when the quote keeps its comma inside the marks', () => {
    expect(
      plain('Grace Okafor opened the session.', '"Every street will have light," at the council on Monday, she said.'),
    ).toEqual([['Every street will have light', 'okafor']]);
  });

  it('needs the preposition, the comma and a verb of saying in the same sentence', () => {
    expect(kinds('"Bridge tax" was the phrase at the council, Lind said.')).toEqual(['fragment']);
    expect(kinds('"Bridge tax" at the council. Later, Lind said more.')).toEqual(['fragment']);
    expect(kinds('"Bridge tax" at the council, on Monday and Tuesday and all week long, Lind said.')).toEqual(['fragment']);
  });
});
