/**
 * One social card per article, drawn at build time: /og/<slug>.png, the image
 * the article's og:image and JSON-LD point at (see socialCardPath).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { siteConfig } from '../../site.config';
import { formatLongDate } from '../../lib/dates';
import { datelineLabel } from '../../lib/dateline';
import { createCardRenderer, loadCardFonts, type CardRenderer } from '../../lib/social-card';

export const getStaticPaths = (async () => {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { article: entry.data } }));
}) satisfies GetStaticPaths;

// Fonts read and registered once per build, not once per article.
let renderer: Promise<CardRenderer> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { dateline, source } = article;
  renderer ??= createCardRenderer(loadCardFonts());
  const png = await (await renderer).draw({
    headline: article.title,
    dateline: datelineLabel(dateline.place, source.agency),
    date: formatLongDate(dateline.date, dateline.timeZone),
    source: source.name,
    section: article.section,
    siteName: siteConfig.name,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
