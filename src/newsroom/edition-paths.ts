/**
 * The routes of each edition. The default edition's pages are where they
 * always were; another edition's (/fr/) are the same pages, rendered by the
 * routes under src/pages/[edition]/ with the edition as their `edition`
 * parameter, which Astro's i18n routing reads as the page's locale, so every
 * word on them is the edition's. An edition has pages only when this build
 * publishes an article in it: a site in one language has no other edition.
 */
import { keyedPath } from '../cache/cache-keys.ts';
import { DEFAULT_EDITION, EDITION_LANGUAGES, editionOf } from '../article/language.ts';
import { agencyCopyRobots, siteConfig } from '../site.config.ts';
import { readDerived } from '../markdown/derived.ts';
import { articlePages } from './collection.ts';
import { listPages, pageParam } from './list-pages.ts';
import { aroundOf, newsroom } from './newsroom.ts';
import { cardOf } from './stories.ts';
import { storyVersions } from './translations.ts';

/** The editions besides the default that this build publishes: those with an article with a page. */
export async function otherEditions(): Promise<string[]> {
  const entries = await articlePages();
  return EDITION_LANGUAGES.filter(
    (edition) => edition !== DEFAULT_EDITION && entries.some((entry) => editionOf(entry.data.lang) === edition),
  );
}

/** A route's paths in every other edition: what `pathsIn` gives for each, with the edition as the `edition` parameter. */
export async function inOtherEditions<Path extends { params: object }>(
  pathsIn: (edition: string) => Promise<readonly Path[]>,
): Promise<(Path & { params: Path['params'] & { edition: string } })[]> {
  const editions = await otherEditions();
  const paths = await Promise.all(
    editions.map(async (edition) => (await pathsIn(edition)).map((path) => ({ ...path, params: { ...path.params, edition } }))),
  );
  return paths.flat();
}

/** A single page of every other edition (its search page, its 404): no parameter but the edition. */
export const editionPaths = () => inOtherEditions(() => Promise.resolve([{ params: {} }]));

/**
 * The front page and its older pages. One changed story re-renders only the
 * page that lists it (and all of them when one is added).
 */
export async function frontPagePaths(edition: string = DEFAULT_EDITION) {
  const pages = listPages((await newsroom(edition)).stories.map(cardOf), siteConfig.storiesPerPage);
  return pages.map((page) => keyedPath({ page: pageParam(page) }, { page }));
}

/** Every article page: its story, or the notice of a killed one, which shows none of its text, links or related stories. */
export async function articlePaths(edition: string = DEFAULT_EDITION) {
  const room = await newsroom(edition);
  const robots = agencyCopyRobots();
  const translations = await storyVersions();
  // The quotation sidebar's quotes, not every quotation: those are the people pages' concern.
  const body = (entry: (typeof room.articles)[number]['entry']) => {
    const { lede, html, quotes, traces } = readDerived(entry);
    return { lede, html, quotes, traces };
  };
  // Only a story with versions in other languages carries them, so the others' props (and keys) are as before.
  const versionsOf = (slug: string) => {
    const versions = translations.get(slug);
    return versions ? { versions } : {};
  };
  return room.articles.map(({ entry, story }) =>
    keyedPath(
      { slug: entry.id },
      {
        slug: entry.id,
        article: entry.data,
        story: story && { ...body(entry), around: aroundOf(story, room), robots, ...versionsOf(entry.id) },
      },
    ),
  );
}
