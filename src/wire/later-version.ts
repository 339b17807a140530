/**
 * A later version of a story merged into its article file, or a kill. The
 * frontmatter is edited as a YAML document, so everything an editor added
 * (figures, aliases, quote choices, corrections, comments) survives an
 * update untouched; the fields that came from the item are replaced, the
 * people it names for the first time added, `updated` set and a
 * correction appended. Strings are double-quoted, as the writer's are.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { Figure } from '../article/schema.ts';
import { figurePattern } from '../figures/trace.ts';
import { surnameOf } from '../text/patterns.ts';
import type { Entry } from './entry.ts';
import { blockText, WireError, type Block } from './story.ts';
import { bodyMarkdown, quoteStrings, splitArticle, YAML_OUT } from './writer.ts';

interface Change {
  /** The day of the new version, in the article's zone. */
  date: string;
  /** A correction note to append, when the version corrects the story. */
  correction?: string;
}

/** A later version: new text and item fields, the editor's additions kept, `updated` set, a correction appended. */
export function updatedArticle(file: string, text: string, entry: Entry, change: Change): { text: string; notes: string[] } {
  const { doc } = editable(file, text);
  // A later version without a headline (a flash's follow-up) keeps the one the article has.
  if (entry.title !== undefined) setTitle(doc, entry.title);
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

/** The headline, first in the frontmatter; a headline-less draft's review note goes once it has one. */
function setTitle(doc: Document, title: string): void {
  const map = doc.contents as YAMLMap;
  if (!doc.has('title')) {
    const first = map.items[0]?.key;
    // Read back, the note is part of the comment above the first field or of the file's own header comment.
    doc.commentBefore = withoutHeadlineNote(doc.commentBefore);
    if (isScalar(first)) first.commentBefore = withoutHeadlineNote(first.commentBefore);
    map.items.unshift(doc.createPair('title', ''));
  }
  setQuoted(doc, ['title'], title);
}

const withoutHeadlineNote = (comment: string | null | undefined) =>
  comment
    ?.split('\n')
    .filter((line) => !(line.startsWith(' REVIEW:') && line.includes('no headline')))
    .join('\n')
    .replace(/\n+$/, '') || null;

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
