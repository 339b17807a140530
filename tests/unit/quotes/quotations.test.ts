/** Finding direct quotations by their form, within a paragraph and over several. */
import { describe, expect, it } from 'vitest';
import { cleanQuoteText, findQuotations, quoteSpans } from '../../../src/quotes/quotations';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ text, line: 10 + 2 * i }));
/** Each quotation's text and the paragraphs its parts are in. */
const found = (...texts: string[]) =>
  findQuotations(paragraphs(...texts)).quotations.map((q) => [q.text, q.parts.map((p) => p.paragraphIndex)]);

describe('quoteSpans', () => {
  it('leaves the last span of a paragraph open when no mark closes it', () => {
    const text = '“A,” he said. “B is open.';
    expect(quoteSpans(text)).toEqual([
      { kind: 'direct', open: 0, close: 3, closed: true, inner: 'A,' },
      { kind: 'direct', open: 14, close: text.length, closed: false, inner: 'B is open.' },
    ]);
  });

  it('reads a span opening a paragraph as a continuation when the paragraph before left a quotation open', () => {
    expect(quoteSpans('“Two.”', true).map((s) => s.kind)).toEqual(['continuation']);
    expect(quoteSpans('“Two.”', false).map((s) => s.kind)).toEqual(['direct']);
    expect(quoteSpans('Then: “Two.”', true).map((s) => s.kind)).toEqual(['direct']);
  });
});

describe('findQuotations', () => {
  it('finds a full sentence after a verb of saying and a comma, mid-sentence, and leaves a phrase there a fragment', () => {
    expect(found('As the vote ended, a woman in the gallery yelled, “Shame on you!” and was led out.')).toEqual([
      ['Shame on you!', [0]],
    ]);
    expect(found('The minister said, “in good time” the plan would pass.')).toEqual([]);
  });

  it('joins a quotation over two paragraphs into one, found at its first', () => {
    expect(found('“We have said it many times.', '“It is NATO that is coming closer,” Peskov said.')).toEqual([
      ['We have said it many times. It is NATO that is coming closer', [0, 1]],
    ]);
  });

  it('joins three paragraphs, after a colon lead-in', () => {
    expect(found('She said: “One.', '“Two.', '“Three.”', 'After.')).toEqual([['One. Two. Three.', [0, 1, 2]]]);
  });

  it('continues the second quotation of a paragraph, not the first', () => {
    expect(found('“A,” Blinken said. “B.', '“C.”')).toEqual([
      ['A', [0]],
      ['B. C.', [0, 1]],
    ]);
  });

  it('joins a quotation continued after its attribution and into the next paragraph', () => {
    expect(found('“We are ready,” Lavrov said, “to talk.', '“But not today.”')).toEqual([
      ['We are ready, to talk. But not today.', [0, 0, 1]],
    ]);
  });

  it('closes a quotation at its paragraph’s end when the next paragraph does not reopen it', () => {
    expect(found('“We must talk, Zelensky said.', 'Talks were not held.', '“Later,” he said.')).toEqual([
      ['We must talk, Zelensky said.', [0]],
      ['Later', [2]],
    ]);
  });

  it('never continues a fragment, and a paragraph opening with a quote after a closed one starts a new quotation', () => {
    expect(found('He called it “a dangerous', '“game,” Lavrov said.')).toEqual([['game', [1]]]);
    expect(found('“One,” he said.', '“Two,” he said.')).toEqual([
      ['One', [0]],
      ['Two', [1]],
    ]);
  });

  it('gives the spans of every paragraph, fragments included', () => {
    expect(findQuotations(paragraphs('a “b” c', 'none')).spans.map((s) => s.map((span) => span.kind))).toEqual([
      ['fragment'],
      [],
    ]);
  });
});

describe('cleanQuoteText', () => {
  it('single-spaces the words and drops the comma that led into the attribution, nothing else', () => {
    expect(cleanQuoteText('  We must\ntalk,  ')).toBe('We must talk');
    expect(cleanQuoteText('Is it over?')).toBe('Is it over?');
  });

  it('drops a space typed before the closing punctuation, but keeps the one before a trailing ellipsis or dash', () => {
    expect(cleanQuoteText('The ferry runs again . ')).toBe('The ferry runs again.');
    expect(cleanQuoteText('The ferry runs again , ')).toBe('The ferry runs again');
    expect(cleanQuoteText('The ferry runs again …')).toBe('The ferry runs again …');
    expect(cleanQuoteText('The ferry runs again —')).toBe('The ferry runs again —');
  });
});
