/**
 * Everything the pages around the articles are derived from, computed from
 * the articles of this build (src/article/publishing.ts: no draft outside
 * `astro dev`, no killed story in a list) in one place: the stories, the
 * people, place and topic pages, where each story's place and tags link, and
 * each story's related stories. Every page that shows any of it reads it from
 * here, so an article's links, the front page, the feed and the person, place
 * and topic pages cannot disagree.
 *
 * Each edition has a newsroom of its own, made of the stories in its
 * language (src/editions/edition.ts): its front page, feeds, indexes, search
 * filters and related stories never mix editions.
 *
 * It is derived once per build and edition, and kept while the articles and
 * the places file are unchanged: under `astro dev` the same module serves
 * every request, and an edit gives the edited entry a new digest.
 */
import type { CollectionEntry } from 'astro:content';
import { isListed } from '../article/publishing.ts';
import { DEFAULT_EDITION, editionOf } from '../article/language.ts';
import { ARTICLES_FOLDER } from '../loading/articles-folder.ts';
import { loadPlaces, type PlaceDeclaration } from '../loading/places-file.ts';
import { articlePages, BUILD_MODE } from './collection.ts';
import { listPages, pageParam } from './list-pages.ts';
import { personPages, type PersonPage } from './person-pages.ts';
import { placesAndTopics, type Label, type Labels, type StoryGroup } from './place-pages.ts';
import { relatedStories } from './related.ts';
import { cardOf, storiesNewestFirst, storyOf, type StoriesNewestFirst, type Story, type StoryCard } from './stories.ts';

/** An article with an address in this build, with its story when it is listed (a killed story has none). */
export interface ArticlePage {
  entry: CollectionEntry<'articles'>;
  story: Story | undefined;
}

export interface Newsroom {
  articles: ArticlePage[];
  /** The listed stories, newest first: the front page and the feed in that order. */
  stories: StoriesNewestFirst;
  people: PersonPage[];
  places: StoryGroup[];
  topics: StoryGroup[];
  labels: Labels;
  related: Map<string, Story[]>;
}

const derived = new Map<string, { key: string; room: Newsroom }>();

/** The newsroom of an edition (the default one unless given): its articles with a page in this build. */
export async function newsroom(edition: string = DEFAULT_EDITION): Promise<Newsroom> {
  const entries = (await articlePages()).filter((entry) => editionOf(entry.data.lang) === edition);
  const declarations = loadPlaces(ARTICLES_FOLDER);
  const key = JSON.stringify([declarations, entries.map(({ id, digest }) => [id, digest])]);
  let made = derived.get(edition);
  if (made?.key !== key) derived.set(edition, (made = { key, room: derive(entries, declarations) }));
  return made.room;
}

function derive(entries: CollectionEntry<'articles'>[], declarations: PlaceDeclaration[]): Newsroom {
  const articles = entries.map((entry) => ({ entry, story: isListed(entry.data, BUILD_MODE) ? storyOf(entry) : undefined }));
  const stories = storiesNewestFirst(articles.flatMap(({ story }) => (story ? [story] : [])));
  const { places, topics, labels } = placesAndTopics(stories, declarations);
  return { articles, stories, people: personPages(stories), places, topics, labels, related: relatedStories(stories, labels) };
}

/**
 * The pages of every place or topic, twenty stories to a page
 * (src/newsroom/list-pages.ts), each with all it shows: its stories, its place
 * among the pages and the list's length.
 */
export function groupPages(groups: readonly StoryGroup[], perPage: number) {
  return groups.flatMap(({ label, stories }) =>
    listPages(stories.map(cardOf), perPage).map((page) => ({
      slug: label.slug,
      page: pageParam(page),
      props: { label, page, total: stories.length },
    })),
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
