/**
 * The writer of new article files: a draft, from the wire or started by
 * hand with `npm run new`, with what the editor must check as YAML comments
 * above its fields (a later version or a kill is merged into the file by
 * later-version.ts). Strings the importer writes are double-quoted, so a
 * date stays a string for Astro's YAML reader. The body is Markdown written
 * from its tree, escaped only where Markdown would misread the agency's text.
 */
import { Document, isScalar, Scalar, visit, type Node, type YAMLMap } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Entry } from './entry.ts';
import type { Block } from './story.ts';

export const YAML_OUT = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Provenance {
  file: string;
  format: string;
}

/** The frontmatter (as YAML text) and the body of an article file. */
export function splitArticle(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m.exec(text);
  return match ? { frontmatter: match[1], body: match[2] } : undefined;
}

export function bodyMarkdown(blocks: Block[]): string {
  return toMarkdown({ type: 'root', children: blocks });
}

/** The facts a new draft starts from, whoever writes it (the wire desk, or `npm run new` for a story by hand). */
interface Draft
  extends
    Pick<Entry, 'title' | 'dateline' | 'source' | 'people' | 'standfirst' | 'byline' | 'lang'>,
    Partial<Pick<Entry, 'organisations' | 'unnamed'>> {
  /** The body, as Markdown. */
  body: string;
}

/** What a new draft tells its editor: a header, and a comment above any of its fields. */
interface DraftNotes {
  header?: string;
  above: Partial<Record<'title' | 'draft' | 'dateline' | 'source' | 'people' | 'organisations' | 'figures', string>>;
}

/** A new article file: a draft, every string double-quoted, with the notes as YAML comments. */
export function newDraft(draft: Draft, notes: DraftNotes): string {
  const doc = new Document({
    ...(draft.title === undefined ? {} : { title: draft.title }),
    ...(draft.standfirst === undefined ? {} : { standfirst: draft.standfirst }),
    ...(draft.byline === undefined ? {} : { byline: draft.byline }),
    ...(draft.lang === undefined ? {} : { lang: draft.lang }),
    draft: true,
    dateline: draft.dateline,
    source: draft.source,
    section: 'World',
    tags: [],
    people: draft.people,
    ...(draft.organisations && draft.organisations.length > 0 ? { organisations: draft.organisations } : {}),
    figures: [],
  });
  quoteStrings(doc.contents!);
  if (notes.header !== undefined) doc.commentBefore = notes.header;
  for (const [key, comment] of Object.entries(notes.above)) {
    // A draft without a title (the agency sent no headline) says so where the title goes: above the first field.
    keyComment(doc.contents as YAMLMap, key === 'title' && draft.title === undefined ? firstKey(doc) : key, comment);
  }
  return `---\n${doc.toString(YAML_OUT)}---\n\n${draft.body}`;
}

export function newArticle(entry: Entry, from: Provenance): string {
  return newDraft(
    { ...entry, body: bodyMarkdown(entry.body) },
    {
      header: [
        ` Imported by npm run import from ${from.file} (${from.format}).`,
        ' draft: true keeps it off the built site while npm run dev shows it: check it, then delete that line to publish.',
      ].join('\n'),
      above: {
        ...entry.review,
        people:
          ' Proposed from the text: the speakers the quote finder credits. Check each name and role, add aliases the text uses (the README explains).',
        organisations: ' The organisations the quotations are credited to, with the words the text uses for them.',
        figures:
          entry.numbers.length > 0
            ? ` None is added for you. Numbers in the body: ${entry.numbers.join('; ')}`
            : ' None is added for you: the body has no numbers.',
      },
    },
  );
}

export function quoteStrings(node: Node): void {
  visit(node, {
    Scalar(key, scalar) {
      if (key !== 'key' && typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

const firstKey = (doc: Document) => String((doc.contents as YAMLMap).items[0].key);

function keyComment(map: YAMLMap, key: string, comment: string): void {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
}
