/**
 * The articles a page may use, filtered by src/article/publishing.ts for this
 * build: drafts only under `astro dev`, killed stories in no list.
 */
import { getCollection } from 'astro:content';
import { hasPage, isListed, type BuildMode } from '../article/publishing.ts';

// Vite's mode, not import.meta.env.DEV: DEV follows NODE_ENV, so `NODE_ENV=test astro build`
// (as under vitest) would publish drafts. The mode is "development" under `astro dev` only.
const mode: BuildMode = { drafts: import.meta.env.MODE === 'development' };

/** Every article with an address in this build: its story, or its withdrawal notice. */
export const articlePages = () => getCollection('articles', ({ data }) => hasPage(data, mode));

/** The articles the front page, the feed, the sitemap and the social cards list. */
export const listedArticles = () => getCollection('articles', ({ data }) => isListed(data, mode));
