/**
 * Unnamed sources: the people the wire quotes without naming them.
 *
 * ## What counts as an unnamed source (the rule)
 *
 * A DESCRIPTION is a noun phrase whose noun is a word for someone who speaks
 * (official, diplomat, source, spokesman, aide, person/people, delegate, …;
 * the list is in lexicon/source-nouns.ts) and which is either
 *
 *   - indefinite: opened by a, an, one, another, two…ten, several, some, …
 *     (`a senior Western diplomat`, `two OPEC+ sources`, `A Department of
 *     Health and Social Care spokesperson`: up to four words between, more
 *     within a capitalised name), or by his, her, their, its (`her family`);
 *   - a bare plural (`Sources close to the talks`, `Western officials`),
 *   - or `someone`, `somebody`, which need no determiner (`someone in the
 *     crowd shouted`),
 *
 * with what follows the noun that says which person is meant
 * (postmodifiers.ts: `a source close to the Russian foreign ministry`, `a
 * spokeswoman for the rail union RMT`, `a man selling fruit by the road`,
 * `a trader who had missed the ferry`, up to a punctuation mark or a verb).
 * A noun followed by a capitalised word is a title (`spokesman Dmitry
 * Peskov`), a noun followed by another source noun describes that one (`a
 * deputy minister`), and a noun after a possessive
 * that names a listed source in capitals (`the Kremlin’s spokesman`) or
 * opens with no determiner (`Putin’s spokesman`) names someone the text
 * names: none of them is a description. Another possessor opened by a
 * determiner, in lower case or a title in capitals, is part of the
 * description (`the minister’s spokesman`, `the Prime Minister’s official
 * spokesman`; not `the Kremlin’s spokesman`), never the speaker; the same words
 * again, and `the spokesman`, refer back to it. The editor can add
 * descriptions the rule misses, as the text writes them, under
 * `quotes.unnamed` in the frontmatter; they win over any name inside them
 * (`Putin’s spokesman`).
 *
 * A BACK-REFERENCE is the same noun after "the" (`the official said`,
 * `said the diplomat`, `one of the sources said`): it refers to the nearest
 * description before it with that noun, and a quotation it attributes is
 * credited to that description. A back-reference with nothing to refer to is
 * not a source.
 *
 * A quotation attributed to a description (attribution.ts says how) is never
 * an error: it is credited to the description the text uses, is kept out of
 * the sidebar unless the article features it by id (`unnamed-1`), and is
 * never listed as a person.
 */
import { NOT_IN_TITLE } from './lexicon/titles.ts';
import {
  BARE_MODIFIERS,
  INDEFINITE,
  PARTITIVE,
  POSSESSIVE_OPENERS,
  SELF_DETERMINED,
  SOURCE_NOUNS,
} from './lexicon/source-nouns.ts';
import { possessorOpener, type Word } from './possessors.ts';
import { endsInDoubt, postmodifierEnd } from './postmodifiers.ts';
import { WORD } from '../text/words.ts';
import { namePattern, type Mention } from './sources.ts';

const NOUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...SOURCE_NOUNS.keys()].join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The words of `text` ending at `end` with nothing but spaces between them, nearest first, at most `max`. */
function wordsBefore(text: string, end: number, max: number): Word[] {
  const words: Word[] = [];
  let at = end;
  while (words.length < max) {
    const m = /([^\s]+)(\s+)$/u.exec(text.slice(0, at));
    if (!m || !new RegExp(`^${WORD.source}$`, 'u').test(m[1])) break;
    const start = at - m[0].length;
    words.push({ text: m[1], start, end: start + m[1].length });
    at = start;
  }
  return words;
}

/** A number or a word for several, which may open a plural description: `two council diplomats`. */
const COUNTING = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)$/i;

/** The description (or back-reference) whose noun is the match `noun`, or undefined. */
function describe(text: string, noun: RegExpExecArray): Mention | undefined {
  const info = SOURCE_NOUNS.get(noun[0].toLowerCase())!;
  const nounEnd = noun.index + noun[0].length;
  // `spokesman Dmitry Peskov` is a title; `the minister’s spokesman` is the spokesman's description, not the minister's;
  // `a deputy minister` is the minister's.
  const next = /^[\s\u00a0]+([\p{L}]+)/u.exec(text.slice(nounEnd))?.[1];
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(nounEnd)) || (next && (/^\p{Lu}/u.test(next) || SOURCE_NOUNS.has(next))))
    return undefined;
  const before = wordsBefore(text, noun.index, 10);
  let start = noun.index;
  let backReference = false;
  let opened = SELF_DETERMINED.has(noun[0].toLowerCase());
  for (const word of opened ? [] : before) {
    const lower = word.text.toLowerCase();
    if (/['’]s?$/.test(word.text)) {
      const opener = possessorOpener(text, before, before.indexOf(word), nounEnd);
      if (!opener) return undefined;
      start = opener.start;
      opened = true;
      break;
    }
    if (lower === 'the') {
      const partitive = PARTITIVE.exec(text.slice(0, word.start));
      start = partitive ? word.start - partitive[1].length : word.start;
      backReference = opened = true;
      break;
    }
    if (INDEFINITE.has(lower)) {
      // `the two ministers`: a number after "the" refers back; after a possessive it names nobody new.
      const previous = before[before.indexOf(word) + 1];
      if (previous && /['’]s?$/.test(previous.text)) return undefined;
      backReference = previous?.text.toLowerCase() === 'the';
      start = backReference ? previous.start : word.start;
      opened = true;
      break;
    }
    if (POSSESSIVE_OPENERS.has(lower)) {
      start = word.start;
      opened = true;
      break;
    }
    // Up to four words before the noun, more within a name (`a Department of Health and Social Care spokesperson`).
    if (!info.plural && before.indexOf(word) >= 4 && !/^(?:\p{Lu}.*|of|and|for|&)$/u.test(word.text)) break;
    // `Two council diplomats`: plain lower-case words after a number, else only the bare modifiers.
    const i = before.indexOf(word);
    const determined = before.slice(i, i + 3).findIndex((w) => COUNTING.test(w.text));
    const modifiers =
      determined > 0 && before.slice(i, i + determined).every((w) => /^\p{Ll}+$/u.test(w.text) && !NOT_IN_TITLE.has(w.text));
    if (info.plural && !/^\p{Lu}|-/u.test(word.text) && !BARE_MODIFIERS.test(word.text) && !modifiers) break;
    start = word.start;
  }
  if (!opened && !info.plural) return undefined;
  const end = backReference ? nounEnd : postmodifierEnd(text, nounEnd);
  const description = text.slice(start, end).replace(/\s+/g, ' ');
  const unread = !backReference && end === nounEnd && endsInDoubt(text, nounEnd);
  return { start, end, description, noun: info.singular, plural: info.plural, backReference, ...(unread ? { unread } : {}) };
}

/**
 * The descriptions and back-references of unnamed sources in `text`, and the
 * editor's `marked` descriptions (from `quotes.unnamed`), which win where they
 * overlap the others.
 */
export function findDescriptions(text: string, marked: readonly string[] = []): Mention[] {
  const found: Mention[] = [];
  for (const phrase of marked) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${namePattern(phrase, true)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const last = phrase.trim().split(/\s+/).at(-1)!.toLowerCase();
      const noun = SOURCE_NOUNS.get(last);
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        description: m[0].replace(/\s+/g, ' '),
        noun: noun?.singular ?? last,
        plural: noun?.plural ?? false,
        backReference: false,
        marked: true,
      });
    }
  }
  for (const noun of text.matchAll(NOUN)) {
    const mention = describe(text, noun);
    if (mention && !found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start);
}
