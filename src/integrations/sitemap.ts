/**
 * The sitemap: @astrojs/sitemap lists the pages that ask to be indexed, and
 * each article is dated from its data by the function its page's
 * `article:modified_time` uses (sitemap-dates.ts); a killed story, whose
 * notice says noindex, leaves it, as does unmodified agency copy when the site
 * keeps it out of every index (AGENCY_COPY_ROBOTS=noindex), and a story whose wire item expired
 * before the build's time (SOURCE_DATE_EPOCH when set). Drafts have no page, so the sitemap never
 * meets them. The base path is final only once the config is, hence the hook.
 */
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { normaliseBase } from '../page-data/urls.ts';
import { buildTime, isPast } from '../article/expiry.ts';
import type { SitemapDates } from './sitemap-dates.ts';
import { agencyCopyRobots } from '../site.config.ts';

/**
 * The sitemap integration and, before it, the hook that tells it the base path;
 * `articleDates` gives this build's dates of the articles (article-facts.ts).
 */
export function sitemapIntegrations(articleDates: () => Map<string, SitemapDates>): AstroIntegration[] {
  let base = '/';
  let now: Date | undefined;
  const configured: AstroIntegration = {
    name: 'sitemap-base',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
    },
  };
  const entry = (item: SitemapItem): SitemapItem | undefined => {
    now ??= buildTime(process.env.SOURCE_DATE_EPOCH);
    const path = decodeURIComponent(new URL(item.url).pathname).slice(normaliseBase(base).length);
    const dates = articleDates().get(path);
    if (dates === undefined) return item;
    if (dates.lastmod === null || isPast(dates.expires, now)) return undefined;
    // A story whose page says noindex (agency copy under AGENCY_COPY_ROBOTS=noindex) has no place in a sitemap.
    if (dates.agencyCopy && agencyCopyRobots() === 'noindex') return undefined;
    return { ...item, lastmod: dates.lastmod };
  };
  return [configured, sitemap({ serialize: entry })];
}
