/**
 * RSS 2.0 at /rss.xml, newest first. Every link is absolute and under the base,
 * because feed readers resolve nothing against the page they found the feed on.
 * The feed follows updates and corrections: each item says when it last
 * changed (dcterms:modified) and lastBuildDate is the latest such change, so
 * the file only changes when the news does, not on every build.
 */
import { base } from 'astro:config/client';
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { siteConfig } from '../site.config';
import { newsroom } from '../newsroom/newsroom';
import type { Story } from '../newsroom/stories';
import { lastTextChange, toUTCDate, toZonedISO } from '../article/dates';
import { absoluteUrl, articlePath } from '../page-data/urls';

/** Text for XML: the feed library escapes element text, but not text inside customData. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const modifiedAt = ({ data }: Story) => toUTCDate(lastTextChange(data), data.dateline.timeZone);

export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site ?? new URL(siteConfig.defaultSiteUrl);
  const { stories } = await newsroom();
  const lastChange = stories.map(modifiedAt).sort((a, b) => b.getTime() - a.getTime())[0];

  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    // Includes the base, so that the channel link is the front page under a sub-path.
    site: absoluteUrl('', siteUrl, base),
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      dcterms: 'http://purl.org/dc/terms/',
    },
    customData: [
      `<language>${siteConfig.lang}</language>`,
      lastChange ? `<lastBuildDate>${lastChange.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl('rss.xml', siteUrl, base)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: stories.map((story) => ({
      title: story.data.title,
      // Absolute already; the same URL becomes the item's permalink guid.
      link: absoluteUrl(articlePath(story.slug), siteUrl, base),
      pubDate: toUTCDate(story.data.dateline.date, story.data.dateline.timeZone),
      description: story.summary,
      categories: [story.data.section, ...story.data.tags],
      // RSS 2.0 has no per-item "updated" and its <author> wants an e-mail address;
      // Dublin Core has both, and feed readers know it.
      customData:
        `<dcterms:modified>${toZonedISO(lastTextChange(story.data), story.data.dateline.timeZone)}</dcterms:modified>` +
        `<dc:creator>${escapeXml(story.data.source.name)}</dc:creator>`,
    })),
  });
};
