/**
 * The Google News sitemap: the stories published in the two days before the
 * build's time (src/article/expiry.ts), newest first, at most 1,000, each with
 * its publication (the site's name and the story's language), its publication
 * instant and its headline. A story that has expired is not in it; drafts and
 * killed stories never reach it, because it lists the newsroom's stories.
 * Written as an XML tree (@xmldom/xmldom), so no headline can break it.
 */
import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';
import type { Article } from '../article/schema.ts';
import { toUTCDate, toZonedISO } from '../article/dates.ts';
import { hasExpired } from '../article/expiry.ts';
import { storyLang } from '../article/language.ts';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** How far back the news sitemap reaches, and how many stories it may hold (Google's limits). */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

export interface NewsStory {
  /** The story's page, absolute. */
  url: string;
  data: Pick<Article, 'title' | 'dateline' | 'source' | 'lang'>;
}

/** The stories the news sitemap lists at `now`: published within the window, not expired, newest first. */
export function newsStories<T extends NewsStory>(stories: readonly T[], now: Date): T[] {
  const published = (story: NewsStory) => toUTCDate(story.data.dateline.date, story.data.dateline.timeZone).getTime();
  return stories
    .filter((story) => {
      const at = published(story);
      return at <= now.getTime() && at > now.getTime() - NEWS_WINDOW_MS && !hasExpired(story.data, now);
    })
    .sort((a, b) => published(b) - published(a))
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/** Google News asks for ISO 639 codes ("en", "de"), Chinese as "zh-cn" or "zh-tw". */
export function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-tw') return lower;
  if (lower.startsWith('zh-hant') || lower === 'zh-hk') return 'zh-tw';
  if (lower.startsWith('zh')) return 'zh-cn';
  return lower.split('-')[0];
}

export interface Publication {
  name: string;
  /** The site's language, for stories that give none. */
  lang: string;
}

/** The sitemap's XML for the stories given (already chosen by newsStories). */
export function newsSitemapXml(stories: readonly NewsStory[], publication: Publication): string {
  const doc = new DOMImplementation().createDocument(SITEMAP_NS, 'urlset', null);
  const urlset = doc.documentElement!;
  urlset.setAttribute('xmlns:news', NEWS_NS);
  const add = (parent: Element, ns: string, name: string, text?: string) => {
    const element = doc.createElementNS(ns, name);
    if (text !== undefined) element.appendChild(doc.createTextNode(text));
    parent.appendChild(element);
    return element;
  };
  for (const { url, data } of stories) {
    const entry = add(urlset, SITEMAP_NS, 'url');
    add(entry, SITEMAP_NS, 'loc', url);
    const news = add(entry, NEWS_NS, 'news:news');
    const pub = add(news, NEWS_NS, 'news:publication');
    add(pub, NEWS_NS, 'news:name', publication.name);
    add(pub, NEWS_NS, 'news:language', newsLanguage(storyLang(data.lang, publication.lang) ?? publication.lang));
    add(news, NEWS_NS, 'news:publication_date', toZonedISO(data.dateline.date, data.dateline.timeZone));
    add(news, NEWS_NS, 'news:title', data.title);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
