/**
 * A story as the pages around the articles see it (people, places and topics
 * pages, related stories, search filters): its address, its frontmatter, its
 * summary and every direct quotation in it. Built from a content entry once,
 * so those pages all read one shape.
 */
import type { Article } from '../article/schema.ts';
import type { ArticleQuote } from '../markdown/remark-quote-sidebar.ts';
import { newestFirst } from '../article/order.ts';
import { readDerived, summaryOf, type RenderedEntry } from '../markdown/derived.ts';

export interface Story {
  slug: string;
  /** The article's file, for messages. */
  file: string;
  data: Article;
  /** The standfirst, or the lede when there is none: what a card shows. */
  summary: string;
  quotes: readonly ArticleQuote[];
  /** The content entry it was built from, for the article page itself. */
  entry: RenderedEntry;
}

export function storyOf(entry: RenderedEntry): Story {
  const { allQuotes } = readDerived(entry);
  return {
    slug: entry.id,
    file: entry.filePath ?? entry.id,
    data: entry.data,
    summary: summaryOf(entry),
    quotes: allQuotes,
    entry,
  };
}

/** What a story's card shows in a list, and so all a list of cards must be keyed on. */
export interface StoryCard {
  slug: string;
  summary: string;
  data: Pick<Article, 'title' | 'dateline' | 'source' | 'section'>;
}

export function cardOf(story: Story): StoryCard {
  const { title, dateline, source, section } = story.data;
  return { slug: story.slug, summary: story.summary, data: { title, dateline, source, section } };
}

/** Newest first, in the front page's order (see newestFirst). */
export function storiesNewestFirst(stories: readonly Story[]): Story[] {
  return newestFirst(stories.map((story) => ({ id: story.slug, data: story.data, story }))).map(({ story }) => story);
}
