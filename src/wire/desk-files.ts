/**
 * The desk's side of the file system and its failures: a wire file read as
 * bytes (a folder, a missing file or one past the size limit refused by
 * name), every refusal said with the file's path and line (a stack overflow
 * as the nesting refusal it is), two stories of one file that would write
 * one article refused, and the articles written all or none.
 */
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from '../loading/editor-messages.ts';
import type { DeskResult } from './desk.ts';
import { checkSize, isStackOverflow, nestedTooDeep } from './limits.ts';
import { WireError } from './story.ts';

/** A decided story, with where its text goes. */
export type Planned = DeskResult & { target?: string };

/** A reader's or a decision's refusal, said with the file (and line); a stack overflow as the nesting refusal it is. */
export function guarded<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const refusal = isStackOverflow(error) ? nestedTooDeep() : error;
    if (!(refusal instanceof WireError)) throw refusal;
    const where = refusal.line === undefined ? '' : `:${refusal.line}${refusal.column === undefined ? '' : `:${refusal.column}`}`;
    throw new WireError(`${file}${where}: ${refusal.message}`);
  }
}

/** The file's bytes, or why it cannot be read: not there, a folder, past the size limit. */
export function readBytes(path: string): Uint8Array {
  if (!existsSync(path)) throw new WireError('no such file');
  const stat = statSync(path);
  if (stat.isDirectory()) {
    throw new WireError(
      'this is a folder, not a wire file: import one file at a time (npm run wire-conformance -- <folder> tries a whole folder)',
    );
  }
  if (!stat.isFile()) throw new WireError('this is not a regular file');
  checkSize(stat.size);
  return readFileSync(path);
}

/** Two stories of one file that would write the same article: refused, naming both. */
export function refuseClashes(file: string, planned: Planned[]): void {
  const seen = new Map<string, number>();
  planned.forEach(({ target }, index) => {
    if (target === undefined) return;
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      throw new WireError(
        `${file}: stories ${earlier + 1} and ${index + 1} of the file would both write ${displayPath(target)}; import them one by one`,
      );
    }
    seen.set(target, index);
  });
}

/**
 * Writes every article whole or none: each text to a temporary file beside
 * its article first (any failure removes them all), then each renamed over
 * its article.
 */
export function writeAll(planned: Planned[]): void {
  const writes = planned.flatMap(({ target, text }) =>
    target && text !== undefined
      ? [{ target, text, temporary: join(dirname(target), `.${basename(target)}.${process.pid}.tmp`) }]
      : [],
  );
  try {
    for (const { temporary, text } of writes) writeFileSync(temporary, text);
    for (const { temporary, target } of writes) renameSync(temporary, target);
  } finally {
    for (const { temporary } of writes) rmSync(temporary, { force: true });
  }
}
