/**
 * Related stories, chosen at build time: the other stories that share people,
 * topics or the dateline place with a story, best first, at most three.
 *
 * A shared person counts 3, a shared topic 2, the same place 1 (people make a
 * story; a tag or a city is broader). The sum is halved for every
 * `HALF_LIFE_DAYS` between the two stories, so the follow-ups and background
 * of the same weeks come before an old story that shares as much; ties go to
 * the newer story. A story that shares nothing is never listed, so an
 * unrelated story has no list at all.
 */
import type { Labels } from './places.ts';
import type { Story } from './stories.ts';

export const RELATED_LIMIT = 3;
export const HALF_LIFE_DAYS = 30;
const WEIGHTS = { person: 3, topic: 2, place: 1 } as const;

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;

/** What a story can share with another, as keys such as "person:zelensky", each with its weight. */
function featuresOf(story: Story, labels: Labels): Map<string, number> {
  return new Map([
    ...story.data.people.map((person): [string, number] => [`person:${person.id}`, WEIGHTS.person]),
    ...labels.topics(story).map((topic): [string, number] => [`topic:${topic.slug}`, WEIGHTS.topic]),
    [`place:${labels.place(story).slug}`, WEIGHTS.place],
  ]);
}

/**
 * The related stories of every story, by slug: up to `limit` each, best first,
 * none when nothing is shared. Stories are only compared with those they share
 * something with (an index from each person, topic and place to its stories),
 * so a large archive is not compared pair by pair.
 */
export function relatedStories(stories: readonly Story[], labels: Labels, limit = RELATED_LIMIT): Map<string, Story[]> {
  const features = new Map(stories.map((story) => [story.slug, featuresOf(story, labels)]));
  const storiesWith = new Map<string, Story[]>();
  for (const story of stories) {
    for (const key of features.get(story.slug)!.keys()) {
      const list = storiesWith.get(key);
      if (list) list.push(story);
      else storiesWith.set(key, [story]);
    }
  }
  const related = new Map<string, Story[]>();
  for (const story of stories) {
    const shared = new Map<Story, number>();
    for (const [key, weight] of features.get(story.slug)!) {
      for (const other of storiesWith.get(key)!) {
        if (other.slug !== story.slug) shared.set(other, (shared.get(other) ?? 0) + weight);
      }
    }
    const day = dayNumber(story.data.dateline.date);
    const ranked = [...shared].map(([other, score]) => ({
      other,
      weight: score * 0.5 ** (Math.abs(dayNumber(other.data.dateline.date) - day) / HALF_LIFE_DAYS),
    }));
    ranked.sort(
      (a, b) =>
        b.weight - a.weight ||
        b.other.data.dateline.date.localeCompare(a.other.data.dateline.date) ||
        a.other.slug.localeCompare(b.other.slug),
    );
    related.set(
      story.slug,
      ranked.slice(0, limit).map(({ other }) => other),
    );
  }
  return related;
}
