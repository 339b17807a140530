/**
 * One social card per article, drawn at build time: /og/<slug>.png, the image
 * the article's og:image and JSON-LD point at (see socialCardPath).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng, socialCardOf } from '../../social-card/draw-ahead';
import { keyedPath } from '../../cache/cache-keys';
import { listedArticles } from '../../newsroom/collection';

// A card is drawn once: the incremental build restores it from Astro's cache
// until what it shows changes (its drawing code, fonts and renderer versions
// are in Astro's own check: the route's module graph and the lockfile).
// Most are drawn ahead, while the article pages render: src/social-card/draw-ahead.ts.
export const getStaticPaths = (async () => {
  const entries = await listedArticles();
  return entries.map((entry) => keyedPath({ slug: entry.id }, socialCardOf(entry.data)));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card, key } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(new Uint8Array(await cardPng(card, key)), { headers: { 'Content-Type': 'image/png' } });
};
