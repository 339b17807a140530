import type { Article } from './schema.ts';

interface Dated {
  data: Pick<Article, 'dateline' | 'title'>;
  id: string;
}

/**
 * Newest first. Items are compared by publication day (ISO strings sort as dates);
 * on the same day by headline, then id, so the order never depends on the file system.
 * `datedOf` gives an item's id and the article it is dated by.
 */
export function newestFirst<T>(items: readonly T[], datedOf: (item: T) => Dated): T[] {
  return [...items].sort((x, y) => {
    const a = datedOf(x);
    const b = datedOf(y);
    return (
      b.data.dateline.date.localeCompare(a.data.dateline.date) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id)
    );
  });
}
