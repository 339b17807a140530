/**
 * The corpus scores (tests/support/quote-scores.ts) on one hand-built story:
 * each labelled quotation ends one way only, credited right, credited to
 * someone else (wrong credit), reported without a source (uncredited) or not
 * reported at all (silent drop), and a found quote no label has is an extra.
 */
import { describe, expect, it } from 'vitest';
import type { FoundQuote } from '../../../src/quotes/find-quotes';
import { extras, misses, outcome, rates, score, type StoryResult } from '../../support/quote-scores';

const found = (text: string, credit: Partial<FoundQuote>): FoundQuote => ({
  id: `${credit.sourceId ?? 'unnamed'}-1`,
  text,
  kind: 'person',
  paragraphIndex: 0,
  line: 1,
  ...credit,
});

const story: StoryResult = {
  story: 'hand-built',
  agency: 'AFP',
  labels: [
    { text: 'We are ready', source: 'putin', why: 'credited right' },
    { text: 'Talks are over', source: 'peskov', why: 'credited to Putin instead' },
    { text: 'Nobody is above the rules', source: 'morrison', why: 'reported without a source' },
    { text: 'The hardest part was trust', unnamed: 'A U.N. official', why: 'not reported at all' },
    { text: 'Neither side gave ground', unnamed: 'A U.N. official', why: 'credited right, first letter in another case' },
  ],
  quotes: [
    found('We are ready', { sourceId: 'putin' }),
    found('Talks are over', { sourceId: 'putin' }),
    found('Neither side gave ground', { kind: 'unnamed', description: 'a U.N. official' }),
    found('a polite request', { sourceId: 'putin' }),
  ],
  unattributed: [{ text: 'Nobody is above the rules', paragraphIndex: 2, line: 5, pronoun: 'he' }],
};

describe('quote corpus scores', () => {
  it('gives each label one outcome', () => {
    expect(story.labels.map((label) => outcome(story, label))).toEqual(['right', 'wrong', 'uncredited', 'dropped', 'right']);
  });

  it('counts wrong credits, uncredited quotes, silent drops and stories to touch apart', () => {
    expect(score([story])).toEqual({
      stories: 1,
      labelled: 5,
      found: 5,
      foundRight: 4,
      credited: 4,
      creditedRight: 2,
      wrongCredit: 1,
      uncredited: 1,
      silentDrops: 1,
      storiesTouched: 1,
    });
    expect(rates(score([story]))).toEqual({
      quotes: { precision: 4 / 5, recall: 4 / 5 },
      sources: { precision: 2 / 4, recall: 2 / 5 },
    });
  });

  it('does not count a story with every label credited right as touched', () => {
    const clean: StoryResult = { ...story, labels: [story.labels[0]], quotes: [story.quotes[0]], unattributed: [] };
    expect(score([clean, story]).storiesTouched).toBe(1);
  });

  it('names every miss in words, extras last', () => {
    expect(extras(story).map((q) => q.text)).toEqual(['a polite request']);
    expect(misses(story)).toEqual([
      'wrong source: “Talks are over” credited to putin, not peskov',
      'no source: “Nobody is above the rules” (morrison)',
      'not found: “The hardest part was trust” (unnamed "A U.N. official")',
      'not a labelled quote: “a polite request”',
    ]);
  });
});
