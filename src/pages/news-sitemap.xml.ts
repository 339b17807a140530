/**
 * /news-sitemap.xml: the Google News sitemap of the stories of the last two
 * days before the build's time (SOURCE_DATE_EPOCH when set), listed in
 * robots.txt. What it holds is decided in src/page-data/news-sitemap.ts;
 * unmodified agency copy is left out when the site keeps it out of Google News
 * (AGENCY_COPY_ROBOTS no-news or noindex, src/site.config.ts). It is the
 * site's, so it lists every edition's stories, each in its own language.
 */
import { base } from 'astro:config/client';
import type { APIRoute } from 'astro';
import { agencyCopyRobots, siteConfig } from '../site.config';
import { newsroom } from '../newsroom/newsroom';
import { otherEditions } from '../newsroom/edition-paths';
import { DEFAULT_EDITION } from '../article/language';
import { buildTime } from '../article/expiry';
import { absoluteUrl, articlePath } from '../page-data/urls';
import { newsSitemapXml, newsStories } from '../page-data/news-sitemap';
import { isUnmodifiedAgencyCopy } from '../article/publishing';

export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site ?? new URL(siteConfig.defaultSiteUrl);
  const editions = [DEFAULT_EDITION, ...(await otherEditions())];
  const stories = (await Promise.all(editions.map(async (edition) => (await newsroom(edition)).stories))).flat();
  const inNews = agencyCopyRobots() === 'index' ? stories : stories.filter((story) => !isUnmodifiedAgencyCopy(story.data));
  const listed = inNews.map((story) => ({
    url: absoluteUrl(articlePath(story.slug, story.data.lang), siteUrl, base),
    data: story.data,
  }));
  const xml = newsSitemapXml(newsStories(listed, buildTime(process.env.SOURCE_DATE_EPOCH)), {
    name: siteConfig.name,
    lang: siteConfig.lang,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
