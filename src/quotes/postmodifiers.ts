/**
 * Where an unnamed source's description ends after its noun
 * (unnamed-sources.ts states the whole rule): the words that say which
 * person is meant belong to the description, the reporter's words around it
 * do not.
 *
 * ## The rule
 *
 *   - A phrase opened by `close to`, `familiar with`, `with knowledge of`,
 *     `involved in`, `briefed on`, `of`, `in`, `at`, `from`, `for` runs up
 *     to five words, stopping before a verb of saying or a word that ends a
 *     postmodifier (`on`, `who`, `last`, …), then takes the rest of a
 *     capitalised name that lists its parts (`a spokesperson for the
 *     Department for Environment, Food and Rural Affairs`), or the name of an
 *     organisation written after its noun (`a spokeswoman for the rail union
 *     RMT`).
 *   - A participle right after the noun (not `during`, `according`,
 *     `morning`) and up to seven more words, or a relative clause with no
 *     comma before it (`a trader who had missed the ferry`, `a doctor who
 *     runs a surgical ward at a hospital in the north,`) of up to fifteen
 *     words, belong to it when they run to a punctuation mark: they say
 *     which person, as a restrictive clause does; so does a relative clause
 *     of up to fifteen words that runs unbroken to the verb of saying its
 *     noun is the subject of (`a man who had lost his home in the fire
 *     said`). A relative clause with no comma that runs on past fifteen
 *     words, with no verb of saying in them, leaves the description's end in
 *     DOUBT: it is read as an unread subject (unread-subjects.ts), credited
 *     to nobody, never as its noun alone. Otherwise, with no mark (`A man selling fruit said`), a word a
 *     postmodifier stops at inside the participle's phrase (`a woman
 *     speaking on condition of anonymity`), or a verb of saying inside
 *     either, the description ends at its noun. A relative clause after a
 *     comma (`an official, who asked not to be named,`) is the reporter's
 *     aside, never part of it.
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { ENDS_POSTMODIFIER, POSTMODIFIER } from './lexicon/source-nouns.ts';
import { WORD } from '../text/words.ts';

const SPACE = '[\\s\\u00a0]+';
const TO_MARK = '(?=[\\s\\u00a0]*[,.;:!?])';
const NOT_PARTICIPLES = ['during', 'according', 'including', 'regarding', 'concerning', 'morning', 'evening', '\\p{Ll}*thing'];
const not = (words: Iterable<string>) => `(?!(?:${[...words].join('|')})(?![\\p{L}\\p{N}]))`;
const NO_SAYING = `(?!(?:${SAYING_VERB.source})(?![\\p{L}\\p{N}]))`;
const PARTICIPLE_PHRASE = new RegExp(
  `^${SPACE}${not(NOT_PARTICIPLES)}\\p{Ll}+ing(?:${SPACE}${not(ENDS_POSTMODIFIER)}${NO_SAYING}(?:${WORD.source})){1,7}${TO_MARK}`,
  'u',
);
const RELATIVE_CLAUSE = new RegExp(`^${SPACE}who(?:${SPACE}${NO_SAYING}(?:${WORD.source})){1,15}${TO_MARK}`, 'iu');
/** `a man who had lost his home in the fire said`: a relative clause that runs, unbroken, to the verb its noun is the subject of. */
const RELATIVE_TO_VERB = new RegExp(
  `^${SPACE}who(?:${SPACE}${NO_SAYING}(?:${WORD.source})){1,15}(?=${SPACE}(?:${SAYING_VERB.source})(?![\\p{L}\\p{N}]))`,
  'iu',
);
/** A relative clause with no comma that runs past fifteen words, none of them a verb of saying. */
const RELATIVE_TOO_LONG = new RegExp(`^${SPACE}who(?:${SPACE}${NO_SAYING}(?:${WORD.source})){16}`, 'iu');
/** Whether the words after a description's noun at `end` open a relative clause too long to tell where it ends. */
export const endsInDoubt = (text: string, end: number) => RELATIVE_TOO_LONG.test(text.slice(end));
const SAYS = new RegExp(`^${SAYING_VERB.source}$`, 'iu');
const NEXT_WORD = new RegExp(`^\\s+(${WORD.source})`, 'u');
/** `a spokeswoman for the chemical industry association VCI`: the organisation's name written after its noun. */
const NAME_AFTER = /^(?:[\s\u00a0]+\p{Lu}[\p{L}\p{N}.&-]*)+(?=[\s\u00a0]*(?:[,.;:!?]|$))/u;
/** `the Department for Environment, Food and Rural Affairs`: the rest of a name that lists its parts. */
const NAME_LIST =
  /^(?:,[\s\u00a0]+\p{Lu}[\p{L}-]*)+[\s\u00a0]+(?:and|&)(?:[\s\u00a0]+\p{Lu}[\p{L}-]*)+(?=[\s\u00a0]*(?:[,.;:!?]|[\s\u00a0]\p{Ll}|$))/u;

/** Where a description that ends with its noun at `end` ends once its postmodifier is added, by the rule above. */
export function postmodifierEnd(text: string, end: number): number {
  const rest = text.slice(end);
  const restrictive = PARTICIPLE_PHRASE.exec(rest) ?? RELATIVE_CLAUSE.exec(rest) ?? RELATIVE_TO_VERB.exec(rest);
  if (restrictive) return end + restrictive[0].length;
  const starter = POSTMODIFIER.exec(text.slice(end));
  if (!starter) return end;
  let at = end + starter[0].length;
  let taken = 0;
  for (let m = NEXT_WORD.exec(text.slice(at)); m && taken < 5; m = NEXT_WORD.exec(text.slice(at))) {
    const lower = m[1].toLowerCase();
    if (ENDS_POSTMODIFIER.has(lower) || SAYS.test(lower)) break;
    at += m[0].length;
    taken++;
  }
  if (taken === 0) return end;
  const list = /\p{Lu}[\p{L}-]*$/u.test(text.slice(0, at)) ? NAME_LIST.exec(text.slice(at)) : null;
  if (list) return at + list[0].length;
  const name = NAME_AFTER.exec(text.slice(at));
  return name ? at + name[0].length : at;
}
