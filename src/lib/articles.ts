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

/** The text of the first paragraph of rendered HTML, as plain text: the summary when no standfirst is given. */
export function ledeText(html: string): string {
  const first = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  return decodeEntities(first.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Split rendered body HTML after its first paragraph (the lede), so that the
 * dateline can lead it and a refer to the quotes and key facts can follow it
 * on phones. The paragraph's text is returned untouched; only its id
 * attribute is kept.
 */
export function splitLede(html: string): { ledeId: string | undefined; ledeInner: string; rest: string } {
  const match = /^\s*<p(\s[^>]*)?>([\s\S]*?)<\/p>/.exec(html);
  if (!match) throw new Error('the article body must begin with a paragraph (the lede), not a heading, list or quote');
  const ledeId = /\bid="([^"]+)"/.exec(match[1] ?? '')?.[1];
  return { ledeId, ledeInner: match[2] ?? '', rest: html.slice(match[0].length) };
}
