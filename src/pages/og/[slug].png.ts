/**
 * One social card per article, drawn at build time: /og/<slug>.png, the image
 * the article's og:image and JSON-LD point at (see socialCardPath).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../site.config';
import { formatLongDate } from '../../lib/dates';
import { datelineLabel } from '../../lib/dateline';
import { createCardRenderer, loadCardFonts, type CardRenderer, type SocialCard } from '../../lib/social-card';
import { cacheKeyOf } from '../../lib/cache-keys';
import { listedArticles } from '../../lib/collection';
import type { Article } from '../../lib/schema';

/** Everything a card shows. */
function cardOf({ title, dateline, source, section }: Article): SocialCard {
  return {
    headline: title,
    dateline: datelineLabel(dateline.place, source.agency),
    date: formatLongDate(dateline.date, dateline.timeZone),
    source: source.name,
    section,
    siteName: siteConfig.name,
  };
}

// A card is drawn once: the incremental build restores it from Astro's cache
// until what it shows changes (its drawing code, fonts and renderer versions
// are in Astro's own check: the route's module graph and the lockfile).
export const getStaticPaths = (async () => {
  const entries = await listedArticles();
  return entries.map((entry) => {
    const card = cardOf(entry.data);
    return { params: { slug: entry.id }, props: { card }, cacheKey: cacheKeyOf(card) };
  });
}) satisfies GetStaticPaths;

// Fonts read and registered once per build, not once per article.
let renderer: Promise<CardRenderer> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  renderer ??= createCardRenderer(loadCardFonts());
  const png = await (await renderer).draw(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
