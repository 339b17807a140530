/**
 * The feeds people subscribe to: the site's RSS (/rss.xml) and JSON Feed 1.1
 * (/feed.json), and an RSS feed per topic, place and person
 * (/topics/nato/rss.xml, /places/kiev/rss.xml, /people/zelensky/rss.xml).
 * Each holds the newest FEED_LENGTH stories of its page, newest first, every
 * one built by src/page-data/feed-items.ts; the routes only pick the stories.
 *
 * Every address in a feed is absolute and under the base, because feed
 * readers resolve nothing against the page they found the feed on. A feed
 * follows updates and corrections: each item says when it last changed, and
 * the feed's own date is the latest such change, so the file changes only
 * when the news does, not on every build. Each edition has its feeds
 * (/fr/rss.xml), written in its words and naming its language.
 */
import { getRssString } from '@astrojs/rss';
import { siteConfig } from '../site.config.ts';
import { editionLang, stringsFor } from '../editions/edition.ts';
import { DEFAULT_EDITION } from '../article/language.ts';
import type { Story } from '../newsroom/stories.ts';
import type { SiteAddress } from './article-page.ts';
import { feedItem, type FeedItem } from './feed-items.ts';
import { absoluteUrl, editionPath, JSON_FEED_PATH, listFeedPath, SITE_RSS_PATH } from './urls.ts';

/** The deploy a route writes its feed for: Astro's `site`, else the default address. */
export const addressOf = (site: URL | undefined, base: string): SiteAddress => ({
  site: site ?? new URL(siteConfig.defaultSiteUrl),
  base,
});

/** Stories in each feed: a reader polls for what is new, and each item carries its full text. */
export const FEED_LENGTH = 50;

/** What a feed is of, and where it and its page live (paths under the base). */
export interface Channel {
  title: string;
  description: string;
  /** The page the feed follows: "" for the front page, "topics/nato/". */
  pagePath: string;
  /** The RSS feed's own path. */
  rssPath: string;
  /** The edition it is written in, whose language its `<language>` names. */
  edition: string;
}

/** An edition's feed of its front page: /rss.xml, /fr/rss.xml. */
export const siteChannel = (edition: string = DEFAULT_EDITION): Channel => ({
  title: siteConfig.name,
  description: stringsFor(edition).site.description,
  pagePath: editionPath(edition, ''),
  rssPath: editionPath(edition, SITE_RSS_PATH),
  edition,
});

const feedStrings = (edition: string) => stringsFor(edition).feeds;

/** Which of the edition's feed descriptions each kind of list takes. */
const ABOUT = { Topic: 'topic', Place: 'place', Person: 'person' } as const;

/** The feed of a topic's, place's or person's page: "The Dispatch: NATO". */
export function listChannel(kind: keyof typeof ABOUT, name: string, listPath: string, edition = DEFAULT_EDITION): Channel {
  const words = feedStrings(edition);
  return {
    title: words.listTitle(siteConfig.name, name),
    description: words[ABOUT[kind]](siteConfig.name, name),
    pagePath: listPath,
    rssPath: listFeedPath(listPath),
    edition,
  };
}

/** How a page names a feed in its `<link rel="alternate">`: "The Dispatch: NATO RSS". */
export const rssLinkTitle = (channel: Channel) => feedStrings(channel.edition).rssLink(channel.title);
export const jsonFeedTitle = (edition: string) => feedStrings(edition).jsonFeed(siteConfig.name);

/** The feed's items: the newest FEED_LENGTH of the stories, which come newest first. */
const itemsOf = (stories: readonly Story[], at: SiteAddress) => stories.slice(0, FEED_LENGTH).map((story) => feedItem(story, at));

const latestChange = (items: readonly FeedItem[]) =>
  items.reduce<FeedItem | undefined>(
    (latest, item) => (latest && latest.modifiedDate >= item.modifiedDate ? latest : item),
    undefined,
  );

/** Text for XML: the feed library escapes element text, but not text inside customData. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed, with each story's full text in content:encoded. */
export function rssFeed(channel: Channel, stories: readonly Story[], at: SiteAddress): Promise<string> {
  const items = itemsOf(stories, at);
  const lastChange = latestChange(items);
  return getRssString({
    title: channel.title,
    description: channel.description,
    // The page the feed follows, under the base.
    site: absoluteUrl(channel.pagePath, at.site, at.base),
    xmlns: {
      atom: 'http://www.w3.org/2005/Atom',
      dc: 'http://purl.org/dc/elements/1.1/',
      dcterms: 'http://purl.org/dc/terms/',
    },
    customData: [
      `<language>${editionLang(channel.edition)}</language>`,
      lastChange ? `<lastBuildDate>${lastChange.modifiedDate.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${absoluteUrl(channel.rssPath, at.site, at.base)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      // The library makes the link the item's guid, with isPermaLink="true": the guid rule above.
      link: item.id,
      pubDate: item.publishedDate,
      description: item.summary,
      content: item.contentHtml,
      categories: item.categories,
      // RSS 2.0 has no per-item "updated" and its <author> wants an e-mail address;
      // Dublin Core has both, and feed readers know it.
      customData:
        `<dcterms:modified>${item.modified}</dcterms:modified>` +
        item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
    })),
  });
}

/** What an RSS route answers (the build writes the body to its file). */
export const rssResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/xml' } });

/** An edition's JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): /feed.json, /fr/feed.json. */
export function jsonFeed(stories: readonly Story[], at: SiteAddress, edition: string = DEFAULT_EDITION): Record<string, unknown> {
  const channel = siteChannel(edition);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteUrl(channel.pagePath, at.site, at.base),
    feed_url: absoluteUrl(editionPath(edition, JSON_FEED_PATH), at.site, at.base),
    description: channel.description,
    language: editionLang(edition),
    items: itemsOf(stories, at).map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      summary: item.summary,
      date_published: item.published,
      date_modified: item.modified,
      authors: item.authors.map((name) => ({ name })),
      tags: item.categories,
      ...(item.lang ? { language: item.lang } : {}),
    })),
  };
}
