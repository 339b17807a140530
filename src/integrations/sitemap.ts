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
import sitemap, { type LinkItem, type SitemapItem } from '@astrojs/sitemap';
import { normaliseBase } from '../page-data/urls.ts';
import { buildTime, isPast } from '../article/expiry.ts';
import type { SitemapDates } from './sitemap-dates.ts';
import { agencyCopyRobots } from '../site.config.ts';
import { EDITION_LANGUAGES, editionOf } from '../article/language.ts';

/**
 * Each story with versions in other languages: its versions' addresses by language, and
 * x-default, the original (a killed original's first translation stands in), as every
 * version's sitemap entry lists them (xhtml:link), the same as each page's head.
 */
function storyVersions(dates: Map<string, SitemapDates>, url: (path: string) => string): Map<string, LinkItem[]> {
  const families = new Map<string, { path: string; lang: string; original: boolean }[]>();
  for (const [path, { family, lang, original }] of dates) {
    if (family !== undefined) families.set(family, [...(families.get(family) ?? []), { path, lang, original }]);
  }
  const links = new Map<string, LinkItem[]>();
  for (const [family, members] of families) {
    if (members.length < 2) continue;
    const ranked = members.sort(
      (a, b) => EDITION_LANGUAGES.indexOf(editionOf(a.lang)) - EDITION_LANGUAGES.indexOf(editionOf(b.lang)),
    );
    const original = ranked.find((member) => member.original) ?? ranked[0];
    links.set(family, [
      ...ranked.map((member) => ({ lang: member.lang, url: url(member.path) })),
      { lang: 'x-default', url: url(original.path) },
    ]);
  }
  return links;
}

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
  let versions: Map<string, LinkItem[]> | undefined;
  const entry = (item: SitemapItem): SitemapItem | undefined => {
    versions ??= storyVersions(articleDates(), (path) => new URL(path, new URL(normaliseBase(base), item.url)).href);
    now ??= buildTime(process.env.SOURCE_DATE_EPOCH);
    const path = decodeURIComponent(new URL(item.url).pathname).slice(normaliseBase(base).length);
    const dates = articleDates().get(path);
    if (dates === undefined) return item;
    if (dates.lastmod === null || isPast(dates.expires, now)) return undefined;
    // A story whose page says noindex (agency copy under AGENCY_COPY_ROBOTS=noindex) has no place in a sitemap.
    if (dates.agencyCopy && agencyCopyRobots() === 'noindex') return undefined;
    const links = dates.family === undefined ? undefined : versions.get(dates.family);
    return { ...item, lastmod: dates.lastmod, ...(links ? { links } : {}) };
  };
  return [configured, sitemap({ serialize: entry })];
}
