/**
 * A person's RSS at /people/<id>/rss.xml: every story that quotes or names
 * them, newest first, in full (src/page-data/feeds.ts).
 */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsroom } from '../../../newsroom/newsroom';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { personPath } from '../../../page-data/urls';

export const getStaticPaths = (async () => {
  const { people, stories } = await newsroom();
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
}) satisfies GetStaticPaths;

type Props = { id: string; name: string; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { id, name, stories }, site }) =>
  rssResponse(await rssFeed(listChannel('Person', name, personPath(id)), stories, addressOf(site, base)));
