/**
 * Names in passing: people and organisations a sentence names without
 * making them its speaker.
 *
 * ## The rule
 *
 * A name is IN PASSING when it stands
 *
 *   - after a preposition in its clause, with only the/a/an, title words and
 *     capitalised words between (`"…," he said of Smith`, `said in a letter
 *     to Macron`, `after a call with President Akufo-Addo`), or a noun for a
 *     kind of organisation or title with its modifiers (`chief executive of
 *     the campaign group Clean Rivers Now`), or an -ing verb
 *     right after the preposition (`she said after meeting Putin`). The `to`
 *     of `according to` is a verb of saying, not a preposition; and `of`
 *     before a capitalised word is part of a title (`Secretary of State
 *     Antony Blinken`);
 *   - in apposition to an object: set off by a comma after a noun phrase
 *     (the/a/an/his/her/its/their and up to four words) that follows another
 *     mention in its clause that is its subject, and followed by a comma or
 *     the end of the sentence (`She told the minister, Jane Roe, that …`). A
 *     phrase that opens the sentence is no object: in `In the city's Mid-City
 *     neighborhood, Robert Ramirez, 62, waded …` and `In a letter read to the
 *     jury, Ann Lee, …` the name is the subject.
 *
 * A name in passing is never the subject of a verb of saying, so no
 * quotation is credited to it (attribution.ts), and a pronoun never refers
 * to it (pronouns.ts), though it may make a pronoun ambiguous: the finder
 * then credits nobody. A name inside someone else's noun phrase (`a Trump
 * supporter`) is a title, not a name in passing (sources.ts).
 */
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { TITLE_NOUNS } from './lexicon/titles.ts';
import type { Mention } from './sources.ts';
import { isSubject } from './subjects.ts';

/** A word, with where it starts. */
interface Word {
  text: string;
  lower: string;
  start: number;
}

/** The words between `floor` and `end`, nearest first, stopping at a clause boundary. */
function wordsBack(text: string, end: number, floor: number): Word[] {
  const clause = text.slice(floor, end);
  const cut = Math.max(...[...',;:()“”"—–'].map((c) => clause.lastIndexOf(c))) + 1;
  const words = [...clause.slice(cut).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: floor + cut + m.index,
  }));
  return words.reverse();
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** `of Smith`, `to Macron`, `with President Akufo-Addo`, `after meeting Putin`. */
function afterPreposition(text: string, mention: Mention, floor: number): boolean {
  const words = wordsBack(text, mention.start, floor);
  let capitalised = false;
  let noun = false;
  for (const [i, word] of words.entries()) {
    if (PREPOSITIONS.has(word.lower)) {
      if (word.lower === 'to' && words[i + 1]?.lower === 'according') return false;
      return word.lower !== 'of' || !capitalised;
    }
    if (/^\p{Ll}+ing$/u.test(word.text)) return PREPOSITIONS.has(words[i + 1]?.lower ?? '');
    if (/^\p{Lu}/u.test(word.text)) capitalised = true;
    else if (TITLE_NOUNS.has(word.lower) || ORGANISATION_NOUNS.has(word.lower)) noun = true;
    else if (!ARTICLES.has(word.lower) && !noun) return false;
  }
  return false;
}

const OBJECT_PHRASE = /(?:^|\s)(?:the|a|an|his|her|its|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+\s*$/iu;

/** `She told the minister, Jane Roe, that …`: the name stands beside the object of another subject's verb. */
function besideObject(text: string, mention: Mention, mentions: readonly Mention[], floor: number): boolean {
  const comma = /,\s*$/.exec(text.slice(floor, mention.start));
  if (!comma || !/^\s*(?:[,;.?!]|$)/.test(text.slice(mention.end))) return false;
  const commaAt = floor + comma.index;
  const clause = wordsBack(text, commaAt, floor).at(-1)?.start ?? commaAt;
  const phrase = OBJECT_PHRASE.exec(text.slice(clause, commaAt));
  if (!phrase) return false;
  const phraseStart = clause + phrase.index;
  // The mention before must be a subject with an object: not `In a statement read to the court, Peter Lister, …`.
  return mentions.some(
    (m) => m !== mention && m.start >= clause && m.end <= phraseStart && isSubject(text, m, mentions, floor, true),
  );
}

/** Whether a named source's mention is in passing, by the rule above; `floor` is where its sentence starts. */
export function inPassing(text: string, mention: Mention, mentions: readonly Mention[], floor: number): boolean {
  return afterPreposition(text, mention, floor) || besideObject(text, mention, mentions, floor);
}
