/**
 * The one in-memory shape every wire format is read into: a story as the
 * agency sent it, before the newsroom decides anything. The format readers
 * (plain-text.ts, ninjs.ts, newsml-g2.ts, nitf.ts, newsml-1.ts) produce it;
 * entry.ts and writer.ts turn it into an article. Pure data: no file system, no Astro.
 *
 * Modules under src/wire/ import each other with explicit `.ts`
 * extensions, because `npm run import` runs them in plain Node.
 */
import type { Heading, Paragraph, PhrasingContent } from 'mdast';

/** A body block: a paragraph, or a crosshead (`##`). The lede is the first paragraph. */
export type Block = Paragraph | Heading;

/** How the agency published this version: `canceled` and `withheld` kill the story. */
export type PubStatus = 'usable' | 'withheld' | 'canceled';

interface WirePerson {
  name: string;
}

/**
 * An editorial note (NewsML-G2 `edNote`, ninjs `ednote`, NITF `ed-msg`,
 * NewsML 1.2 `NewsLine`): by IPTC's definition a note to the receiving
 * newsroom, not to readers. Its role and publishing constraint say when it
 * may be shown (src/wire/editorial-notes.ts).
 */
export interface EditorialNote {
  text: string;
  /** The note's role as the item gives it: "dpaednoterole:correction", "sttnote:public". */
  role?: string;
  /** A publishing constraint on the note ("dpapconstraint:nonpublic"): such a note is never shown. */
  pubConstraint?: string;
}

export interface WireStory {
  /** What was read, for messages: "agency plain text", "IPTC ninjs 2.x", "IPTC NewsML-G2". */
  format: string;
  headline?: string;
  /** The body in order. The lede may still open with the dateline ("Kiev (AFP) – …"). */
  blocks: Block[];
  /** The agency's id for the item (ninjs `uri`, NewsML-G2 `guid`); plain text has none. */
  itemId?: string;
  version?: number;
  /** ISO 8601 instants, as the item gives them. */
  versionCreated?: string;
  firstCreated?: string;
  /** Where the story was filed, from the item's metadata (ninjs `located`, NewsML-G2 `located`). */
  located?: string;
  /** The country or region the item places `located` in ("Ukraine"), for the time zone. */
  locatedIn?: string;
  /** A NewsML-G2 `dateline` element: "MOSCOW, Monday (Reuters)". */
  dateline?: string;
  /** Whoever the metadata says sent it: a provider code, copyright holder or source name. */
  agencyHints: string[];
  /** Person entities, where the format has them. */
  people: WirePerson[];
  pubStatus: PubStatus;
  embargoed?: string;
  /** The agency's notes to editors; only a public correction or kill note among them reaches readers. */
  edNotes: EditorialNote[];
  /** The item's language, as it gives it ("en-US", "de", "fi-FI"). */
  lang?: string;
  /** Who wrote it, as the item says it ("By Marwan Makdisi", "Von Almut Kipp, dpa"), in order. */
  bylines: string[];
  /** The lead the agency sets apart from the body (an STT or TT lead, a dpa teaser): the standfirst. */
  standfirst?: string;
  /** The agency's summary (ninjs `descriptions`, NewsML-G2 `description`): never the story, named when the body is missing. */
  summary?: string;
  /** What the body sanitiser removed with its text (scripts, styles, SVG), said to the editor. */
  removed: string[];
  /** The agency marks this version as a correction. */
  correction: boolean;
  /** What the reader left out of the body, said aloud rather than dropped silently ("1 picture"). */
  leftOut: string[];
}

/** A story with nothing read yet: readers fill in what their format has. */
export function emptyStory(format: string): WireStory {
  return {
    format,
    blocks: [],
    agencyHints: [],
    people: [],
    pubStatus: 'usable',
    edNotes: [],
    bylines: [],
    removed: [],
    correction: false,
    leftOut: [],
  };
}

/**
 * A problem with the wire file or the command: the import stops, writes
 * nothing, and prints this. The message names the file, and the line or field
 * when there is one.
 */
export class WireError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, where: { line?: number; column?: number } = {}) {
    super(message);
    this.name = 'WireError';
    this.line = where.line;
    this.column = where.column;
  }
}

/** Collapses runs of ASCII white space (line breaks in the source), keeping no-break and thin spaces. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function crosshead(text: string): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

/** A block's (or inline node's) text as one line: a line break reads as a space, as the desk's checks want it. */
export function blockText(node: Block | PhrasingContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map(blockText).join('');
  return '';
}

const SENTENCE_END = /[.!?:;,…"”’')\]]$/;

/**
 * A crosshead in running text: one short line that does not end like a
 * sentence ("Moscow accusations"). Never the lede.
 */
function looksLikeCrosshead(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.split(/\s+/).length <= 8 && trimmed.length <= 60 && !SENTENCE_END.test(trimmed);
}

/**
 * Plain text into blocks: paragraphs are separated by blank lines, and a
 * paragraph's own line breaks are spaces. Some ninjs producers separate
 * paragraphs by single line breaks: with `lineParagraphs`, a text that has
 * no blank line at all is read that way. Short unpunctuated lines after the
 * lede are crossheads.
 */
export function blocksFromPlainText(text: string, lineParagraphs = false): Block[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const blank = /\n[ \t]*\n/;
  const separator = lineParagraphs && !blank.test(normalised.trim()) ? /\n/ : blank;
  const chunks = normalised
    .split(separator)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
  return chunks.map((chunk, index) => {
    const oneLine = !chunk.includes('\n');
    const text = collapseSpace(chunk);
    return index > 0 && oneLine && looksLikeCrosshead(text) ? crosshead(text) : paragraph([{ type: 'text', value: text }]);
  });
}
