/** What a run says of the quotations left uncredited: a count in a build, a list in a check, a failure under --strict. */
import { describe, expect, it } from 'vitest';
import { reportUncredited, uncreditedMode } from '../../../src/loading/uncredited-report';

/** Each story's warnings: two in a.md, none in b.md, one in c.md. */
const STORIES = [['a.md:3: no source…', 'a.md:9: no source…'], [], ['c.md:5: no source…']];

function said(stories: readonly (readonly string[])[], mode: 'count' | 'list' | 'strict') {
  const lines: string[] = [];
  const refusal = reportUncredited({ warn: (line) => lines.push(line) }, stories, mode);
  return { lines, refusal };
}

describe('reportUncredited', () => {
  it('says nothing when every quotation is credited or silenced', () => {
    for (const mode of ['count', 'list', 'strict'] as const)
      expect(said([[], []], mode)).toEqual({ lines: [], refusal: undefined });
  });

  it('in a build, says how many in how many stories, in one line', () => {
    expect(said(STORIES, 'count')).toEqual({
      lines: ['Quotes: 3 quotations in 2 stories left uncredited; npm run check lists them.'],
      refusal: undefined,
    });
    expect(said([['a.md:3: no source…']], 'count').lines).toEqual([
      'Quotes: 1 quotation in 1 story left uncredited; npm run check lists them.',
    ]);
  });

  it('in a check, lists each one, story by story, then the count', () => {
    expect(said(STORIES, 'list')).toEqual({
      lines: [
        ...STORIES.flat(),
        'Quotes: 3 quotations in 2 stories left uncredited, listed above; each stays in its story, without a credit.',
      ],
      refusal: undefined,
    });
  });

  it('under --strict, lists them and refuses', () => {
    const { lines, refusal } = said(STORIES, 'strict');
    expect(lines).toEqual(STORIES.flat());
    expect(refusal?.message).toBe('Quotes: 3 quotations in 2 stories left uncredited, listed above; --strict allows none.');
    expect(refusal?.hint).toMatch(/silence it under quotes\.uncredited/);
  });
});

describe('uncreditedMode', () => {
  it('is what UNCREDITED_QUOTES asks for, else a count', () => {
    expect(uncreditedMode({ UNCREDITED_QUOTES: 'list' })).toBe('list');
    expect(uncreditedMode({ UNCREDITED_QUOTES: 'strict' })).toBe('strict');
    expect(uncreditedMode({ UNCREDITED_QUOTES: 'loud' })).toBe('count');
    expect(uncreditedMode({})).toBe('count');
  });
});
