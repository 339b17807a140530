/**
 * The one rule for what a build publishes and lists: drafts under `astro dev`
 * only; a killed story keeps its address (the notice) but leaves every list.
 */
import { describe, expect, it } from 'vitest';
import { hasPage, isListed } from '../../../src/article/publishing';

const story = { draft: false, withdrawn: undefined };
const draft = { draft: true, withdrawn: undefined };
const killed = { draft: false, withdrawn: { date: '2021-12-03', reason: 'AFP has withdrawn this story.' } };
const BUILD = { drafts: false };
const DEV = { drafts: true };

describe('npm run build', () => {
  it('gives a story a page and lists it', () => {
    expect([hasPage(story, BUILD), isListed(story, BUILD)]).toEqual([true, true]);
  });
  it('gives a draft no page and no place in any list', () => {
    expect([hasPage(draft, BUILD), isListed(draft, BUILD)]).toEqual([false, false]);
  });
  it('keeps a killed story’s address for its notice, in no list', () => {
    expect([hasPage(killed, BUILD), isListed(killed, BUILD)]).toEqual([true, false]);
  });
});

describe('npm run dev', () => {
  it('shows and lists a draft, and still lists no killed story', () => {
    expect([hasPage(draft, DEV), isListed(draft, DEV)]).toEqual([true, true]);
    expect(isListed(killed, DEV)).toBe(false);
  });
});
