/**
 * The article already on the site for a wire item: found by the item's id
 * (or, for plain text, by its file), and what it says that a later version
 * may lack or must beat. The desk reads the fields it needs (source,
 * dateline, withdrawn) with the site's own schema, so it sees them as the
 * build does; the rest is the editor's, and a draft may still be unfinished
 * there. A field the schema rejects stops the import, saying which. One id
 * is one person on the site: the people a story proposes keep clear of the
 * ids other articles give other names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { articleSchema, type Article } from '../article/schema.ts';
import { slugify } from '../article/slug.ts';
import { displayPath } from '../loading/editor-messages.ts';
import type { Entry, Known } from './entry.ts';
import type { ProposedPerson } from './propose-people.ts';
import { WireError, type WireStory } from './story.ts';
import { bodyMarkdown, splitArticle } from './writer.ts';

export interface OnSite {
  path: string;
  text: string;
  article: Pick<Article, 'source' | 'dateline' | 'withdrawn'>;
}

const { source: sourceSchema, dateline: datelineSchema, withdrawn: withdrawnSchema } = articleSchema.shape;
/** Only the id tells the item's file from the others, whatever else in it still needs fixing. */
const itemIdSchema = sourceSchema.pick({ itemId: true });

/** The article an earlier version of this item made, found by the item's id. */
export function findItem(dir: string, itemId: string): OnSite | undefined {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    if (itemIdSchema.safeParse(frontmatterData(text)?.source).data?.itemId === itemId) return read(path, text);
  }
  return undefined;
}

/**
 * One id is one person on the site (src/loading/name-clashes.ts): a proposed
 * id another article gives another name ("price", Darnell Price there, Rhian
 * Price here) becomes the full name's, numbered if that is taken too.
 */
export function ownIds(people: ProposedPerson[], dir: string): ProposedPerson[] {
  const site = siteNames(dir);
  const taken = new Set(people.map((p) => p.id));
  return people.map((person) => {
    if ((site.get(person.id) ?? person.name) === person.name) return person;
    const free = (id: string) => (site.get(id) ?? person.name) === person.name && !taken.has(id);
    let id = slugify(person.name, 100);
    for (let n = 2; !free(id); n++) id = `${slugify(person.name, 100)}-${n}`;
    taken.add(id);
    return { ...person, id };
  });
}

/** Each person id the site's articles use, with the name the first of them gives it. */
function siteNames(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const people = frontmatterData(readFileSync(join(dir, file), 'utf8'))?.people;
    for (const { id, name } of Array.isArray(people) ? (people as { id?: unknown; name?: unknown }[]) : []) {
      if (typeof id === 'string' && typeof name === 'string' && !names.has(id)) names.set(id, name);
    }
  }
  return names;
}

export function onSite(path: string): OnSite | undefined {
  return existsSync(path) ? read(path, readFileSync(path, 'utf8')) : undefined;
}

function read(path: string, text: string): OnSite {
  const data = frontmatterData(text);
  if (data === undefined) throw unreadable(path, 'it has no frontmatter that reads as YAML');
  const source = sourceSchema.safeParse(data.source);
  const dateline = datelineSchema.safeParse(data.dateline);
  const withdrawn = withdrawnSchema.safeParse(data.withdrawn);
  if (source.success && dateline.success && withdrawn.success) {
    return { path, text, article: { source: source.data, dateline: dateline.data, withdrawn: withdrawn.data } };
  }
  const fields = { source, dateline, withdrawn };
  const problems = Object.entries(fields).flatMap(([field, result]) =>
    (result.error?.issues ?? []).map((issue) => `${[field, ...issue.path].join('.')}: ${issue.message}`),
  );
  throw unreadable(path, problems.join('; '));
}

function unreadable(path: string, why: string): WireError {
  return new WireError(
    `${displayPath(path)} is on the site, but the desk cannot read it (${why}); fix it first (npm run check), then import again`,
  );
}

/** The frontmatter's data, or undefined when the file has none that parses. */
function frontmatterData(text: string): Record<string, unknown> | undefined {
  const parts = splitArticle(text);
  const doc = parts && parseDocument(parts.frontmatter);
  const data: unknown = !doc || doc.errors.length > 0 ? undefined : doc.toJS();
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
}

export function known(site: OnSite): Known {
  return { ...site.article.dateline, agency: site.article.source.agency };
}

/** An item's later version finds its file by id; plain text (no id) continues a file imported from plain text. */
export function sameStory(story: WireStory, target: OnSite): boolean {
  const had = target.article.source;
  if (story.itemId) return had.itemId === story.itemId;
  return had.itemId === undefined && had.version !== undefined;
}

/** Later version number, else later version time; plain text, with neither, counts as newer when its text differs. */
export function isNewer(story: WireStory, entry: Entry, target: OnSite): boolean {
  const had = target.article.source;
  if (!story.itemId) return bodyMarkdown(entry.body) !== splitArticle(target.text)?.body.trim() + '\n';
  if (story.version !== undefined && had.version !== undefined && story.version !== had.version)
    return story.version > had.version;
  if (story.versionCreated && had.versionCreated) return Date.parse(story.versionCreated) > Date.parse(had.versionCreated);
  return false;
}
