/**
 * The wire desk: one import, from a file to articles on disk. Reads the
 * file (refusing a folder, or a file past the size limit), and each text
 * story it holds in turn (a newsMessage, a NewsML 1.2 file or a JSON
 * envelope can hold several, each its own article; what is not a story is
 * skipped and named in a note); refuses what must not run (an embargo still
 * running), finds the article an earlier version made (by the item's id),
 * decides what this version does to it (create, update, correct, kill, or
 * nothing). Every story is decided before anything is written, so a refusal
 * of any one writes nothing; then each file is written whole or not at all:
 * the text goes to a temporary file in the same folder, renamed over the
 * article only when complete.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../loading/editor-messages.ts';
import { guarded, readBytes, refuseClashes, writeAll, type Planned } from './desk-files.ts';
import { readWireFile } from './read-wire.ts';
import { dayIn, localDay, prepareEntry, type ImportOptions } from './entry.ts';
import { findItem, isNewer, known, onSite, sameStory, ownIds, type OnSite } from './on-site.ts';
import { correctionText, publicNotice } from './editorial-notes.ts';
import { updatedArticle, withdrawnArticle } from './later-version.ts';
import { newArticle } from './writer.ts';
import { WireError, type WireStory } from './story.ts';
import { inItem, type WireFile } from './wire-file.ts';

export interface DeskOptions extends ImportOptions {
  file: string;
  /** The articles folder (ARTICLES_DIR, else content/articles). */
  articlesDir: string;
  dryRun?: boolean;
  /** The clock, for embargoes and undated plain text; tests fix it. */
  now?: Date;
}

type Action = 'created' | 'updated' | 'corrected' | 'withdrawn' | 'unchanged';

export interface DeskResult {
  action: Action;
  /** The article file, as a path for messages. */
  path: string;
  /** The file as written (or, with dryRun, as it would be). */
  text?: string;
  message: string;
  notes: string[];
  /** What the file was read as ("IPTC NewsML-G2 newsMessage"), and the story's own format. */
  container?: string;
  format?: string;
}

/** Imports the one story of a file; a file of several is refused (importFile takes them all). */
export function importWire(options: DeskOptions): DeskResult {
  return run(options, true)[0];
}

/** Imports every text story of a file, each its own article; one result per story, in the file's order. */
export function importFile(options: DeskOptions): DeskResult[] {
  return run(options, false);
}

function run(options: DeskOptions, one: boolean): DeskResult[] {
  const file = displayPath(options.file);
  if (!existsSync(options.articlesDir) || !statSync(options.articlesDir).isDirectory()) {
    throw new WireError(
      `the articles folder ${displayPath(options.articlesDir)} does not exist; set ARTICLES_DIR to the folder of articles`,
    );
  }
  const wire = guarded(file, () => readWireFile(readBytes(options.file)));
  const count = wire.stories.length;
  if (one && count > 1) {
    throw new WireError(`${file}: the ${wire.container} holds ${count} stories; npm run import imports each as its own article`);
  }
  if (count > 1 && options.slug !== undefined) {
    throw new WireError(`${file}: --slug names one article, but the ${wire.container} holds ${count} stories`);
  }
  const now = options.now ?? new Date();
  const planned = wire.stories.map((story, index) =>
    guarded(file, () => {
      try {
        return { ...decide(options, file, story, now), container: wire.container, format: story.format };
      } catch (error) {
        throw inItem(error, index, count, story.itemId);
      }
    }),
  );
  refuseClashes(file, planned);
  planned[0]?.notes.push(...skippedNotes(wire));
  if (!options.dryRun) writeAll(planned);
  return planned.map(({ target, ...result }) => result);
}

const skippedNotes = (wire: WireFile) => wire.skipped.map((what) => `the ${wire.container} also holds ${what}: not imported`);

function decide(options: DeskOptions, file: string, story: WireStory, now: Date): Planned {
  refuseEmbargo(story, now);
  const site = story.itemId ? findItem(options.articlesDir, story.itemId) : undefined;
  if (story.pubStatus !== 'usable') return kill(options, story, site, now);
  return publish(options, file, story, site, now);
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

function publish(options: DeskOptions, file: string, story: WireStory, found: OnSite | undefined, now: Date): Planned {
  const entry = prepareEntry(story, options, now, found && known(found));
  entry.people = ownIds(entry.people, options.articlesDir);
  const target = found ?? onSite(join(options.articlesDir, `${entry.slug}.md`));
  const notes = [...entry.notes];
  if (!target) {
    if (options.correction !== undefined || entry.correction.marked) {
      notes.push('this version is a correction, but the story was not on the site: imported as new, with no correction note');
    }
    const path = join(options.articlesDir, `${entry.slug}.md`);
    // Plain text has no version of its own: its first import is version 1 of the file's lineage.
    const first = story.itemId ? entry : { ...entry, source: { ...entry.source, version: 1 } };
    return write(path, newArticle(first, { file, format: story.format }), 'created', notes);
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
  const correction =
    options.correction ??
    (entry.correction.marked
      ? correctionText(story.edNotes, entry.correction.note, entry.source.name ?? target.article.source.name, notes)
      : undefined);
  const merged = updatedArticle(
    displayPath(target.path),
    target.text,
    { ...entry, source: { ...entry.source, ...(version !== undefined ? { version } : {}) } },
    {
      date: entry.versionDate,
      ...(correction === undefined ? {} : { correction }),
    },
  );
  return write(target.path, merged.text, correction === undefined ? 'updated' : 'corrected', [...notes, ...merged.notes]);
}

function kill(options: DeskOptions, story: WireStory, site: OnSite | undefined, now: Date): Planned {
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
  return write(site.path, withdrawnArticle(path, site.text, { date, reason }, source), 'withdrawn', []);
}

const VERBS: Record<Exclude<Action, 'unchanged'>, string> = {
  created: 'Created',
  updated: 'Updated',
  corrected: 'Corrected',
  withdrawn: 'Withdrew',
};

/** The result of a decided change: the article's new text, for run() to write. */
function write(path: string, text: string, action: Exclude<Action, 'unchanged'>, notes: string[]): Planned {
  return { action, path: displayPath(path), text, notes, message: `${VERBS[action]} ${displayPath(path)}`, target: path };
}
