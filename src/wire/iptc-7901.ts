/**
 * IPTC 7901, the teleprinter-era wire format dpa, Keystone-SDA (ATS) and
 * Kyodo (in its ANPA 1312 form) still send, read as the agencies lay it out:
 *
 * - the header line (service and number, priority, category, word count,
 *   agency: `eca117 4 i 142 dpa 0233`), after SOH when the control
 *   characters are kept (each SOH opens a story of its own), else the file's
 *   first line; then keyword lines (`Netherlands-transport/`) and STX;
 * - the heading, ending with the line marked ` =` (Kyodo: a `+`): that line
 *   is the headline, with the lines above it that continue it; a keyword,
 *   a take or flash line in capitals (`EXTRA`, `2ND LEAD`), a label (one
 *   word, or ending with a colon: `Suisse:`) is not. A marked line that is a
 *   byline (`By Jane Roe, dpa =`) is the byline, and the line above it the
 *   headline. No marked line among the first eight with text: refused,
 *   naming the headline;
 * - the story: lines hard-wrapped at the teleprinter's width are joined with
 *   one space; a blank or space-only line, or an indented line where the
 *   lines after it are not, starts a paragraph. The lede's dateline is read
 *   as elsewhere (opening.ts), or in a form only 7901 copy prints;
 * - the sign-off (`dpa ab cd`, `(ATS/xy)`, `==Kyodo`) and the trailer after
 *   ETX (`041530 GMT Mar 24`) are metadata, never story text: the agency,
 *   and the version's time (iptc-7901-metadata.ts has their forms);
 * - the agency's notebook (`# Notebook`, `# dpa NOTEBOOK`) and what a line
 *   of its own marks as not for publication (non-public.ts), with all that
 *   follows (links, notes to editors, contacts), never reach the article: a
 *   note says how many lines went. A text that is only that is refused.
 *
 * 7901 says nothing of its encoding: bytes that are valid UTF-8 are UTF-8,
 * any others ISO-8859-1 as Windows-1252 extends it (ATS's `«` is 0xAB).
 */
import { isBylineParagraph } from './byline.ts';
import { headerAgencies, ledeDateline, readTrailer, signOffAgency, TRAILER } from './iptc-7901-metadata.ts';
import { noHeadline } from './missing-text.ts';
import { isNonPublicMarker } from './non-public.ts';
import { blocksFromPlainText, emptyStory, WireError, type WireStory } from './story.ts';
import { inItem, type WireFile } from './wire-file.ts';

const HEADER = /^[a-z]{1,4}\d{2,5}\s+\d\s+[a-z]{1,2}\s+\d+(?:\s+[a-z0-9]+)*\s*$/i;
// eslint-disable-next-line no-control-regex -- 7901's start-of-header character, after line feeds and fill
const FRAMED = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?[\u0016\u007f\r\n]*\u0001/;

/** Whether a file's first characters (bytes read one to a character) open a 7901 transmission. */
export function isIptc7901(head: string): boolean {
  return FRAMED.test(head) || HEADER.test(head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '').split(/\r?\n/, 1)[0]);
}

/** The bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252. */
export function decodeIptc7901(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The mark that ends the heading: ` =` (7901), or a `+` glued to the headline (Kyodo). */
const MARK = /\s=\s*$|(?<=\S)\+\s*$/;
/** How far down the heading may go: header, keywords, takes and labels are a few lines. */
const HEADING_LINES = 8;
const NOTEBOOK = /^#{1,3}\s+(?:\p{L}+\s+)?(?:notebook|notizblock)\b/iu;
const SEPARATOR = /^[*\s_-]*$/;

/** The stories of a file: one per transmission, each opening with SOH (a file with the control characters stripped holds one). */
export function readIptc7901(text: string): WireFile {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parts = FRAMED.test(normal)
    ? normal
        .split('\u0001')
        .slice(1)
        .map((part) => `\u0001${part}`)
    : [normal];
  const stories = parts.map((part, i) => {
    try {
      return readTransmission(part);
    } catch (error) {
      throw inItem(error, i, parts.length, undefined);
    }
  });
  return { container: 'IPTC 7901 transmission', stories, skipped: [] };
}

function readTransmission(text: string): WireStory {
  const story = emptyStory('IPTC 7901');
  const { header, message, trailer } = frame(text);
  story.versionCreated = trailer === undefined ? undefined : readTrailer(trailer);
  const lines = message.split('\n').map((line) => line.trimEnd());
  const at = markedLine(lines);
  if (at < 0) throw noHeadline(story);
  story.headline = heading(lines.slice(0, at + 1), story);
  const body = storyLines(lines.slice(at + 1), story);
  const chunks = paragraphs(body);
  if (chunks.length > 0) chunks[0] = ledeDateline(chunks[0], story);
  story.blocks = blocksFromPlainText(chunks.join('\n\n'));
  story.agencyHints.push(...headerAgencies(header));
  return story;
}

/** The header line, the message from the heading to ETX (control characters gone), and the trailer after ETX. */
function frame(text: string): { header: string; message: string; trailer?: string } {
  const soh = FRAMED.test(text) ? text.indexOf('\u0001') : -1;
  const start = soh + 1;
  const end = text.indexOf('\n', start);
  const header = end < 0 ? text.slice(start) : text.slice(start, end);
  const after = end < 0 ? '' : text.slice(end + 1);
  const stx = after.indexOf('\u0002');
  let message = stx < 0 ? after : after.slice(stx + 1);
  const etx = message.indexOf('\u0003');
  let trailer: string | undefined;
  if (etx >= 0) {
    // The trailer runs to the end of its line, or to EOT.
    trailer = message
      .slice(etx + 1)
      .split('\n', 1)[0]
      .split('\u0004', 1)[0]
      .trim();
    message = message.slice(0, etx);
  } else {
    // With the control characters stripped, the trailer is the last line, when it is one.
    const last = message.trimEnd().split('\n').at(-1)?.trim() ?? '';
    if (TRAILER.some((form) => form.test(last))) {
      trailer = last;
      message = message.trimEnd().slice(0, -last.length);
    }
  }
  // eslint-disable-next-line no-control-regex -- what is left of the framing and font switches is not text
  return { header, message: message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ''), ...(trailer ? { trailer } : {}) };
}

/** The line that ends the heading, among the first lines with text; -1 when there is none. */
function markedLine(lines: string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADING_LINES; i += 1) {
    if (lines[i].trim() === '') continue;
    if (MARK.test(lines[i])) return i;
    seen += 1;
  }
  return -1;
}

/** A heading line that is not the headline: a keyword, a take or flash line, a label. */
const isLabel = (line: string) => line.endsWith('/') || !/\p{Ll}/u.test(line) || line.endsWith(':') || !/\s/.test(line);

/** The headline from the heading's lines, its marked line last; a byline among them goes to the story's bylines. */
function heading(lines: string[], story: WireStory): string {
  const shown = lines.map((line) => line.trim()).filter((line) => line !== '');
  const marked = shown.pop()!.replace(MARK, '').trim();
  const headline: string[] = [];
  if (marked === '' || isBylineParagraph(marked, [])) {
    if (marked !== '') story.bylines.push(marked);
    const above = shown.pop();
    if (above !== undefined) headline.push(above);
  } else headline.push(marked);
  while (shown.length > 0 && !isLabel(shown.at(-1)!)) headline.unshift(shown.pop()!);
  return headline.join(' ');
}

/** The story's lines: the sign-off taken off the end, the notebook and what is not for publication cut off. */
function storyLines(lines: string[], story: WireStory): string[] {
  const kept = [...lines];
  while (kept.length > 0 && kept.at(-1)!.trim() === '') kept.pop();
  const last = kept.at(-1)?.trim() ?? '';
  const ownParagraph = (kept.at(-2) ?? '').trim() === '';
  const signOff = signOffAgency(last, ownParagraph);
  if (signOff !== undefined) {
    story.agencyHints.push(signOff);
    kept.pop();
  }
  // A marker is a paragraph of its own: a wrapped line of a sentence that mentions the words is story text.
  const alone = (i: number) => SEPARATOR.test(kept[i - 1] ?? '') && (kept[i + 1] ?? '').trim() === '';
  const cut = kept.findIndex((line, i) => NOTEBOOK.test(line.trim()) || (isNonPublicMarker(line) && alone(i)));
  if (cut < 0) return kept;
  const opener = kept[cut].trim();
  const before = kept.slice(0, cut);
  while (before.length > 0 && SEPARATOR.test(before.at(-1)!)) before.pop();
  if (before.length === 0) {
    throw new WireError(
      `the item's text says it is not for publication («${opener}» opens it): it is a note to editors, not a story, and is not imported`,
    );
  }
  const count = kept.slice(cut).filter((line) => line.trim() !== '').length;
  const what = NOTEBOOK.test(opener) ? "the agency's notebook for editors" : 'marked not for publication';
  story.removed.push(`the ${count} lines from «${opener}» on (${what})`);
  return before;
}

/** Lines into paragraphs (each its lines joined by line breaks): a blank line, or an indented one, starts a new one. */
function paragraphs(lines: string[]): string[] {
  const indent = (line: string) => /^[ \t]*/.exec(line)![0].length;
  const least = Math.min(...lines.filter((line) => line.trim() !== '').map(indent));
  const chunks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') chunks.push([]);
    else {
      if (indent(line) > least && chunks.at(-1)!.length > 0) chunks.push([]);
      chunks.at(-1)!.push(line.trim());
    }
  }
  return chunks.filter((chunk) => chunk.length > 0).map((chunk) => chunk.join('\n'));
}
