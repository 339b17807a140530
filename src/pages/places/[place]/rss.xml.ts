/** A dateline place's RSS at /places/<slug>/rss.xml: its page's stories, newest first, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsroom } from '../../../newsroom/newsroom';
import type { Label } from '../../../newsroom/place-pages';
import type { Story } from '../../../newsroom/stories';
import { addressOf, listChannel, rssFeed, rssResponse } from '../../../page-data/feeds';
import { placePath } from '../../../page-data/urls';

export const getStaticPaths = (async () =>
  (await newsroom()).places.map(({ label, stories }) => ({
    params: { place: label.slug },
    props: { label, stories },
  }))) satisfies GetStaticPaths;

type Props = { label: Label; stories: Story[] };

export const GET: APIRoute<Props> = async ({ props: { label, stories }, site }) =>
  rssResponse(await rssFeed(listChannel('Place', label.name, placePath(label.slug)), stories, addressOf(site, base)));
