/** A topic's RSS at /topics/<slug>/rss.xml: its page's stories, newest first, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFeedPaths } from '../../../newsroom/index-paths';
import type { Label } from '../../../newsroom/place-pages';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { editionPath, topicPath } from '../../../page-data/urls';

export const getStaticPaths = (() => topicFeedPaths()) satisfies GetStaticPaths;

type Props = { label: Label; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { label, stories }, params, site }) =>
  rssResponse(
    await rssFeed(
      listChannel('Topic', label.name, editionPath(params.edition, topicPath(label.slug)), params.edition),
      stories,
      addressOf(site, base),
    ),
  );
