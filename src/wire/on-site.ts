/**
 * The article already on the site for a wire item: found by the item's id
 * (or, for plain text, by its file), and what it says that a later version
 * may lack or must beat.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry, Known } from './entry.ts';
import type { WireStory } from './story.ts';
import { bodyMarkdown, readFrontmatter, splitArticle } from './writer.ts';

export interface OnSite {
  path: string;
  text: string;
  data: Record<string, unknown>;
  source: { agency?: string; itemId?: string; version?: number; versionCreated?: string };
}

/** The article an earlier version of this item made, found by the item's id. */
export function findItem(dir: string, itemId: string): OnSite | undefined {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const found = onSite(join(dir, name));
    if (found?.source.itemId === itemId) return found;
  }
  return undefined;
}

export function onSite(path: string): OnSite | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const data = readFrontmatter(text) ?? {};
  const source = (typeof data.source === 'object' && data.source !== null ? data.source : {}) as OnSite['source'];
  return { path, text, data, source };
}

export function known(site: OnSite): Known | undefined {
  const dateline = site.data.dateline as Partial<Known> | undefined;
  if (!dateline?.place || !dateline.timeZone || !dateline.date) return undefined;
  return { place: dateline.place, timeZone: dateline.timeZone, date: dateline.date, agency: site.source.agency ?? '' };
}

/** An item's later version finds its file by id; plain text (no id) continues a file imported from plain text. */
export function sameStory(story: WireStory, target: OnSite): boolean {
  if (story.itemId) return target.source.itemId === story.itemId;
  return target.source.itemId === undefined && target.source.version !== undefined;
}

/** Later version number, else later version time; plain text, with neither, counts as newer when its text differs. */
export function isNewer(story: WireStory, entry: Entry, target: OnSite): boolean {
  const had = target.source;
  if (!story.itemId) return bodyMarkdown(entry.body) !== splitArticle(target.text)?.body.trim() + '\n';
  if (story.version !== undefined && had.version !== undefined && story.version !== had.version)
    return story.version > had.version;
  if (story.versionCreated && had.versionCreated) return Date.parse(story.versionCreated) > Date.parse(had.versionCreated);
  return false;
}
