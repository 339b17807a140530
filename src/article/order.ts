import type { Article } from './schema.ts';

interface Dated {
  data: Pick<Article, 'dateline' | 'title'>;
  id: string;
}

/**
 * Newest first. Entries are compared by publication day (ISO strings sort as dates);
 * on the same day by headline, then id, so the order never depends on the file system.
 */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      b.data.dateline.date.localeCompare(a.data.dateline.date) ||
      a.data.title.localeCompare(b.data.title) ||
      a.id.localeCompare(b.id),
  );
}
