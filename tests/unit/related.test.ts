/** Related stories: shared people, topics and place, weighted towards stories close in time, at most three. */
import { describe, expect, it } from 'vitest';
import { placesAndTopics } from '../../src/lib/places';
import { relatedStories } from '../../src/lib/related';
import { person, story } from '../support/stories';
import type { Story } from '../../src/lib/stories';

const zelensky = person('zelensky', 'Volodymyr Zelensky');
const blinken = person('blinken', 'Antony Blinken');

function related(stories: Story[], slug: string, declarations = [] as { name: string; spellings: string[] }[]): string[] {
  return relatedStories(stories, placesAndTopics(stories, declarations).labels)
    .get(slug)!
    .map((s) => s.slug);
}

describe('relatedStories', () => {
  it('lists none for a story that shares nothing', () => {
    const stories = [story('a', { place: 'Kiev', tags: ['Ukraine'] }), story('b', { place: 'Lima', tags: ['Peru'] })];
    expect(related(stories, 'a')).toEqual([]);
  });

  it('ranks a shared person above a shared topic above a shared place', () => {
    const stories = [
      story('seed', { place: 'Kiev', tags: ['Ukraine'], people: [zelensky] }),
      story('same-place', { place: 'Kiev', tags: ['Weather'] }),
      story('same-topic', { place: 'Lima', tags: ['Ukraine'] }),
      story('same-person', { place: 'Lima', tags: ['Peru'], people: [zelensky] }),
      story('nothing', { place: 'Lima', tags: ['Peru'] }),
    ];
    expect(related(stories, 'seed')).toEqual(['same-person', 'same-topic', 'same-place']);
  });

  it('keeps at most three, and prefers a story from the same weeks to an older one that shares as much', () => {
    const shared = { place: 'Kiev', tags: ['Ukraine'], people: [zelensky] };
    const stories = [
      story('seed', { ...shared, date: '2021-12-01' }),
      story('last-year', { ...shared, date: '2020-12-01' }),
      story('last-month', { ...shared, date: '2021-11-01' }),
      story('next-week', { ...shared, date: '2021-12-08' }),
      story('yesterday', { ...shared, date: '2021-11-30' }),
    ];
    expect(related(stories, 'seed')).toEqual(['yesterday', 'next-week', 'last-month']);
  });

  it('lets much more in common outweigh a few weeks', () => {
    const stories = [
      story('seed', { date: '2021-12-01', place: 'Kiev', tags: ['Ukraine', 'NATO'], people: [zelensky, blinken] }),
      story('close', { date: '2021-12-02', place: 'Lima', tags: ['NATO'] }),
      story('weeks-before', { date: '2021-11-10', place: 'Kiev', tags: ['Ukraine', 'NATO'], people: [zelensky, blinken] }),
    ];
    expect(related(stories, 'seed')).toEqual(['weeks-before', 'close']);
  });

  it('counts declared spellings of one place as the same place', () => {
    const stories = [story('kiev', { place: 'Kiev' }), story('kyiv', { place: 'Kyiv', date: '2022-04-01' })];
    expect(related(stories, 'kiev')).toEqual([]);
    expect(related(stories, 'kiev', [{ name: 'Kyiv', spellings: ['Kiev'] }])).toEqual(['kyiv']);
  });
});
