/**
 * Standings: a person written again by their age or their family (`“…,” the
 * 52-year-old told AFP`, `added the father of six`), as AFP and AP copy does
 * right after naming them.
 *
 * ## The rule
 *
 * A STANDING is "the" and an age (`the 52-year-old`), or a word for kin or
 * sex, `of` and a count (`the father of six`, `the mother of two`), followed
 * by a verb of saying or a punctuation mark. It refers to
 *
 *   1. the one listed person the text writes with that age (`Mamadou Sarr,
 *      52,` or `52-year-old Mamadou Sarr`), when there is one;
 *   2. else the person who is the subject just before it, in its paragraph
 *      or the one before, when no other person is named between them, their
 *      age (if the text writes one) is that age, their pronoun (if known)
 *      is the kin word's, and the text gives that age to no one unnamed
 *      (`a 44-year-old neighbour who asked not to be named said`): the
 *      standing may be that unnamed person.
 *
 * Otherwise it is a subject nobody is credited through, as an epithet no
 * listed person holds is (epithets.ts): a wrong name is worse than none.
 */
import { PRONOUN_WORDS } from './lexicon/name-words.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import { findEpithets, type Titles } from './epithets.ts';
import type { Antecedents } from './pronouns.ts';
import type { Place } from './referents.ts';
import type { Mention } from './sources.ts';

const COUNT = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)';
const STANDING = new RegExp(
  `(?<![\\p{L}\\p{N}])[Tt]he[\\s\\u00a0]+(?:(\\d{1,3}-year-old)|(${[...PRONOUN_WORDS.keys()].join('|')})[\\s\\u00a0]+of[\\s\\u00a0]+${COUNT})` +
    `(?=[\\s\\u00a0]*[,.;:!?]|[\\s\\u00a0]+(?:${SAYING_VERB.source})(?![\\p{L}\\p{N}]))`,
  'gu',
);
/** The epithets in `text` (epithets.ts), standings among them, by age or kin; a standing wins over the epithet inside it (`the father`). */
export function epithetsIn(text: string): Mention[] {
  const standings = findStandings(text);
  return [...standings, ...findEpithets(text).filter((e) => !standings.some((n) => n.start <= e.start && e.end <= n.end))];
}

function findStandings(text: string): Mention[] {
  return [...text.matchAll(STANDING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    description: m[0].replace(/\s+/g, ' '),
    epithet: m[0].toLowerCase().split(/\s+/).slice(1),
    standing: m[1] ? { age: m[1] } : { pronoun: PRONOUN_WORDS.get(m[2])! },
  }));
}

/** The ages the text gives to someone unnamed (`a 44-year-old neighbour`, `an 18-year-old`). */
export const agesOfUnnamed = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((text) => [...text.matchAll(/(?<![\p{L}])an?[\s\u00a0]+(\d{1,3}-year-old)/giu)].map((m) => m[1])));

/** The person a standing refers to at `place`, by the rule above, or undefined. */
export function standingHolder(
  m: Mention,
  place: Place,
  titles: Titles,
  antecedents: Antecedents,
  unnamedAges: ReadonlySet<string>,
): string | undefined {
  const { age, pronoun } = m.standing!;
  const aged = age ? titles.holding(age) : [];
  if (aged.length === 1) return aged[0];
  if (age && unnamedAges.has(age)) return undefined;
  const last = antecedents.lastSubject(place, true);
  if (last === undefined || (aged.length > 1 && !aged.includes(last))) return undefined;
  if (age && titles.ages(last).some((a) => a !== age)) return undefined;
  return !pronoun || (antecedents.pronounFor(last) ?? pronoun) === pronoun ? last : undefined;
}
