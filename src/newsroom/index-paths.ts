/**
 * The routes of an edition's people, place and topic pages and their feeds
 * (src/newsroom/edition-paths.ts says how another edition's reuse them): each
 * edition's are made of its own stories only.
 */
import { keyedPath } from '../cache/cache-keys.ts';
import { DEFAULT_EDITION } from '../article/language.ts';
import { siteConfig } from '../site.config.ts';
import { pageParam } from './list-pages.ts';
import { groupPages, newsroom } from './newsroom.ts';
import { personListPages } from './person-pages.ts';

/** A place's pages, twenty stories to a page; spellings declared in places.yaml share a page. */
export const placePaths = async (edition: string = DEFAULT_EDITION) =>
  groupPages((await newsroom(edition)).places, siteConfig.storiesPerPage).map(({ slug, page, props }) =>
    keyedPath({ place: slug, page }, props),
  );

/** A topic's pages; tags that differ only in case or accents share a page. */
export const topicPaths = async (edition: string = DEFAULT_EDITION) =>
  groupPages((await newsroom(edition)).topics, siteConfig.storiesPerPage).map(({ slug, page, props }) =>
    keyedPath({ topic: slug, page }, props),
  );

/** A person's pages. */
export const personPaths = async (edition: string = DEFAULT_EDITION) =>
  (await newsroom(edition)).people.flatMap((person) =>
    personListPages(person, siteConfig.storiesPerPage).map((props) =>
      keyedPath({ person: person.id, page: pageParam(props.page) }, props),
    ),
  );

/** A place's feed: its page's stories. */
export const placeFeedPaths = async (edition: string = DEFAULT_EDITION) =>
  (await newsroom(edition)).places.map(({ label, stories }) => ({ params: { place: label.slug }, props: { label, stories } }));

/** A topic's feed: its page's stories. */
export const topicFeedPaths = async (edition: string = DEFAULT_EDITION) =>
  (await newsroom(edition)).topics.map(({ label, stories }) => ({ params: { topic: label.slug }, props: { label, stories } }));

/** A person's feed: every story that quotes or names them. */
export async function personFeedPaths(edition: string = DEFAULT_EDITION) {
  const { people, stories } = await newsroom(edition);
  // Both of a person's lists are newest first; together, they keep the front page's order.
  const order = new Map(stories.map((story, index) => [story, index]));
  return people.map(({ id, name, quoted, mentioned }) => ({
    params: { person: id },
    props: {
      id,
      name,
      stories: [...quoted, ...mentioned].map(({ story }) => story).sort((a, b) => order.get(a)! - order.get(b)!),
    },
  }));
}
