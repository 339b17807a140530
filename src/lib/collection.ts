/**
 * The articles a page may use, filtered by src/lib/publishing.ts for this
 * build: drafts only under `astro dev`, killed stories in no list.
 */
import { getCollection } from 'astro:content';
import { hasPage, isListed, type BuildMode } from './publishing';

const mode: BuildMode = { drafts: import.meta.env.DEV };

/** Every article with an address in this build: its story, or its withdrawal notice. */
export const articlePages = () => getCollection('articles', ({ data }) => hasPage(data, mode));

/** The articles the front page, the feed, the sitemap and the social cards list. */
export const listedArticles = () => getCollection('articles', ({ data }) => isListed(data, mode));
