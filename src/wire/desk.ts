/**
 * The wire desk: one import, from a file to an article on disk. Reads the
 * item, refuses what must not run (an embargo still running), finds the
 * article an earlier version made (by the item's id), decides what this
 * version does to it (create, update, correct, kill, or nothing), and writes
 * the file whole or not at all: the text goes to a temporary file in the
 * same folder, renamed over the article only when complete.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { displayPath } from '../loading/editor-messages.ts';
import { readWire } from './read-wire.ts';
import { dayIn, localDay, prepareEntry, type Entry, type ImportOptions } from './entry.ts';
import { findItem, isNewer, known, onSite, sameStory, type OnSite } from './on-site.ts';
import { neutralCorrection, notesForTheEditor, publicNotice } from './editorial-notes.ts';
import { newArticle, updatedArticle, withdrawnArticle } from './writer.ts';
import { WireError, type WireStory } from './story.ts';

export interface DeskOptions extends ImportOptions {
  file: string;
  /** The articles folder (ARTICLES_DIR, else content/articles). */
  articlesDir: string;
  dryRun?: boolean;
  /** The clock, for embargoes and undated plain text; tests fix it. */
  now?: Date;
}

type Action = 'created' | 'updated' | 'corrected' | 'withdrawn' | 'unchanged';

interface DeskResult {
  action: Action;
  /** The article file, as a path for messages. */
  path: string;
  /** The file as written (or, with dryRun, as it would be). */
  text?: string;
  message: string;
  notes: string[];
}

export function importWire(options: DeskOptions): DeskResult {
  const file = displayPath(options.file);
  if (!existsSync(options.articlesDir) || !statSync(options.articlesDir).isDirectory()) {
    throw new WireError(
      `the articles folder ${displayPath(options.articlesDir)} does not exist; set ARTICLES_DIR to the folder of articles`,
    );
  }
  let story: WireStory;
  try {
    if (!existsSync(options.file)) throw new WireError('no such file');
    story = readWire(readFileSync(options.file, 'utf8'));
  } catch (error) {
    if (!(error instanceof WireError)) throw error;
    const where = error.line === undefined ? '' : `:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
    throw new WireError(`${file}${where}: ${error.message}`);
  }
  const now = options.now ?? new Date();
  try {
    refuseEmbargo(story, now);
    const site = story.itemId ? findItem(options.articlesDir, story.itemId) : undefined;
    if (story.pubStatus !== 'usable') return kill(options, story, site, now);
    return publish(options, file, story, site, now);
  } catch (error) {
    throw error instanceof WireError ? new WireError(`${file}: ${error.message}`) : error;
  }
}

function refuseEmbargo(story: WireStory, now: Date): void {
  if (story.embargoed === undefined) return;
  if (story.embargoed === '')
    throw new WireError('the item is embargoed until further notice; import it once the agency lifts the embargo');
  const until = new Date(story.embargoed);
  if (Number.isNaN(until.getTime())) throw new WireError(`embargoed: "${story.embargoed}" is not a date and time (ISO 8601)`);
  if (until > now) {
    throw new WireError(`the item is embargoed until ${story.embargoed}; it cannot be imported before then`);
  }
}

function publish(options: DeskOptions, file: string, story: WireStory, found: OnSite | undefined, now: Date): DeskResult {
  const entry = prepareEntry(story, options, now, found && known(found));
  const target = found ?? onSite(join(options.articlesDir, `${entry.slug}.md`));
  const notes = [...entry.notes];
  if (!target) {
    if (options.correction !== undefined || entry.correction.marked) {
      notes.push('this version is a correction, but the story was not on the site: imported as new, with no correction note');
    }
    const path = join(options.articlesDir, `${entry.slug}.md`);
    // Plain text has no version of its own: its first import is version 1 of the file's lineage.
    const first = story.itemId ? entry : { ...entry, source: { ...entry.source, version: 1 } };
    return write(options, path, newArticle(first, { file, format: story.format }), 'created', notes);
  }
  if (!sameStory(story, target)) {
    const what = target.article.source.itemId ? `item ${target.article.source.itemId}` : 'a story not imported from this item';
    throw new WireError(
      `${displayPath(target.path)} already holds a different story (${what}); give --slug to import this item under another address`,
    );
  }
  const version = story.itemId ? entry.source.version : (target.article.source.version ?? 1) + 1;
  if (!isNewer(story, entry, target)) {
    const had = target.article.source.version === undefined ? 'this version' : `version ${target.article.source.version}`;
    return {
      action: 'unchanged',
      path: displayPath(target.path),
      message: `${displayPath(target.path)} already has ${had} of this item; nothing changed`,
      notes,
    };
  }
  const correction = options.correction ?? (entry.correction.marked ? correctionText(story, entry, notes) : undefined);
  const merged = updatedArticle(
    displayPath(target.path),
    target.text,
    { ...entry, source: { ...entry.source, ...(version !== undefined ? { version } : {}) } },
    {
      date: entry.versionDate,
      ...(correction === undefined ? {} : { correction }),
    },
  );
  return write(options, target.path, merged.text, correction === undefined ? 'updated' : 'corrected', [
    ...notes,
    ...merged.notes,
  ]);
}

function kill(options: DeskOptions, story: WireStory, site: OnSite | undefined, now: Date): DeskResult {
  if (!site) {
    const id = story.itemId ? `item ${story.itemId}` : 'this story';
    return {
      action: 'unchanged',
      path: '',
      message: `the agency withdrew ${id}, which is not on the site: nothing to withdraw`,
      notes: [],
    };
  }
  const path = displayPath(site.path);
  const older =
    story.version !== undefined && site.article.source.version !== undefined && story.version < site.article.source.version;
  if (site.article.withdrawn !== undefined || older) {
    return {
      action: 'unchanged',
      path,
      message: `${path} is already withdrawn or newer than this version; nothing changed`,
      notes: [],
    };
  }
  const zone = site.article.dateline.timeZone;
  const date = options.date ?? (story.versionCreated ? localDay(story.versionCreated, zone, 'versionCreated') : dayIn(now, zone));
  const reason = publicNotice(story.edNotes, 'withdrawal') ?? `${site.article.source.name} has withdrawn this story.`;
  const source = {
    ...(story.itemId ? { itemId: story.itemId } : {}),
    ...(story.version !== undefined ? { version: story.version } : {}),
    ...(story.versionCreated ? { versionCreated: story.versionCreated } : {}),
  };
  return write(options, site.path, withdrawnArticle(path, site.text, { date, reason }, source), 'withdrawn', []);
}

/**
 * The text of a correction readers see: the agency's public correction note
 * (editorial-notes.ts), else the one it printed at the head of the body
 * (opening.ts), else a neutral one naming the agency, with a note telling the
 * editor what the agency's notes to editors say, to write the real one from.
 */
function correctionText(story: WireStory, entry: Entry, notes: string[]): string {
  const own = publicNotice(story.edNotes, 'correction') ?? entry.correction.note;
  if (own !== undefined) return own;
  const neutral = neutralCorrection(entry.source.name);
  notes.push(
    `correction: the agency gives no public note of what it corrected, so the correction reads "${neutral}"; ` +
      `${notesForTheEditor(story.edNotes)}. Write what was corrected in its place, or import again with --correction "…"`,
  );
  return neutral;
}

const VERBS: Record<Exclude<Action, 'unchanged'>, string> = {
  created: 'Created',
  updated: 'Updated',
  corrected: 'Corrected',
  withdrawn: 'Withdrew',
};

/** Writes the whole file or nothing: a temporary file beside it, renamed over it once complete. */
function write(
  options: DeskOptions,
  path: string,
  text: string,
  action: Exclude<Action, 'unchanged'>,
  notes: string[],
): DeskResult {
  const result = { action, path: displayPath(path), text, notes, message: `${VERBS[action]} ${displayPath(path)}` };
  if (options.dryRun) return result;
  const temporary = join(options.articlesDir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
  return result;
}
