/**
 * Where things are in an article's .md file, for messages that send the
 * editor to the right file and line.
 */
import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { displayPath } from '../loading/editor-messages.ts';

/**
 * How many lines of the .md file come before the text remark was given.
 * Astro's content layer renders the body with the frontmatter cut off and
 * the rest trimmed, so tree line 1 is line 77 of the file; finding the body
 * in the file on disk recovers the offset. When the body is not found there
 * (no path, or the text was changed in memory), lines are the tree's own.
 */
export function bodyLineOffset(file: VFile): number {
  const body = String(file.value);
  if (!file.path || body.trim() === '') return 0;
  let raw: string;
  try {
    raw = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const at = raw.indexOf(body);
  return at <= 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** The file as messages name it: relative to the project ("content/articles/x.md") when inside it. */
export function markdownPath(file: VFile): string {
  return file.path ? displayPath(file.path) : '(unnamed Markdown)';
}
