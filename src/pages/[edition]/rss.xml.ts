/** Another edition's RSS (/fr/rss.xml): its newest stories, in full, in its words. */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsroom } from '../../newsroom/newsroom';
import { editionPaths } from '../../newsroom/edition-paths';
import { addressOf, rssFeed, rssResponse, siteChannel } from '../../page-data/feeds';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) =>
  rssResponse(await rssFeed(siteChannel(params.edition), (await newsroom(params.edition)).stories, addressOf(site, base)));
