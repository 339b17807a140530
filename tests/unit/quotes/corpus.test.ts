/**
 * The quote finder against the hand-labelled corpus (tests/fixtures/quotes/):
 * every direct quotation a person, organisation or unnamed source says in
 * fifteen short wire stories, labelled by reading them (the labels' `why`
 * says how), must be found and credited to its source, and nothing else found.
 */
import { describe, expect, it } from 'vitest';
import { corpusStories, misses, rates, readStory, score } from '../../support/quote-corpus';

const stories = corpusStories();

describe('the hand-labelled quote corpus', () => {
  it.each(stories)('%s: each labelled quote found once, credited to its source, and nothing else', async (story) => {
    expect(misses(await readStory(story))).toEqual([]);
  });

  it('holds at least twelve stories in AFP, AP and Reuters house styles, each source labelled one way', async () => {
    const results = await Promise.all(stories.map(readStory));
    expect(results.length).toBeGreaterThanOrEqual(12);
    expect(new Set(results.map((r) => r.agency))).toEqual(new Set(['AFP', 'AP', 'Reuters']));
    for (const label of results.flatMap((r) => r.labels)) {
      expect(
        [label.source, label.unnamed].filter((s) => s !== undefined),
        label.text,
      ).toHaveLength(1);
      expect(label.why.length, label.text).toBeGreaterThan(0);
    }
  });

  it('scores 100% precision and recall over the whole corpus', async () => {
    const results = await Promise.all(stories.map(readStory));
    const { quotes, sources } = rates(score(results));
    expect({ quotes, sources }).toEqual({ quotes: { precision: 1, recall: 1 }, sources: { precision: 1, recall: 1 } });
  });
});
