/** The site's JSON Feed 1.1 at /feed.json: the same stories as /rss.xml, in full (src/page-data/feeds.ts). */
import { base } from 'astro:config/client';
import type { APIRoute } from 'astro';
import { newsroom } from '../newsroom/newsroom';
import { addressOf, jsonFeed } from '../page-data/feeds';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(jsonFeed((await newsroom()).stories, addressOf(site, base))), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
