/**
 * What the text says a named source is, for the desk's proposals: a person's
 * role, an organisation's description. Only the text's own words, in one of
 * three places around a mention, tried in this order:
 *
 *   1. BEFORE the name: the title words of its run (name-runs.ts) with the
 *      words right before them back to punctuation or a word that cannot
 *      stand in a title (a preposition, a verb, an article), provided the
 *      word next to the name is a title noun (`AFP Africa director` Hugo
 *      Lambrecht, `volunteer` Gul Ahmad, `German carmaker` Brenner);
 *   2. an APPOSITIVE BEFORE it, set off by commas and opened by a determiner
 *      or a possessive (`his coach, Ana Belmonte,`; `The disaster ministry’s
 *      spokesman, Abdul Qadir Rahmani,`);
 *   3. an APPOSITION AFTER it, between commas, past an age or a party tag
 *      (`said Jane Roe, an analyst at Acme`, `Dietz, 67, a retired
 *      schoolteacher`), up to a relative clause, a verb or punctuation.
 *
 * A rank alone before the name gives way to an appositive before it (`The
 * governor of the region, Colonel …,` is the governor of the region). An
 * opening "a", "an", "one" or possessive pronoun is left out; "the" is
 * kept only before a possessive (`the district’s deputy commissioner`).
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { isTitleNoun, ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { NOT_IN_TITLE, isVerbLike } from './lexicon/titles.ts';
import { CLAUSE_OPENERS } from '../text/words.ts';
import type { NameRun } from './name-runs.ts';

/** -ed words that describe a person rather than say what they did: `retired principal`. */
const DESCRIBING_ED = new Set(['retired', 'elected', 'appointed', 'designated', 'embattled', 'ousted', 'exiled', 'jailed']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'his', 'her', 'its', 'their', 'our']);
/** A word that opens a described phrase: an article, a possessive pronoun, or a name's possessive (`Yusuf’s daughter`). */
const determiner = (word: string) => DETERMINERS.has(word.toLowerCase()) || /^\p{Lu}[\p{L}\p{M}.-]*['’]s?$/u.test(word);
const pastTense = (word: string) => /^\p{Ll}{2,}[^e]ed$/u.test(word) && !DESCRIBING_ED.has(word);
const AGE_OR_TAG = /^(?:\d{1,3}|[DRI]-[\p{L}.]+)$/u;
const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;

const saying = (word: string) => new RegExp(`^(?:${SAYING_VERB.source})$`, 'iu').test(word);

/** A word that may stand in a role before a name; "of" only inside a title (`Secretary of State`). */
function roleWord(word: string, before: string | undefined): boolean {
  const lower = word.toLowerCase();
  if (NOT_IN_TITLE.has(lower) || CLAUSE_OPENERS.has(lower) || ['the', 'a', 'an'].includes(lower)) return false;
  if (lower === 'of') return before !== undefined && /^\p{Lu}/u.test(before) && isTitleNoun(before.toLowerCase());
  return !saying(word) && !isVerbLike(word) && !pastTense(word);
}

/** Step 1: the title words of the run and the words right before them. */
function roleBefore(text: string, run: NameRun): string | undefined {
  const before = /(?:[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*[ \u00a0]+)*$/u.exec(text.slice(0, run.runStart))?.[0] ?? '';
  const words = before.match(WORD) ?? [];
  let from = words.length;
  while (from > 0 && words.length - from < 6 && roleWord(words[from - 1], words[from - 2])) from--;
  const taken = words.slice(from);
  const nearest = taken.at(-1);
  const titled = nearest !== undefined && (isTitleNoun(nearest.toLowerCase()) || ORGANISATION_NOUNS.has(nearest.toLowerCase()));
  const lower = titled && !/['’]s?$/u.test(nearest) ? taken.join(' ') : '';
  const role = [lower, run.title ?? ''].filter(Boolean).join(' ');
  return role === '' ? undefined : role;
}

/** A role phrase without its opening article or possessive pronoun. */
function trimmed(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  const first = words[0]?.toLowerCase();
  if (['a', 'an', 'one', 'his', 'her', 'its', 'their', 'our'].includes(first)) words.shift();
  else if (first === 'the' && !/['’]s?$/u.test(words[1] ?? '')) words.shift();
  const role = words.join(' ');
  return role === '' ? undefined : role;
}

/** Step 2: `, the X’s spokesman, Name,` or `his coach, Name,`: the phrase before the comma, opened by a determiner. */
function appositiveBefore(text: string, run: NameRun): string | undefined {
  const after = text.slice(run.end);
  if (!/^(?:['’]s?)?\s*(?:[,.;:]|$)/u.test(after)) return undefined;
  const m = /(?:^|[.;:!?(]\s*|,\s*|\s)([^,.;:!?()“”"]{2,80}),\s*$/u.exec(text.slice(0, run.runStart));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  // From a verb of saying on, or from the clause's start: `said his coach`, `Outside the court, his wife`, `and its officer`.
  const verb = words.findLastIndex((w) => saying(w));
  const phrase = words.slice(verb + 1);
  if (phrase.length > 0 && CLAUSE_OPENERS.has(phrase[0].toLowerCase())) phrase.shift();
  if (phrase.length === 0 || phrase.length > 8 || !determiner(phrase[0])) return undefined;
  return trimmed(phrase.join(' '));
}

/** Step 3: the apposition after the name, past an age or a party tag. */
function appositionAfter(text: string, run: NameRun): string | undefined {
  const segments = text.slice(run.end).split(/,/);
  if (segments.length < 2 || segments[0].trim() !== '') return undefined;
  for (const segment of segments.slice(1, 3)) {
    const phrase = segment.split(/[.;:!?()“”"]/)[0].trim();
    if (AGE_OR_TAG.test(phrase)) continue;
    const words: string[] = [];
    for (const word of phrase.split(/\s+/)) {
      if (['who', 'whose', 'which', 'that', 'and', 'as'].includes(word) || saying(word)) break;
      // An -ing word ends the phrase (`, a driver, standing beside`) unless it follows an article (`the killing`).
      if (isVerbLike(word) && !DETERMINERS.has(words.at(-1)?.toLowerCase() ?? '')) break;
      words.push(word);
    }
    const first = words[0] ?? '';
    if (words.length === 0 || words.length > 10 || (NOT_IN_TITLE.has(first.toLowerCase()) && !determiner(first))) {
      return undefined;
    }
    if (pastTense(first) || (/^\p{Lu}/u.test(first) && !determiner(first) && !isTitleNoun(first.toLowerCase()))) {
      return undefined;
    }
    return trimmed(words.join(' '));
  }
  return undefined;
}

/** What the text says the source of `run` is, by the rule above, or undefined. `text` is its paragraph's. */
export function roleAt(text: string, run: NameRun): string | undefined {
  const before = roleBefore(text, run);
  if (before !== undefined && before === run.title) return appositiveBefore(text, run) ?? before;
  return before ?? appositiveBefore(text, run) ?? appositionAfter(text, run);
}
