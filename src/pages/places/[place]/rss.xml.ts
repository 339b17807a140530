/** A dateline place's RSS at /places/<slug>/rss.xml: its page's stories, newest first, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { placeFeedPaths } from '../../../newsroom/index-paths';
import type { Label } from '../../../newsroom/place-pages';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { editionPath, placePath } from '../../../page-data/urls';

export const getStaticPaths = (() => placeFeedPaths()) satisfies GetStaticPaths;

type Props = { label: Label; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { label, stories }, params, site }) =>
  rssResponse(
    await rssFeed(
      listChannel('Place', label.name, editionPath(params.edition, placePath(label.slug)), params.edition),
      stories,
      addressOf(site, base),
    ),
  );
