/**
 * Kin and honorifics: who `Mr Fielding` is when two listed people share the
 * surname, as BBC and PA copy writes a couple or a family (`Maureen
 * Fielding, who lives with her husband Derek, …` then `Mr Fielding said`).
 *
 * ## The rule
 *
 * A word for kin or sex between a possessive and a given name (`her husband
 * Derek`, `his daughter, Amy,`; lexicon/name-words.ts) tells two pronouns
 * when the given name opens the name of exactly one listed person: that
 * person's, by the word (husband: he), and the possessive's (her: she) for
 * the person named nearest before it in the sentence, when they share the
 * surname.
 *
 * An honorific before a surname two or more listed people share (`Mr`,
 * `Mrs`, `Ms`, `Miss`) names the one of them its pronoun fits when every
 * other is known not to fit it (`Mr Fielding`: Derek, his wife being she).
 * Otherwise it names nobody: the surname alone never does (sources.ts).
 */
import { PRONOUN_WORDS } from './lexicon/name-words.ts';
import type { Antecedents } from './pronouns.ts';
import { sentenceStart } from '../text/sentences.ts';
import { namePattern, type Mention, type NamedSource } from './sources.ts';
import { surnameOf } from '../text/patterns.ts';

type Gendered = 'he' | 'she';

const KIN = new RegExp(
  `(?<![\\p{L}])(her|his)[\\s\\u00a0]+(${[...PRONOUN_WORDS.keys()].join('|')}),?[\\s\\u00a0]+(\\p{Lu}\\p{Ll}+)`,
  'giu',
);
const HONORIFIC = new Map<string, Gendered>([
  ['Mr', 'he'],
  ['Mrs', 'she'],
  ['Ms', 'she'],
  ['Miss', 'she'],
]);

const firstName = (source: NamedSource) => source.name.trim().split(/\s+/)[0];

/**
 * A paragraph's named mentions with those its honorifics make, in order,
 * once the pronouns its kin words tell are learned, by the rule above.
 */
export function withHonorifics(
  text: string,
  sources: readonly NamedSource[],
  named: readonly Mention[],
  antecedents: Antecedents,
): Mention[] {
  const people = sources.filter((s) => s.kind === 'person');
  for (const [id, pronoun] of kinPronouns(text, people, named)) antecedents.know(id, pronoun);
  const more = honorificMentions(text, people, (id) => antecedents.pronounFor(id));
  return more.length === 0 ? [...named] : [...named, ...more].sort((a, b) => a.start - b.start);
}

/** The pronouns the kin words of a paragraph tell, by the rule above; `named` are its named mentions. */
function kinPronouns(text: string, people: readonly NamedSource[], named: readonly Mention[]): [string, Gendered][] {
  const told: [string, Gendered][] = [];
  for (const m of text.matchAll(KIN)) {
    const [, possessive, word, given] = m;
    const kin = people.filter((p) => firstName(p) === given);
    if (kin.length !== 1) continue;
    told.push([kin[0].id, PRONOUN_WORDS.get(word.toLowerCase())!]);
    const floor = sentenceStart(text, m.index);
    const before = named.filter((n) => n.start >= floor && n.end <= m.index && n.sourceId !== kin[0].id).at(-1);
    const holder = before && people.find((p) => p.id === before.sourceId);
    if (holder && surnameOf(holder.name) === surnameOf(kin[0].name))
      told.push([holder.id, possessive.toLowerCase() === 'her' ? 'she' : 'he']);
  }
  return told;
}

/** The mentions an honorific makes of a shared surname, by the rule above; `pronounOf` is what is known of each person so far. */
function honorificMentions(
  text: string,
  people: readonly NamedSource[],
  pronounOf: (id: string) => string | undefined,
): Mention[] {
  const bySurname = new Map<string, NamedSource[]>();
  for (const p of people) bySurname.set(surnameOf(p.name), [...(bySurname.get(surnameOf(p.name)) ?? []), p]);
  const found: Mention[] = [];
  for (const [surname, sharers] of bySurname) {
    if (sharers.length < 2) continue;
    const re = new RegExp(
      `(?<![\\p{L}])(Mr|Mrs|Ms|Miss)\\.?[\\s\\u00a0]+(${namePattern(surname, false)})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re)) {
      const wanted = HONORIFIC.get(m[1])!;
      const fits = sharers.filter((p) => pronounOf(p.id) === wanted);
      const others = sharers.filter((p) => !fits.includes(p));
      if (fits.length !== 1 || !others.every((p) => pronounOf(p.id) !== undefined)) continue;
      const start = m.index + m[0].length - m[2].length;
      const end = m.index + m[0].length;
      found.push({ start, end, sourceId: fits[0].id, possessive: /^['’]s?(?![\p{L}])/u.test(text.slice(end)) });
    }
  }
  return found;
}
