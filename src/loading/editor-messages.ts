/**
 * Turns what goes wrong while loading articles into messages for editors:
 * the file (as a path they can open), the line or field, what is wrong and
 * what to do. Editors' mistakes are not program bugs, so no stack trace.
 */
import { isAbsolute, relative, sep } from 'node:path';

export interface EditorMessage {
  message: string;
  hint: string;
}

const GUIDE = 'The README’s “Editing” section explains every message.';

/** A path for messages: relative to the project when inside it, as the editor sees it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** A mistake an editor made, already explained; thrown where the fact is known. */
export class EditorError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'EditorError';
    this.hint = hint;
  }
}

interface LoadError {
  name?: string;
  message?: string;
  /** Astro's location: for YAML errors, `line` counts from 0 at the opening ---. */
  loc?: { file?: string; line?: number };
}

/** A YAML syntax error in an article's frontmatter (Astro wraps js-yaml's as a MarkdownError). */
function yamlMessage(error: LoadError, file: string): EditorMessage {
  const line = (error.loc?.line ?? 0) + 1;
  return {
    message: `${displayPath(file)}:${line}: the frontmatter is not valid YAML (${error.message ?? 'syntax error'}).`,
    hint:
      'Check that line and the one before it: each field is "name: value", nested fields are indented by exactly two more spaces, ' +
      `and text containing a colon or quote marks is wrapped in quotes. ${GUIDE}`,
  };
}

/** A frontmatter value the schema rejects; Astro's message already lists each field and what to write. */
function schemaMessage(error: LoadError, file: string): EditorMessage {
  const fields = (error.message ?? '').split('\n').slice(1).join('\n');
  return {
    message: `${displayPath(file)}: the frontmatter has a field that is missing or wrong:\n${fields}`,
    hint: `Correct each field named above in the frontmatter (between the --- lines). ${GUIDE}`,
  };
}

/** Explains a loading error for editors, or returns undefined for errors that are not theirs. */
export function explainLoadError(error: unknown): EditorMessage | undefined {
  if (error instanceof EditorError) return { message: error.message, hint: `${error.hint} ${GUIDE}` };
  const e = error as LoadError;
  const file = e.loc?.file;
  if (e.name === 'MarkdownError' && file) return yamlMessage(e, file);
  if (e.name === 'InvalidContentEntryDataError' && file) return schemaMessage(e, file);
  return undefined;
}

/**
 * An article's slug is its file name, or its frontmatter `slug`. Two articles
 * with one slug would publish to one URL, one silently replacing the other.
 */
export function duplicateSlugError(slug: string, one: string, other: string): EditorError {
  // Name the files in a fixed order: the loader meets them in whatever order the file system lists them.
  const [first, second] = [one, other].sort();
  return new EditorError(
    `${displayPath(first)} and ${displayPath(second)} both have the slug "${slug}", so one would replace the other at the same address.`,
    'Rename one of the files, or change its slug field.',
  );
}

/** Slugs become URLs: lower-case words joined by hyphens. */
export function badSlugError(slug: string, file: string): EditorError {
  return new EditorError(
    `${displayPath(file)}: "${slug}" cannot be an article's address.`,
    'Name the file (or its slug field) with lower-case letters, digits and hyphens only, e.g. ukraine-leader-calls-for-talks.md, and not an edition’s tag alone (fr).',
  );
}
