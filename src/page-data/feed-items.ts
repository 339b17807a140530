/**
 * One story as an item of every feed (the site's RSS and JSON Feed, each
 * topic's, place's and person's RSS), built in this one place so that the
 * feeds cannot disagree about a story.
 *
 * The guid rule: an item's id (RSS `guid`, JSON Feed `id`) is the article's
 * permanent address, the same as its link, so RSS marks it `isPermaLink`. It
 * holds no version, date or update time: an update or a correction changes the
 * item's text and its modified date, never its id, so a reader that has shown
 * the story once shows it again as the same story, not as a new one.
 */
import type { Story } from '../newsroom/stories.ts';
import { lastTextChange, toUTCDate, toZonedISO } from '../article/dates.ts';
import type { SiteAddress } from './article-page.ts';
import { fullText } from './feed-text.ts';
import { absoluteUrl, articlePath } from './urls.ts';

export interface FeedItem {
  /** The guid: the article's permanent address, never a version. */
  id: string;
  url: string;
  title: string;
  /** The standfirst, or the lede. */
  summary: string;
  /** The story as filed, as the page renders it (src/page-data/feed-text.ts). */
  contentHtml: string;
  /** The publication day's start in the story's zone, with its offset: "2021-12-01T00:00:00+02:00". */
  published: string;
  /** The same instant, for RSS's RFC 822 dates. */
  publishedDate: Date;
  /** When its text last changed: an update or a correction. */
  modified: string;
  modifiedDate: Date;
  /** The section, then the tags. */
  categories: string[];
  /** The writers the byline names, else the agency. */
  authors: string[];
  /** The story's own language, when it is not the site's. */
  lang: string | undefined;
}

/** Items already built, per story and deploy: a story is in several feeds of one build. */
const built = new WeakMap<Story, Map<string, FeedItem>>();

export function feedItem(story: Story, at: SiteAddress): FeedItem {
  const key = `${at.site.href} ${at.base}`;
  const known = built.get(story) ?? new Map<string, FeedItem>();
  built.set(story, known);
  let item = known.get(key);
  if (item === undefined) known.set(key, (item = buildItem(story, at)));
  return item;
}

function buildItem({ slug, data, summary, text }: Story, at: SiteAddress): FeedItem {
  const url = absoluteUrl(articlePath(slug, data.lang), at.site, at.base);
  const { timeZone } = data.dateline;
  const modified = lastTextChange(data);
  return {
    id: url,
    url,
    title: data.title,
    summary,
    contentHtml: fullText({
      standfirst: data.standfirst,
      ledeHtml: text.lede.html,
      html: text.html,
      place: data.dateline.place,
      agency: data.source.agency,
      timeZone,
      corrections: data.corrections,
      url,
      lang: data.lang,
    }),
    published: toZonedISO(data.dateline.date, timeZone),
    publishedDate: toUTCDate(data.dateline.date, timeZone),
    modified: toZonedISO(modified, timeZone),
    modifiedDate: toUTCDate(modified, timeZone),
    categories: [data.section, ...data.tags],
    authors: data.byline?.length ? data.byline.map((writer) => writer.name) : [data.source.name],
    lang: data.lang,
  };
}
