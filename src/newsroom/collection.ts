/**
 * The articles a page may use, filtered by src/article/publishing.ts for this
 * build: drafts only under `astro dev`, killed stories in no list.
 */
import { getCollection } from 'astro:content';
import { hasPage, isListed, type BuildMode } from '../article/publishing.ts';

/**
 * This build's mode, the one test of it: drafts are previewed under `astro dev` only. Vite's
 * mode, not import.meta.env.DEV: DEV follows NODE_ENV, so `NODE_ENV=test astro build` (as
 * under vitest) would publish drafts. The mode is "development" under `astro dev` only.
 */
export const BUILD_MODE: BuildMode = { drafts: import.meta.env.MODE === 'development' };

/** Every article with an address in this build: its story, or its withdrawal notice. */
export const articlePages = () => getCollection('articles', ({ data }) => hasPage(data, BUILD_MODE));

/** The articles that get a social card: the same as the newsroom's stories (src/newsroom/newsroom.ts). */
export const listedArticles = () => getCollection('articles', ({ data }) => isListed(data, BUILD_MODE));
