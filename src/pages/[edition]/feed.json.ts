/** Another edition's JSON Feed (/fr/feed.json): the same stories as its RSS. */
import { base } from 'astro:config/client';
import type { APIRoute, GetStaticPaths } from 'astro';
import { newsroom } from '../../newsroom/newsroom';
import { editionPaths } from '../../newsroom/edition-paths';
import { addressOf, jsonFeed } from '../../page-data/feeds';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) =>
  new Response(JSON.stringify(jsonFeed((await newsroom(params.edition)).stories, addressOf(site, base), params.edition)), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
