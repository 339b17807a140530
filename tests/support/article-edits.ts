/**
 * An editor's edits to an article file, as the README's editing guide
 * describes them: the body changed as text, the frontmatter through a YAML
 * document so its comments and order survive.
 */
import { parseDocument, type Document } from 'yaml';

export interface ArticleFile {
  frontmatter: Document;
  body: string;
}

export function splitArticle(markdown: string): ArticleFile {
  const close = markdown.indexOf('\n---', 4);
  return { frontmatter: parseDocument(markdown.slice(4, close + 1)), body: markdown.slice(close + 4) };
}

export function joinArticle({ frontmatter, body }: ArticleFile): string {
  // New strings are written in double quotes, as the guide asks for dates ("2021-12-02").
  return `---\n${frontmatter.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---${body}`;
}

/** The body's paragraphs (and crossheads), as blank-line separated blocks. */
export function blocksOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
}

/** Adds an item to a list in the frontmatter, creating the list when there is none. */
export function appendTo(doc: Document, key: string, item: Record<string, unknown>): void {
  if (!doc.has(key) || doc.get(key) === null) doc.set(key, doc.createNode([]));
  (doc.get(key) as { add(value: unknown): void }).add(doc.createNode(item));
}

/** The day after the article's latest date (publication, update or correction), as "YYYY-MM-DD". */
export function dayAfterLatest(doc: Document): string {
  const data = doc.toJS() as { dateline: { date: string }; updated?: string; corrections?: { date: string }[] };
  const dates = [data.dateline.date, data.updated, ...(data.corrections ?? []).map((c) => c.date)].filter(Boolean) as string[];
  const latest = new Date(`${dates.sort().at(-1)}T00:00:00Z`);
  latest.setUTCDate(latest.getUTCDate() + 1);
  return latest.toISOString().slice(0, 10);
}
