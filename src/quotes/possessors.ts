/**
 * Possessors inside an unnamed source's description (unnamed-sources.ts
 * states the whole rule): in `the minister’s spokesman` or `the Prime
 * Minister’s official spokesman` the possessor, in lower case or a title in
 * capitals after a determiner, is part of the description, never the
 * speaker; a possessor in capitals that is no title (`the Kremlin’s
 * spokesman`) names someone, so there is no description.
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { TITLE_NOUNS } from './lexicon/titles.ts';
import { ENDS_POSTMODIFIER, INDEFINITE, POSTMODIFIER, TITLE_MODIFIERS } from './lexicon/source-nouns.ts';

/** A word of the text and where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * `the minister’s spokesman`: the determiner opening a description whose
 * possessor (the word at `at`) is no name, within three words, or undefined.
 * The noun must end the phrase (`the government’s official figures` is no
 * one): punctuation, a verb of saying or a word that ends a postmodifier
 * follows it.
 */
export function possessorOpener(text: string, before: readonly Word[], at: number, nounEnd: number): Word | undefined {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(nounEnd))?.[1];
  const verb = new RegExp(`^${SAYING_VERB.source}$`, 'iu');
  if (next && !verb.test(next) && !ENDS_POSTMODIFIER.has(next) && !POSTMODIFIER.test(` ${next}`)) return undefined;
  // A possessor in capitals is a role only after "the" (`the Prime Minister’s spokesman`), never a name (`the Kremlin’s`).
  const role = (word: Word) => /^\p{Ll}/u.test(word.text) || isRoleWord(word.text.replace(/['’]s?$/, ''));
  if (!role(before[at])) return undefined;
  for (const word of before.slice(at + 1, at + 4)) {
    const lower = word.text.toLowerCase();
    if (lower === 'the' || (INDEFINITE.has(lower) && /^\p{Ll}/u.test(before[at].text))) return word;
    if (/['’]s?$/.test(word.text) || !role(word)) return undefined;
  }
  return undefined;
}

/** A word of a title written in capitals: `Prime`, `Minister`, `Secretary`. */
const isRoleWord = (word: string) => TITLE_NOUNS.has(word.toLowerCase()) || TITLE_MODIFIERS.has(word.toLowerCase());
