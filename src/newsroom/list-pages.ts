/**
 * A list of stories cut into pages: the front page, `/`, then `/page/2/`,
 * `/page/3/`, …; a place's, topic's or person's page the same way under its
 * own address (`/topics/ukraine/page/2/`). Older pages live under `page/` so
 * that no page number can take another page's address: at twenty stories a
 * page, page 404 of an archive of ten thousand stories would otherwise be `/404/`.
 */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  last: number;
  stories: T[];
  /** Its path under the list's own: "" or "page/2/". */
  path: string;
  /** The newer page's path, if any. */
  newer: string | undefined;
  /** The older page's path, if any. */
  older: string | undefined;
}

function listPagePath(number: number): string {
  return number === 1 ? '' : `page/${number}/`;
}

/** The stories (newest first) cut into pages of `perPage`; an empty list still has its first page. */
export function listPages<T>(stories: readonly T[], perPage: number): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(stories.length / perPage));
  return Array.from({ length: last }, (_, index) => {
    const number = index + 1;
    return {
      number,
      last,
      stories: stories.slice(index * perPage, number * perPage),
      path: listPagePath(number),
      newer: number > 1 ? listPagePath(number - 1) : undefined,
      older: number < last ? listPagePath(number + 1) : undefined,
    };
  });
}

/** The page's `[...page]` route parameter: none for the first page, "page/2" for the second. */
export function pageParam(page: Pick<ListPage<unknown>, 'path'>): string | undefined {
  return page.path.slice(0, -1) || undefined;
}
