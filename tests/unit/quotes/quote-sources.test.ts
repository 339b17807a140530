/**
 * The quote finder with every kind of source: organisations, unnamed sources
 * and their back-references, marked descriptions, quotations over several
 * paragraphs, and when it declines to lend a speaker. The seed's quotes are
 * in quotes.test.ts, the corpus in quote-corpus.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = [person('putin', 'Vladimir Putin'), person('blinken', 'Antony Blinken'), person('lavrov', 'Sergei Lavrov')];

/** Paragraphs separated by blank lines, numbered from line `first`. */
const paragraphsOf = (text: string, first = 1) => {
  let line = first;
  return text.split('\n\n').map((block) => {
    const paragraph = { text: block, line };
    line += block.split('\n').length + 1;
    return paragraph;
  });
};
describe('organisations and unnamed sources', () => {
  const kremlin = { id: 'kremlin', name: 'the Kremlin', aliases: [] };
  const found = (text: string, more = {}) => {
    const { quotes, unattributed } = findQuotes(paragraphsOf(text), PEOPLE, { organisations: [kremlin], ...more });
    return {
      quotes: quotes.map((q) => [q.id, q.kind, q.sourceId ?? q.description, q.text]),
      unattributed: unattributed.map((q) => q.text),
    };
  };

  it('credits an organisation, and "it" after it (issue 13’s first paragraph)', () => {
    expect(
      found('“Russia poses no threat to anyone,” the Kremlin said in a statement. “Nothing is planned,” it added.').quotes,
    ).toEqual([
      ['kremlin-1', 'organisation', 'kremlin', 'Russia poses no threat to anyone'],
      ['kremlin-2', 'organisation', 'kremlin', 'Nothing is planned'],
    ]);
  });

  it('credits an unnamed source to its description, and a back-reference to the same description (issue 13’s second paragraph)', () => {
    const text = [
      '“The situation is very dangerous,” a senior Western diplomat told AFP on condition of anonymity.',
      '',
      '“Some capitals want to wait,” the diplomat added.',
    ].join('\n');
    expect(found(text)).toEqual({
      quotes: [
        ['unnamed-1', 'unnamed', 'a senior Western diplomat', 'The situation is very dangerous'],
        ['unnamed-2', 'unnamed', 'a senior Western diplomat', 'Some capitals want to wait'],
      ],
      unattributed: [],
    });
  });

  it('leaves a back-reference with nothing to refer to unattributed', () => {
    expect(found('“We will see,” the official said.')).toEqual({ quotes: [], unattributed: ['We will see'] });
  });

  it('credits a description the editor marked, which the rule alone does not know', () => {
    const text = '“Nobody slept,” one participant in the session told AFP.';
    expect(found(text).unattributed).toEqual(['Nobody slept']);
    expect(found(text, { unnamed: ['one participant in the session'] }).quotes).toEqual([
      ['unnamed-1', 'unnamed', 'one participant in the session', 'Nobody slept'],
    ]);
  });

  it('credits a quotation over two paragraphs once, by the attribution in its last, at the line of its first', () => {
    const { quotes } = findQuotes(
      paragraphsOf('“We have said it many times.\n\n“It is NATO that is coming closer,” Putin said.', 30),
      PEOPLE,
    );
    expect(quotes).toEqual([
      {
        id: 'putin-1',
        kind: 'person',
        sourceId: 'putin',
        text: 'We have said it many times. It is NATO that is coming closer',
        paragraphIndex: 0,
        line: 30,
      },
    ]);
  });

  it('lends a speaker within a paragraph only when no other source is named between', () => {
    expect(found('“Fine,” Blinken said. “Good.”').quotes.map((q) => q[0])).toEqual(['blinken-1', 'blinken-2']);
    expect(found('“Fine,” Blinken said, and Lavrov nodded. “Good.”')).toEqual({
      quotes: [['blinken-1', 'person', 'blinken', 'Fine']],
      unattributed: ['Good.'],
    });
  });
});

describe('a pronoun the finder cannot resolve', () => {
  it('leaves the quote unattributed rather than guess, and says which pronoun', () => {
    const people = [
      { ...person('blinken', 'Antony Blinken') },
      { ...person('zakharova', 'Maria Zakharova'), role: 'Spokeswoman' },
    ];
    const text = 'Blinken met Zakharova in Stockholm.\n\n“It was useful,” she said.';
    expect(findQuotes(paragraphsOf(text), people).unattributed).toEqual([
      { text: 'It was useful', paragraphIndex: 1, line: 3, pronoun: 'she' },
    ]);
    const told = people.map((p) => (p.id === 'blinken' ? { ...p, pronoun: 'he' as const } : p));
    expect(findQuotes(paragraphsOf(text), told).quotes.map((q) => q.sourceId)).toEqual(['zakharova']);
  });
});

describe('reported speech', () => {
  const credit = (text: string) => findQuotes(paragraphsOf(text), PEOPLE).quotes.map((q) => [q.id, q.text]);

  it('reads "he" as the subject of the sentence before, not the subject of what that person said', () => {
    expect(credit('Blinken said Lavrov was wrong.\n\n“We will not be lectured,” he said.')).toEqual([
      ['blinken-1', 'We will not be lectured'],
    ]);
  });

  it('credits the reported speaker of a quote after a colon', () => {
    expect(credit('Blinken said Lavrov told reporters: “We will not be lectured.”')).toEqual([
      ['lavrov-1', 'We will not be lectured.'],
    ]);
  });
});
