/**
 * Credits the desk cannot stand behind, and what the text says that settles
 * them, for proposals.ts: when the names a story gives leave its speaker in
 * doubt, the desk proposes nobody for the quotation, which is then left to
 * the editor, never credited wrong; a person takes the pronoun the text
 * gives them (by kin, by the clause after their name) and the age epithet
 * that can only be theirs; a place read as a person is nobody. (Firms read
 * as people: desk-firms.ts.)
 */
import type { Candidate } from './candidates.ts';
import { AGENCY_WORDS, PRONOUN_WORDS } from './lexicon/name-words.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import { nameRuns } from './name-runs.ts';
import { agesOfUnnamed } from './standings.ts';

/** Whether a person's name holds a word after its first: `Raines` in `Cody Raines`, `Lula` in `Luiz Inácio Lula da Silva`. */
const holds = (name: string, word: string) => name.split(/\s+/).slice(1).includes(word);

/** The longer names the text gives that hold a one-word organisation's name after their first word. */
const fullNames = (c: Candidate, texts: readonly string[]) =>
  c.kind !== 'organisation' || /\s/.test(c.name)
    ? []
    : texts.flatMap((t, i) => nameRuns(t, i).filter((r) => r.kind === 'person' && holds(r.name, c.name)));

/**
 * A one-word organisation that ends one longer name the text gives, a
 * person's that is no candidate's (`heard from Cody Raines … Raines
 * testified`: the name after "from" was read as a place), is that person,
 * by the fullest name.
 */
export const surnamesNamed = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    const runs = fullNames(c, texts);
    const name = runs[0]?.name;
    if (!name || runs.some((r) => r.name !== name) || all.some((o) => o.name === name)) return c;
    const mentions = [...runs, ...c.mentions];
    return { ...c, kind: 'person' as const, name, mentions, order: runs[0].paragraphIndex * 1e6 + runs[0].start };
  });

/** A one-word organisation that a longer name holds, or two, is a person read as a firm: proposed as neither. */
export const surnameOnly = (c: Candidate, texts: readonly string[]) => fullNames(c, texts).length > 0;

/**
 * A one-word organisation that is a word inside the name of exactly one
 * candidate person (`Ana María García Ruiz … García said`, `Luiz Inácio
 * Lula da Silva … Lula said`) is the name the text uses for that person:
 * their alias, its mentions theirs.
 */
export const innerNames = (all: readonly Candidate[], texts: readonly string[]): Candidate[] => {
  const into = new Map<Candidate, Candidate>();
  for (const c of all) {
    const runs = fullNames(c, texts);
    const owners = all.filter((o) => o.kind === 'person' && runs.some((r) => r.name === o.name));
    if (owners.length === 1 && runs.every((r) => r.name === owners[0].name)) into.set(c, owners[0]);
  }
  return all.flatMap((c) => {
    if (into.has(c)) return [];
    const names = [...into].filter(([, o]) => o === c).map(([n]) => n);
    if (names.length === 0) return [c];
    const mentions = [...c.mentions, ...names.flatMap((n) => n.mentions)];
    return [{ ...c, aliases: [...c.aliases, ...names.map((n) => n.name)], mentions }];
  });
};

const KIN = /\b([Hh]er|[Hh]is)\s+(\p{Ll}+)\s+\p{Lu}\p{Ll}+\b(?!\s+\p{Lu})/gu;
const HONORIFIC = { he: 'Mr', she: '(?:Mrs|Ms|Miss)' };

/**
 * Kin named by the given name alone beside a person (`Maureen Fielding, who
 * lives with her husband Derek`) share the surname when the text writes the
 * kin's honorific before it (`Mr Fielding`): the possessive then says the
 * person's pronoun and the kin's noun theirs, as `{ own, kin }`.
 */
function kinOf(c: Candidate, texts: readonly string[]): { own: 'he' | 'she'; kin: 'he' | 'she' } | undefined {
  if (c.kind !== 'person') return undefined;
  const surname = c.name.split(/\s+/).at(-1)!;
  for (const { paragraphIndex } of c.mentions)
    for (const [, possessive, noun] of texts[paragraphIndex].matchAll(KIN)) {
      const kin = PRONOUN_WORDS.get(noun);
      if (kin && texts.some((t) => new RegExp(`\\b${HONORIFIC[kin]}\\.?\\s+${surname}\\b`, 'u').test(t)))
        return { own: possessive.toLowerCase() === 'her' ? 'she' : 'he', kin };
    }
  return undefined;
}

/**
 * A person whose kin shares the surname, by the rule above, takes the
 * pronoun the possessive gives (`her husband Derek`: she), so that `Mr
 * Fielding said … he said` is never hers: that quotation, the husband's,
 * whom the desk cannot name, is left to the editor.
 */
export const kinSexed = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    const found = kinOf(c, texts);
    return found && !c.pronoun && found.own !== found.kin ? { ...c, pronoun: found.own } : c;
  });

/** `said she`, `told AFP as he`, after a name and an apposition: the pronoun, the subject of what follows. */
const SAID_PRONOUN = new RegExp(
  `^(?:,[^,]{1,100},)?\\s+(?:said|says|added|told\\s+(?:${[...AGENCY_WORDS].join('|')}|reporters|journalists))` +
    `(?:\\s+(?:that|as|while|when))?\\s+(he|she)(?![\\p{L}])`,
  'u',
);

/**
 * A person the text names in full, then follows with the pronoun that opens
 * what they said or did (`Tran Van Hoa told AFP as he ferried …`, `Jane
 * Roe, who …, said she …`; not `Mr Roe said he`, who may be her husband), in
 * a paragraph that, with the one before, names no other person,
 * takes that pronoun, so that the finder never gives them a `she said` (or
 * a `he said`) the text means for someone it did not name as a speaker.
 */
export const pronounsSaid = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    if (c.kind !== 'person' || c.pronoun) return c;
    const alone = (i: number) =>
      !all.some(
        (o) => o !== c && o.kind === 'person' && o.mentions.some((m) => m.paragraphIndex === i || m.paragraphIndex === i - 1),
      );
    const said = c.mentions
      .filter((m) => m.name === c.name && alone(m.paragraphIndex))
      .map((m) => SAID_PRONOUN.exec(texts[m.paragraphIndex].slice(m.end))?.[1])
      .find(Boolean);
    return said ? { ...c, pronoun: said as 'he' | 'she' } : c;
  });

/** `the 58-year-old told`, `the 38-year-old mother of four said`: an age epithet as the subject of a verb of saying. */
const AGE_EPITHET = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+((\\d+-year-old)(?:\\s+\\p{Ll}+){0,4}?)\\s+(?:${SAYING_VERB.source})(?![\\p{L}])`,
  'gu',
);

/**
 * An age epithet speaking (`"…," the 58-year-old told AFP`) is the one person
 * its paragraph and the one before name, named before it, when the text
 * never gives that age to someone unnamed (`a 58-year-old man`): it becomes
 * that person's alias, as the text wrote it.
 */
export const ageEpithets = (all: readonly Candidate[], texts: readonly string[]): Candidate[] => {
  const aliases = new Map<Candidate, string[]>();
  const unnamedAges = agesOfUnnamed(texts);
  texts.forEach((text, i) => {
    for (const m of text.matchAll(AGE_EPITHET)) {
      if (unnamedAges.has(m[2])) continue;
      const near = all.filter(
        (c) => c.kind === 'person' && c.mentions.some((n) => n.paragraphIndex === i || n.paragraphIndex === i - 1),
      );
      const [person] = near;
      const before = near.length === 1 && person.mentions.some((n) => n.paragraphIndex < i || n.start < m.index);
      if (before) aliases.set(person, [...(aliases.get(person) ?? []), `the ${m[1]}`]);
    }
  });
  return all.map((c) => (aliases.has(c) ? { ...c, aliases: [...c.aliases, ...aliases.get(c)!] } : c));
};

/**
 * A person whose kin shares the surname and the pronoun (`his brother
 * Tom`, then `Mr Quinn`), or whose role says otherwise than the possessive,
 * cannot be told from them: proposed as neither.
 */
export const kinShares = (c: Candidate, texts: readonly string[]) => {
  const found = kinOf(c, texts);
  return found !== undefined && (found.own === found.kin || c.pronoun !== found.own);
};

/** Lower-case nouns right after a name that make it a place's: `the Din Daeng district`, `the Cerro Alto copper mine`. */
const PLACE_AFTER =
  /^\s+(?:(?:\p{Ll}+\s+)?mine|district|region|province|county|area|quarter|neighbou?rhood|suburb|township|village|town|valley|mountains|hills|beach|coast|island|river|municipality|commune|prefecture|governorate|oblast)(?![\p{L}-])/u;
/** Words right before a name that make it a place's: `the city of El Alto`, `residents of …`, a sentence opening `In El Alto,`. */
const PLACE_BEFORE =
  /(?:(?<![\p{L}])(?:city|town|village|district|region|province|island|port|county|municipality|residents|inhabitants|villagers|mayor)\s+of|(?:^|[.!?]\s+)In)\s+$/u;

/**
 * A place read as a person is nobody, never proposed, unless the item
 * itself lists it as a person: a name the gazetteer (given by the wire
 * desk, which holds it) knows as a place (`the Santa Cruz district`,
 * `Central Vietnam is hit by storms`), or one the text writes as a place,
 * with no person's title before it (`the city of El Alto`, `In El Alto,`,
 * `the Din Daeng district`, `the Cerro Alto copper mine`).
 */
export const notPlaces = (all: readonly Candidate[], texts: readonly string[], isPlace: (name: string) => boolean): Candidate[] =>
  all.filter((c) => {
    if (c.kind !== 'person' || c.given === true) return true;
    if (isPlace(c.name)) return false;
    const placed = (m: Candidate['mentions'][number]) =>
      PLACE_BEFORE.test(texts[m.paragraphIndex].slice(0, m.runStart)) || PLACE_AFTER.test(texts[m.paragraphIndex].slice(m.end));
    return c.mentions.some((m) => m.personTitle) || !c.mentions.some(placed);
  });
