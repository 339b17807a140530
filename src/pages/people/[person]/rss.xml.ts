/**
 * A person's RSS at /people/<id>/rss.xml: every story that quotes or names
 * them, newest first, in full (src/page-data/feeds.ts).
 */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { personFeedPaths } from '../../../newsroom/index-paths';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { editionPath, personPath } from '../../../page-data/urls';

export const getStaticPaths = (() => personFeedPaths()) satisfies GetStaticPaths;

type Props = { id: string; name: string; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { id, name, stories }, params, site }) =>
  rssResponse(
    await rssFeed(
      listChannel('Person', name, editionPath(params.edition, personPath(id)), params.edition),
      stories,
      addressOf(site, base),
    ),
  );
