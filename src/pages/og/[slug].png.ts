/**
 * One social card per article, drawn at build time: /og/<slug>.png, the image
 * the article's og:image and JSON-LD point at (see socialCardPath).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../site.config';
import { formatLongDate } from '../../lib/dates';
import { datelineLabel } from '../../lib/dateline';
import { loadCardFonts, renderSocialCardPng } from '../../lib/social-card';
import { listedArticles } from '../../lib/collection';

export const getStaticPaths = (async () => {
  const entries = await listedArticles();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { article: entry.data } }));
}) satisfies GetStaticPaths;

// Read once per build, not once per article.
let fonts: ReturnType<typeof loadCardFonts> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const { dateline, source } = article;
  fonts ??= loadCardFonts();
  const png = await renderSocialCardPng(
    {
      headline: article.title,
      dateline: datelineLabel(dateline.place, source.agency),
      date: formatLongDate(dateline.date, dateline.timeZone),
      source: source.name,
      section: article.section,
      siteName: siteConfig.name,
    },
    fonts,
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
