/**
 * Attribution layouts beyond "subject, verb" (attribution.ts, steps 3 to 5),
 * as agency copy writes them. Each takes what attribution.ts has read of the
 * clause and answers for one layout only.
 *
 *   - A PARTICIPLE of saying after a comma has its sentence's first subject
 *     (`Hale welcomed the ruling, adding: “…”`), unless another is joined to
 *     it by "and" (`Hale and Osei signed, adding:` credits nobody).
 *   - A STRAY COMMA between the name opening a sentence and its verb, when
 *     the verb introduces the quotation with a colon (`Jane Roe, tweeted:
 *     “…”`), still makes the name the subject.
 *   - After an inverting verb, a DESCRIPTOR, a comma, then a name (`said one
 *     mother, Ann Lee, who waited six hours`): the name speaks, when the
 *     descriptor opens with a determiner (`said his coach, Ana Belmonte`) or
 *     ends with a title noun and the name ends the clause, is set off by a
 *     comma or is followed by a relative clause (`endsAppositive`).
 */
import { SAYING_VERB } from './lexicon/saying.ts';
import { INDEFINITE } from './lexicon/source-nouns.ts';
import { TITLE_NOUNS } from './lexicon/titles.ts';
import type { Mention } from './sources.ts';

/**
 * Whether `rest`, the text after a name or description, ends it as an
 * appositive: a comma, a clause's or sentence's end, a closing mark, or a
 * relative clause running to one of these without a verb of saying (`Ann
 * Lee, a rail worker who joined at 19.`; not `Lee, a source who was there
 * said`).
 */
export function endsAppositive(rest: string): boolean {
  if (/^\s*(?:[,.;:!?)”"]|$)/.test(rest)) return true;
  const relative = /^\s+(?:who|whose)\s([^,.;:!?“”"]*)(?:[,.;:!?”"]|$)/iu.exec(rest);
  return relative !== null && !new RegExp(SAYING_VERB.source, 'iu').test(relative[1]);
}

/** Possessive determiners, which open a descriptor as an article does: `said his coach, Ana Belmonte`. */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our']);

/** A descriptor's title words: all but a possessive determiner opening it. */
export function descriptorTitle(words: string[]): string[] {
  return POSSESSIVE_DETERMINERS.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
}

/** A participle's subject: the first of its sentence's `subjects`, when a comma comes before the participle and no "and" after the subject. */
export function participleSubject(text: string, verbStart: number, subjects: readonly Mention[], floor: number) {
  if (!/,\s*$/.test(text.slice(floor, verbStart))) return undefined;
  const subject = subjects.find((m) => m.end <= verbStart);
  return subject && !/^\s*,?\s*(?:and|or|&)\s/i.test(text.slice(subject.end)) ? subject : undefined;
}

/**
 * The subject across a stray comma: `nearest` is the last mention before the
 * verb, `opensSentence` whether it is the subject at the sentence's start;
 * `afterVerb` is the clause's text after the verb.
 */
export function strayCommaSubject(
  text: string,
  nearest: Mention | undefined,
  verbStart: number,
  afterVerb: string,
  opensSentence: boolean,
) {
  if (!nearest || nearest.sourceId === undefined || !opensSentence) return undefined;
  if (!/^\s*,\s*$/.test(text.slice(nearest.end, verbStart))) return undefined;
  return /^(?:\s+[\p{L}\p{N}]+){0,3}\s*:\s*$/u.test(afterVerb) ? nearest : undefined;
}

/** Whether the words before a comma can describe the name after it: `one mother`, `the group's founder`, `Kremlin spokesman`. */
export function describesName(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase() ?? '';
  return (
    TITLE_NOUNS.has(words.at(-1)?.toLowerCase() ?? '') ||
    first === 'the' ||
    INDEFINITE.has(first) ||
    POSSESSIVE_DETERMINERS.has(first)
  );
}
