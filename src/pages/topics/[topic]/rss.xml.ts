/** A topic's RSS at /topics/<slug>/rss.xml: its page's stories, newest first, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsroom } from '../../../newsroom/newsroom';
import type { Label } from '../../../newsroom/place-pages';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { topicPath } from '../../../page-data/urls';

export const getStaticPaths = (async () =>
  (await newsroom()).topics.map(({ label, stories }) => ({
    params: { topic: label.slug },
    props: { label, stories },
  }))) satisfies GetStaticPaths;

type Props = { label: Label; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { label, stories }, site }) =>
  rssResponse(await rssFeed(listChannel('Topic', label.name, topicPath(label.slug)), stories, addressOf(site, base)));
