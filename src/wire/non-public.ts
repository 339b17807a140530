/**
 * Text an agency marks in the body as not for publication never reaches an
 * article. dpa heads what is for editors only with a line saying so ("Die
 * folgenden Informationen sind nicht zur Veröffentlichung bestimmt"), and
 * sends advisories to editors whose whole text is such a line ("(Diese
 * Informationen sind nicht zur Veröffentlichung bestimmt)"). The rule:
 *
 * - a paragraph that is such a marker on its own (at most twelve words, in
 *   brackets or not; German, English, French, Spanish, Italian, Dutch,
 *   Swedish, Norwegian, Danish or Finnish) cuts the body there: it and
 *   everything after it are left out, and a note says how many blocks went;
 * - a marker before any story text leaves nothing to publish: the import is
 *   refused, the item being a note to editors, not a story;
 * - a sentence that only mentions the words ("the memo, marked not for
 *   publication, said …") is story text and is kept.
 *
 * Markup the agency marks the same way (dpa's `np-nonpublic` sections) is
 * removed with its text by markup.ts.
 */
import { blockText, WireError, type Block } from './story.ts';

const MARKERS = [
  /\bnicht (?:zur|für die) veröffentlichung\b/,
  /\bnot (?:intended )?for (?:publication|broadcast)\b/,
  /\b(?:ne pas publier|non publiable|pas (?:destinée?s? )?(?:à|pour) (?:la )?publication)\b/,
  /\b(?:no publicable|no (?:es )?para (?:su )?publicación)\b/,
  /\b(?:non pubblicabile|non (?:destinat[oaie] )?(?:alla|per la) pubblicazione)\b/,
  /\bniet voor publicatie\b/,
  /\b(?:ej|inte) för publicering\b/,
  /\bikke for (?:publisering|publikasjon|offentliggørelse)\b|\bikke til offentliggørelse\b/,
  /\bei julkaistavaksi\b/,
];

/** Whether a paragraph is a marker on its own: short, and saying what is not for publication. */
export function isNonPublicMarker(text: string): boolean {
  const words = text.trim().replace(/^[([]+|[)\].:!]+$/g, '');
  if (words.split(/\s+/).length > 12) return false;
  const lower = words.toLowerCase();
  return MARKERS.some((marker) => marker.test(lower));
}

/** The body up to the first marker, with a note when anything was cut; refused when no story text comes before it. */
export function publicBlocks(blocks: readonly Block[], notes: string[]): Block[] {
  const at = blocks.findIndex((block) => block.type === 'paragraph' && isNonPublicMarker(blockText(block)));
  if (at < 0) return [...blocks];
  const marker = blockText(blocks[at]).trim();
  if (!blocks.slice(0, at).some((block) => block.type === 'paragraph')) {
    throw new WireError(
      `the item's text says it is not for publication ("${marker}"): it is a note to editors, not a story, and is not imported`,
    );
  }
  const cut = blocks.length - at;
  notes.push(
    `left out of the body: the ${cut === 1 ? 'paragraph' : `${cut} blocks`} from «${marker}» on, which the agency marks as not for publication`,
  );
  return blocks.slice(0, at);
}
