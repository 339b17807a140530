/**
 * Which mention is its clause's SUBJECT: no possessive, title or name in
 * passing, with only title words before it in its clause (`Russian foreign
 * ministry spokeswoman Maria Zakharova`), after an opening `but`, `as`, …
 * and a possessive that opens a title (`His sister Nadia Rahm said`).
 * A clause that opens right after an appositive set off by commas continues
 * the clause of the name before it (`Sen. Greg Tally, R-Texas, pressed
 * Marsh`): a name there is that subject's object, never a subject, so no
 * pronoun refers to it. A sentence that opens by saying where someone stood
 * and puts the verb "to be" before the name, a title between them or not
 * (`Among those rescued was Priya Nair, 29, …`, `Among them is retired
 * postman Ian Carr`) has that name as its subject. Attribution.ts reads the
 * subject of a verb of saying with this rule; read-paragraphs.ts notes
 * subjects as pronouns' antecedents.
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { NOT_IN_TITLE, isVerbLike } from './lexicon/titles.ts';
import { CLAUSE_OPENERS, wordsOf } from '../text/words.ts';
import type { Mention } from './sources.ts';

/** Determiners that may open a title before a name (`His neighbour`, `her lawyer`). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its']);

const CLAUSE_BOUNDARY = /[,;:()“”"—–]/;

/** `Among those on the picket line was`, `Among them is retired postman`: before a name, the subject of an inverted "to be", and the title words after it. */
const INVERTED_BE = /^among\s(?:[^\s]+\s){1,8}(?:is|are|was|were)((?:\s[^\s]+)*)$/iu;

/** Whether the words before a name that opens no clause of its own make it the subject of an inverted "to be". */
function invertedBe(words: readonly string[]): boolean {
  const m = INVERTED_BE.exec(words.join(' '));
  return m !== null && titleWordsOnly(wordsOf(m[1]));
}

/** Where the clause holding `index` starts: after the last comma, colon, dash, bracket or quote mark, within `floor`. */
export function clauseStart(text: string, index: number, floor: number): number {
  for (let i = index - 1; i >= floor; i--) {
    // A comma between digits (`1,900 people`) is part of a number, not a clause's edge.
    if (CLAUSE_BOUNDARY.test(text[i]) && !(text[i] === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')))
      return i + 1;
  }
  return floor;
}

/** True when every word of `words` can stand in a title before a name. */
export function titleWordsOnly(words: string[]): boolean {
  return words.every((w) => !NOT_IN_TITLE.has(w.toLowerCase()) && !isVerbLike(w));
}

/**
 * A mention is its clause's subject when it is no possessive or title, and
 * only title words stand before it in its clause (after an opening `but`,
 * `as`, …), none of them another mention. `floor` is where the sentence
 * starts. With `saying`, a verb of saying ends a clause too, as it does for
 * the speaker of a reported quote (`Blinken said Lavrov told reporters: “…”`);
 * without, the reported subject is not the sentence's (`Blinken said Lavrov
 * was wrong.`), which is what a later pronoun refers to.
 */
export function isSubject(text: string, mention: Mention, mentions: readonly Mention[], floor = 0, saying = false): boolean {
  if (mention.possessive || mention.title || mention.passing) return false;
  const verbs = saying ? [...text.slice(floor, mention.start).matchAll(SAYING_VERB)] : [];
  const afterVerb = verbs.length > 0 ? floor + verbs.at(-1)!.index + verbs.at(-1)![0].length : floor;
  const start = Math.max(clauseStart(text, mention.start, floor), afterVerb);
  if (objectAcrossAppositive(text, start, mentions)) return false;
  if (mentions.some((m) => m !== mention && m.start >= start && m.end <= mention.start && !m.possessive && !m.title)) {
    return false;
  }
  const words = wordsOf(text.slice(start, mention.start));
  if (words.length > 0 && CLAUSE_OPENERS.has(words[0].toLowerCase())) words.shift();
  // `His neighbour Nguyen Thi Lan said`: a possessive opening the clause before a title is the title's, not a verb's object.
  if (words.length > 1 && POSSESSIVE_DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return titleWordsOnly(words) || (start === floor && invertedBe(words));
}

/**
 * `Sen. Greg Tally, R-Texas, pressed Marsh`: a clause that opens right after
 * an appositive set off by commas continues the clause of the name before it,
 * which is its subject, so a name in it is that subject's object.
 */
function objectAcrossAppositive(text: string, start: number, mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      m.end < start &&
      !m.possessive &&
      !m.title &&
      /^\s*,[^,;:“”"]+,\s*$/.test(text.slice(m.end, start)) &&
      !mentions.some((n) => n.start >= m.end && n.end <= start),
  );
}
