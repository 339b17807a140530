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
import type { Labels } from './place-pages.ts';
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

interface Candidate {
  story: Story;
  weight: number;
}

/** Best first: the higher weight, then the newer story, then the slug, so the order never depends on input order. */
const better = (a: Candidate, b: Candidate) =>
  b.weight - a.weight ||
  b.story.data.dateline.date.localeCompare(a.story.data.dateline.date) ||
  a.story.slug.localeCompare(b.story.slug);

/** The first index in `list` (sorted by day) whose day is at least `day`. */
function firstFrom(list: readonly { day: number }[], day: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The related stories of every story, by slug: up to `limit` each, best first,
 * none when nothing is shared. Each story's candidates are the stories that
 * share something with it (an index from each person, topic and place to its
 * stories, ordered by day), visited nearest in time first; once even a story
 * sharing everything could not outweigh the last of the best so far, so far
 * away, the search stops. So a story is compared with its neighbours in time,
 * not with the whole archive, and the result is the same as ranking them all.
 */
export function relatedStories(stories: readonly Story[], labels: Labels, limit = RELATED_LIMIT): Map<string, Story[]> {
  const dayOf = new Map(stories.map((story) => [story, dayNumber(story.data.dateline.date)]));
  const features = new Map(stories.map((story) => [story, featuresOf(story, labels)]));
  const storiesWith = new Map<string, { story: Story; day: number }[]>();
  for (const story of stories) {
    for (const key of features.get(story)!.keys()) {
      const posting = { story, day: dayOf.get(story)! };
      const list = storiesWith.get(key);
      if (list) list.push(posting);
      else storiesWith.set(key, [posting]);
    }
  }
  for (const list of storiesWith.values()) list.sort((a, b) => a.day - b.day);

  const related = new Map<string, Story[]>();
  for (const story of stories) {
    const own = features.get(story)!;
    const day = dayOf.get(story)!;
    const most = [...own.values()].reduce((sum, weight) => sum + weight, 0);
    // Two cursors per shared key, one walking back in time and one forward.
    const cursors = [...own.keys()].flatMap((key) => {
      const list = storiesWith.get(key)!;
      const at = firstFrom(list, day);
      return [
        { list, index: at - 1, step: -1 },
        { list, index: at, step: 1 },
      ];
    });
    const best: Candidate[] = [];
    const seen = new Set<Story>([story]);
    for (;;) {
      let next: (typeof cursors)[number] | undefined;
      let nearest = Infinity;
      for (const cursor of cursors) {
        const posting = cursor.list[cursor.index];
        if (posting && Math.abs(posting.day - day) < nearest) {
          nearest = Math.abs(posting.day - day);
          next = cursor;
        }
      }
      if (!next) break;
      const bound = most * 0.5 ** (nearest / HALF_LIFE_DAYS);
      if (best.length === limit && bound < best[limit - 1].weight) break;
      const other = next.list[next.index].story;
      next.index += next.step;
      if (seen.has(other)) continue;
      seen.add(other);
      const theirs = features.get(other)!;
      let score = 0;
      for (const [key, weight] of own) if (theirs.has(key)) score += weight;
      best.push({ story: other, weight: score * 0.5 ** (nearest / HALF_LIFE_DAYS) });
      best.sort(better);
      if (best.length > limit) best.pop();
    }
    related.set(
      story.slug,
      best.map((candidate) => candidate.story),
    );
  }
  return related;
}
