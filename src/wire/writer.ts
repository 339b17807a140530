/**
 * The one writer of article files: a new draft (from the wire, or started
 * by hand with `npm run new`), a later version merged into an existing one,
 * or a kill. The frontmatter is edited
 * as a YAML document, so everything an editor added (figures, aliases, quote
 * choices, corrections, comments) survives an update untouched. Strings the
 * importer writes are double-quoted, so a date stays a string for Astro's
 * YAML reader. The body is Markdown written from its tree, escaped only where
 * Markdown would misread the agency's text.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node, type YAMLMap } from 'yaml';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Figure } from '../article/schema.ts';
import { figurePattern } from '../figures/trace.ts';
import type { Entry } from './entry.ts';
import { blockText, WireError, type Block } from './story.ts';
import { surnameOf } from '../text/patterns.ts';

const YAML_OUT = { lineWidth: 0, flowCollectionPadding: false } as const;

interface Provenance {
  file: string;
  format: string;
}

interface Change {
  /** The day of the new version, in the article's zone. */
  date: string;
  /** A correction note to append, when the version corrects the story. */
  correction?: string;
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
  above: Partial<Record<'draft' | 'people' | 'organisations' | 'figures', string>>;
}

/** A new article file: a draft, every string double-quoted, with the notes as YAML comments. */
export function newDraft(draft: Draft, notes: DraftNotes): string {
  const doc = new Document({
    title: draft.title,
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
  for (const [key, comment] of Object.entries(notes.above)) keyComment(doc.contents as YAMLMap, key, comment);
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

/** A later version: new text and item fields, the editor's additions kept, `updated` set, a correction appended. */
export function updatedArticle(file: string, text: string, entry: Entry, change: Change): { text: string; notes: string[] } {
  const { doc } = editable(file, text);
  setQuoted(doc, ['title'], entry.title);
  for (const field of ['standfirst', 'byline', 'lang'] as const) {
    if (entry[field] !== undefined) setQuoted(doc, [field], entry[field]);
  }
  setSource(doc, entry.source);
  const notes = addPeople(doc, entry);
  setQuoted(doc, ['updated'], change.date);
  if (change.correction !== undefined) appendQuoted(doc, 'corrections', { date: change.date, text: change.correction });
  notes.push(...lostFigures(doc, entry.body));
  return { text: `---\n${doc.toString(YAML_OUT)}---\n\n${bodyMarkdown(entry.body)}`, notes };
}

/** A kill: the text stays in the file for the record; the site shows only the notice. */
export function withdrawnArticle(
  file: string,
  text: string,
  withdrawal: { date: string; reason: string },
  source: Partial<Entry['source']>,
): string {
  const { doc, body } = editable(file, text);
  setSource(doc, source);
  const node = doc.createNode(withdrawal);
  quoteStrings(node);
  doc.set('withdrawn', node);
  return `---\n${doc.toString(YAML_OUT)}---\n${body}`;
}

function editable(file: string, text: string) {
  const parts = splitArticle(text);
  const doc = parts ? parseDocument(parts.frontmatter) : undefined;
  if (!parts || !doc || doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new WireError(
      `${file}: its frontmatter cannot be read, so the new version cannot be merged into it; fix it first (npm run check)`,
    );
  }
  return { doc, body: parts.body };
}

function quoteStrings(node: Node): void {
  visit(node, {
    Scalar(key, scalar) {
      if (key !== 'key' && typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

function setQuoted(doc: Document, path: string[], value: unknown): void {
  const node = doc.createNode(value);
  quoteStrings(node);
  doc.setIn(path, node);
}

function appendQuoted(doc: Document, key: string, value: unknown): void {
  const node = doc.createNode(value);
  quoteStrings(node);
  const list = doc.get(key, true);
  if (isSeq(list)) {
    list.flow = false;
    list.items.push(node);
  } else {
    doc.set(key, doc.createNode([node]));
  }
}

function setSource(doc: Document, source: Partial<Entry['source']>): void {
  for (const [field, value] of Object.entries(source)) setQuoted(doc, ['source', field], value);
}

function listIn(doc: Document, key: string): unknown[] {
  const value = (doc.toJS() as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
}

function keyComment(map: YAMLMap, key: string, comment: string): void {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
}

/** People and organisations the new version names who are not in the file yet (an editor's entries win). */
function addPeople(doc: Document, entry: Entry): string[] {
  const current = listIn(doc, 'people') as { id?: string; name?: string }[];
  const added = entry.people.filter(
    (p) => !current.some((c) => c.id === p.id || c.name === p.name || surnameOf(c.name ?? '') === surnameOf(p.name)),
  );
  for (const person of added) appendQuoted(doc, 'people', person);
  const organisations = listIn(doc, 'organisations') as { id?: string; name?: string }[];
  const newOrganisations = entry.organisations.filter(
    (o) => !organisations.some((c) => c.id === o.id || c.name === o.name) && !current.some((c) => c.id === o.id),
  );
  for (const organisation of newOrganisations) appendQuoted(doc, 'organisations', organisation);
  return [
    ...added.map((p) => `people: added ${p.name}, named in this version; check the role`),
    ...newOrganisations.map((o) => `organisations: added ${o.name}, quoted in this version; check it`),
  ];
}

/**
 * Figures the new body no longer states, found as the build finds them (in a
 * paragraph, by figurePattern): the build would stop on them, so say so now.
 */
function lostFigures(doc: Document, body: Block[]): string[] {
  const paragraphs = body.filter((block) => block.type === 'paragraph').map(blockText);
  const figures = listIn(doc, 'figures') as Partial<Pick<Figure, 'id' | 'text'>>[];
  return figures.flatMap((figure, i) => {
    if (typeof figure.text !== 'string') return [];
    const pattern = figurePattern(figure.text);
    return paragraphs.some((text) => pattern.test(text))
      ? []
      : [`figures[${i}].text (${figure.id}): "${figure.text}" is not in the new text; correct or remove the figure`];
  });
}
