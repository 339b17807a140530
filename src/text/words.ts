/** Words of running text, and the small words that may open a clause. */

/** Words that may open a clause before its subject: `but Lavrov said`, `as Blinken looked on`, `…, where Roe said`. */
export const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'as',
  'while',
  'though',
  'although',
  'when',
  'where',
  'then',
]);

/** A word of running text: letters and digits, inner apostrophes and hyphens, `OPEC+`, or dotted initials (`U.S.`). */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?\+?/gu;

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
