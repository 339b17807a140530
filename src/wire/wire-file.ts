/**
 * What one wire file holds, as the readers hand it to the desk: the text
 * stories in the file's order (a NewsML-G2 `newsMessage`, a NewsML 1.2
 * file or a JSON envelope can hold several, and each becomes its own
 * article), and everything else it holds, named (a picture, a package),
 * which the desk skips and says so. A file with no text story at all is
 * refused, naming what it holds instead.
 */
import { WireError, type WireStory } from './story.ts';

/** The formats the desk reads, as refusals name them. */
export const FORMATS =
  'agency plain text or IPTC 7901, IPTC ninjs (JSON), IPTC NewsML-G2, NewsML 1.2, NITF or Ritzau RBNews (XML)';

export interface WireFile {
  /** What the file is, for messages and the conformance table: "IPTC NewsML-G2 newsMessage", "IPTC NITF". */
  container: string;
  stories: WireStory[];
  /** What is not a text story, each said in full: "a NewsML-G2 newsItem of class ninat:picture (a picture)". */
  skipped: string[];
}

/** A file of one story, or of none (refused by what it is). */
export const single = (container: string, story: WireStory): WireFile => ({ container, stories: [story], skipped: [] });

/** A refusal naming a thing that is not a text story: "a NewsML-G2 packageItem (…) is not a text story: import its text items". */
export function notAStory(what: string, advice = 'the desk imports text stories'): WireError {
  return new WireError(`${what} is not a text story: ${advice}`);
}

/**
 * The file's stories, or a refusal: a container with no text story names
 * what it holds instead.
 */
export function withStories(file: WireFile): WireFile {
  if (file.stories.length > 0) return file;
  if (file.skipped.length === 0) throw new WireError(`the ${file.container} holds no item at all`);
  if (file.skipped.length === 1) throw notAStory(`the ${file.container} holds one item, ${file.skipped[0]}, which`);
  const counts = new Map<string, number>();
  for (const what of file.skipped) counts.set(what, (counts.get(what) ?? 0) + 1);
  const listed = [...counts].map(([what, n]) => (n === 1 ? what : `${n} × ${what}`)).join('; ');
  throw new WireError(`the ${file.container} holds no text story, only ${file.skipped.length} other items: ${listed}`);
}

/** An item's refusal inside a container says which item: "item 2 of 3 (urn:…)". */
export function inItem(error: unknown, index: number, count: number, id: string | undefined): unknown {
  if (!(error instanceof WireError) || count === 1) return error;
  return new WireError(`item ${index + 1} of ${count}${id ? ` (${id})` : ''}: ${error.message}`, {
    line: error.line,
    column: error.column,
  });
}
