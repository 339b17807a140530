/**
 * The front page and its older pages: `/`, then `/page/2/`, `/page/3/`, …
 * Older pages live under `page/` so that no page number can take another
 * page's address: at twenty stories a page, page 404 of an archive of ten
 * thousand stories would otherwise be `/404/`.
 */
export interface FrontPage<T> {
  /** 1 for the front page itself. */
  number: number;
  last: number;
  stories: T[];
  /** Its path under the base: "" or "page/2/". */
  path: string;
  /** The newer page's path, if any. */
  newer: string | undefined;
  /** The older page's path, if any. */
  older: string | undefined;
}

export function frontPagePath(number: number): string {
  return number === 1 ? '' : `page/${number}/`;
}

/** The stories (newest first) cut into pages of `perPage`; an empty archive still has its front page. */
export function frontPages<T>(stories: readonly T[], perPage: number): FrontPage<T>[] {
  const last = Math.max(1, Math.ceil(stories.length / perPage));
  return Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    return {
      number,
      last,
      stories: stories.slice(index * perPage, number * perPage),
      path: frontPagePath(number),
      newer: number > 1 ? frontPagePath(number - 1) : undefined,
      older: number < last ? frontPagePath(number + 1) : undefined,
    };
  });
}
