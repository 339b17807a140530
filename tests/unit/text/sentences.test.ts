/** Sentences of the body's plain text: where they end and start, and the .md line of a point. */
import { describe, expect, it } from 'vitest';
import { lineAt, sentenceEnds, sentenceStart } from '../../../src/text/sentences';

describe('sentenceEnds', () => {
  it('takes closing quote marks and brackets with the full stop', () => {
    const text = 'He said “no.” Then (he left.) Done!';
    expect(sentenceEnds(text).map((end) => text.slice(0, end.after))).toEqual([
      'He said “no.”',
      'He said “no.” Then (he left.)',
      text,
    ]);
  });

  it('does not end a sentence at titles, initials, U.S., decimals, or a full stop before a comma', () => {
    const text = 'Sen. Elizabeth Warren, D-Mass., said U.S. output rose 1.5 percent. Gov. J. Smith agreed.';
    expect(sentenceEnds(text).map((end) => text.slice(end.at - 7, end.after))).toEqual(['percent.', ' agreed.']);
  });
});

describe('sentenceStart', () => {
  const text = 'Kiev denied it. “We never said that,” he said. Moscow was silent.';

  it('finds where the sentence around a point starts', () => {
    expect(sentenceStart(text, text.indexOf('he said'))).toBe(text.indexOf(' “We'));
    expect(sentenceStart(text, 3)).toBe(0);
  });
});

describe('lineAt', () => {
  it('counts the line breaks before a point from the paragraph’s first line', () => {
    const paragraph = { text: 'first line\nsecond “quote”\nthird', line: 40 };
    expect(lineAt(paragraph, 0)).toBe(40);
    expect(lineAt(paragraph, paragraph.text.indexOf('“'))).toBe(41);
    expect(lineAt(paragraph, paragraph.text.indexOf('third'))).toBe(42);
  });
});
