/** The site's RSS at /rss.xml: the newest stories of the front page, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute } from 'astro';
import { newsroom } from '../newsroom/newsroom';
import { addressOf, rssFeed, rssResponse, siteChannel } from '../page-data/feeds';

export const GET: APIRoute = async ({ site }) =>
  rssResponse(await rssFeed(siteChannel(), (await newsroom()).stories, addressOf(site, base)));
