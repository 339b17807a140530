/**
 * Which articles a build publishes, and where. The one rule every page, list,
 * feed and social card follows, so a draft or a killed story cannot leak
 * through one of them:
 *
 * - a draft (`draft: true`) has a page in `astro dev` only, and is listed there;
 * - a killed story (`withdrawn`) keeps its address, which serves a withdrawal
 *   notice, but leaves every list: front page, feed, sitemap, social cards.
 */
import type { Article } from './schema.ts';

type Status = Pick<Article, 'draft' | 'withdrawn'>;

export interface BuildMode {
  /** True under `astro dev`, where editors preview drafts. */
  drafts: boolean;
}

/**
 * Whether a story is the agency's copy as filed: the newsroom added no
 * reporting of its own (`source.ownReporting`). The site's robots choice for
 * agency copy (AGENCY_COPY_ROBOTS) applies to such a story.
 */
export function isUnmodifiedAgencyCopy(article: { source: { ownReporting?: boolean | undefined } }): boolean {
  return article.source.ownReporting !== true;
}

/** Whether the article has an address in this build (its story, or its withdrawal notice). */
export function hasPage(article: Status, mode: BuildMode): boolean {
  return mode.drafts || !article.draft;
}

/** Whether the article appears on the front page, in the feed, in the sitemap and gets a social card. */
export function isListed(article: Status, mode: BuildMode): boolean {
  return hasPage(article, mode) && article.withdrawn === undefined;
}
