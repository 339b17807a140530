/** Related stories: shared people, topics and place, weighted towards stories close in time, at most three. */
import { describe, expect, it } from 'vitest';
import { placesAndTopics } from '../../../src/newsroom/place-pages';
import { HALF_LIFE_DAYS, RELATED_LIMIT, relatedStories } from '../../../src/newsroom/related';
import { person, story } from '../../support/stories';
import { storiesNewestFirst, type Story } from '../../../src/newsroom/stories';

const zelensky = person('zelensky', 'Volodymyr Zelensky');
const blinken = person('blinken', 'Antony Blinken');

function related(stories: Story[], slug: string, declarations = [] as { name: string; spellings: string[] }[]): string[] {
  return relatedStories(stories, placesAndTopics(storiesNewestFirst(stories), declarations).labels)
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

  it('gives, on a random archive, exactly what ranking every pair of stories gives', () => {
    // A small linear congruential generator: the same "random" archive on every run.
    let state = 42;
    const random = (n: number) => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31), state % n);
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id, `Person ${id.toUpperCase()}`));
    const pick = <T>(list: T[], most: number) => [
      ...new Set(Array.from({ length: random(most + 1) }, () => list[random(list.length)])),
    ];
    const stories = Array.from({ length: 300 }, (_, n) =>
      story(`s${n}`, {
        date: new Date(Date.UTC(2021, 0, 1) + random(400) * 86_400_000).toISOString().slice(0, 10),
        place: ['Kiev', 'Moscow', 'Minsk', 'Lima'][random(4)],
        tags: pick(['Ukraine', 'Russia', 'NATO', 'Energy', 'Peru'], 2),
        people: pick(people, 3),
      }),
    );
    const labels = placesAndTopics(storiesNewestFirst(stories), []).labels;
    const day = (s: Story) => Date.parse(s.data.dateline.date) / 86_400_000;
    const keys = (s: Story) =>
      new Map([
        ...s.data.people.map((p): [string, number] => [`person:${p.id}`, 3]),
        ...labels.topics(s).map((t): [string, number] => [`topic:${t.slug}`, 2]),
        [`place:${labels.place(s).slug}`, 1],
      ]);
    const everyPair = (seed: Story) =>
      stories
        .filter((other) => other !== seed)
        .map((other) => {
          const theirs = keys(other);
          const score = [...keys(seed)].reduce((sum, [key, weight]) => sum + (theirs.has(key) ? weight : 0), 0);
          return { other, weight: score * 0.5 ** (Math.abs(day(other) - day(seed)) / HALF_LIFE_DAYS) };
        })
        .filter(({ weight }) => weight > 0)
        .sort(
          (a, b) =>
            b.weight - a.weight ||
            b.other.data.dateline.date.localeCompare(a.other.data.dateline.date) ||
            a.other.slug.localeCompare(b.other.slug),
        )
        .slice(0, RELATED_LIMIT)
        .map(({ other }) => other.slug);
    const found = relatedStories(stories, labels);
    for (const seed of stories)
      expect(
        found.get(seed.slug)!.map((s) => s.slug),
        seed.slug,
      ).toEqual(everyPair(seed));
  });
});
