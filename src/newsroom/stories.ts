/**
 * A story as the pages around the articles see it (people, places and topics
 * pages, related stories, search filters, the feeds): its address, its
 * frontmatter, its summary, every direct quotation in it and its text as
 * rendered. Built from a content entry once,
 * so those pages all read one shape.
 */
import type { Article } from '../article/schema.ts';
import type { ArticleQuote } from '../markdown/remark-quote-sidebar.ts';
import { newestFirst } from '../article/order.ts';
import { readDerived, summaryOf, type RenderedEntry } from '../markdown/derived.ts';
import type { Lede } from '../markdown/rehype-lede.ts';

export interface Story {
  slug: string;
  data: Article;
  /** The standfirst, or the lede when there is none: what a card shows. */
  summary: string;
  quotes: readonly ArticleQuote[];
  /** The body as the article page renders it: its lede, and the rest as HTML (the feeds carry it whole). */
  text: { lede: Lede; html: string };
}

export function storyOf(entry: RenderedEntry): Story {
  const { allQuotes, lede, html } = readDerived(entry);
  return { slug: entry.id, data: entry.data, summary: summaryOf(entry), quotes: allQuotes, text: { lede, html } };
}

/** What a story's card shows in a list, and so all a list of cards must be keyed on. */
export interface StoryCard {
  slug: string;
  summary: string;
  data: Pick<Article, 'title' | 'dateline' | 'source' | 'section' | 'lang'>;
}

export function cardOf(story: Story): StoryCard {
  const { title, dateline, source, section, lang } = story.data;
  return { slug: story.slug, summary: story.summary, data: { title, dateline, source, section, lang } };
}

declare const sorted: unique symbol;

/**
 * Stories newest first, in the front page's order (see newestFirst). The
 * newsroom sorts them once per build; every list is cut from them in that
 * order, and the type says a list was.
 */
export type StoriesNewestFirst = readonly Story[] & { readonly [sorted]: true };

export function storiesNewestFirst(stories: readonly Story[]): StoriesNewestFirst {
  return newestFirst(stories, (story) => ({ id: story.slug, data: story.data })) as readonly Story[] as StoriesNewestFirst;
}
