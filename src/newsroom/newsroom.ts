/**
 * Everything the pages around the articles are derived from, computed from
 * the listed articles (src/article/publishing.ts: no draft outside `astro dev`,
 * no killed story) in one place: the stories, the people, place and topic
 * pages, where each story's place and tags link, and each story's related
 * stories. Every page that shows any of it reads it from here, so an
 * article's links and its person, place and topic pages cannot disagree.
 */
import { ARTICLES_FOLDER } from '../loading/articles-folder.ts';
import { cacheKeyOf } from '../cache/cache-keys.ts';
import { listedArticles } from './collection.ts';
import { listPages, pageParam } from './list-pages.ts';
import { personPages, type PersonPage } from './person-pages.ts';
import { loadPlaces } from '../loading/places-file.ts';
import { placesAndTopics, type Label, type Labels, type StoryGroup } from './place-pages.ts';
import { relatedStories } from './related.ts';
import { cardOf, storyOf, type Story, type StoryCard } from './stories.ts';

export interface Newsroom {
  stories: Story[];
  people: PersonPage[];
  places: StoryGroup[];
  topics: StoryGroup[];
  labels: Labels;
  related: Map<string, Story[]>;
}

export async function newsroom(): Promise<Newsroom> {
  const stories = (await listedArticles()).map(storyOf);
  const { places, topics, labels } = placesAndTopics(stories, loadPlaces(ARTICLES_FOLDER));
  return { stories, people: personPages(stories), places, topics, labels, related: relatedStories(stories, labels) };
}

/**
 * The pages of every place or topic, twenty stories to a page
 * (src/newsroom/list-pages.ts), each keyed on all it shows: its stories, its place
 * among the pages and the list's length.
 */
export function groupPages(groups: readonly StoryGroup[], perPage: number) {
  return groups.flatMap(({ label, stories }) =>
    listPages(stories.map(cardOf), perPage).map((page) => {
      const props = { label, page, total: stories.length };
      return { slug: label.slug, page: pageParam(page), props, cacheKey: cacheKeyOf(props) };
    }),
  );
}

/** What an article page shows of the pages around it: its place and topic links, the people it quotes, its related stories. */
export interface StoryAround {
  place: Label;
  topics: Label[];
  /** Ids of the people it quotes (the rest of its people it only names). */
  quoted: string[];
  related: StoryCard[];
}

export function aroundOf(story: Story, room: Newsroom): StoryAround {
  return {
    place: room.labels.place(story),
    topics: room.labels.topics(story),
    quoted: [...new Set(story.quotes.map((quote) => quote.personId))],
    related: (room.related.get(story.slug) ?? []).map(cardOf),
  };
}
