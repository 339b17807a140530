/**
 * Credits the desk cannot stand behind, for proposals.ts: when the names
 * a story gives leave its speaker in doubt, the desk proposes nobody for the
 * quotation, which is then left to the editor, never credited wrong; and a
 * firm the finder read as a person is proposed as the organisation it is,
 * by its role, by the words before its name or by the noun it is spoken for
 * by; a place read as a person is nobody.
 */
import type { Candidate } from './candidates.ts';
import { isTitleNoun, ORGANISATION_NOUNS, PRONOUN_WORDS } from './lexicon/name-words.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import { nameRuns } from './name-runs.ts';

/** The longer names the text gives that end with a one-word organisation's name (`Cody Raines` for `Raines`). */
const fullNames = (c: Candidate, texts: readonly string[]) =>
  c.kind !== 'organisation' || /\s/.test(c.name)
    ? []
    : texts.flatMap((t, i) => nameRuns(t, i).filter((r) => r.kind === 'person' && r.name.endsWith(` ${c.name}`)));

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

/** A one-word organisation that ends a longer name, or two, is a person read as a firm: proposed as neither. */
export const surnameOnly = (c: Candidate, texts: readonly string[]) => fullNames(c, texts).length > 0;

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

/**
 * A person whose kin shares the surname and the pronoun (`his brother
 * Tom`, then `Mr Quinn`), or whose role says otherwise than the possessive,
 * cannot be told from them: proposed as neither.
 */
export const kinShares = (c: Candidate, texts: readonly string[]) => {
  const found = kinOf(c, texts);
  return found !== undefined && (found.own === found.kin || c.pronoun !== found.own);
};

/**
 * An organisation named by its noun alone (`the company said`), or a
 * quotation left to `it said`, speaks for the name of two words or more
 * standing last before it, in its paragraph or the two before, when that
 * name has no role and nothing is credited to it: a firm read as a person
 * (`Smoky Ridge Adventures said … "…," the company said`; `Minera Cordillera
 * said … "…," it said`). That name becomes the organisation, the noun its
 * alias. `its` are where the quotations left to `it said` stand.
 */
export function firmsRead(all: readonly Candidate[], credited: (c: Candidate) => boolean, its: number[]): Candidate[] {
  const at = (m: { paragraphIndex: number; start: number }) => m.paragraphIndex * 1e6 + m.start;
  const nouns = all.filter((c) => c.kind === 'organisation' && c.mentions.length === 0 && /^the\s/i.test(c.name) && credited(c));
  const firms = new Map<Candidate, Candidate | undefined>();
  for (const [order, noun] of [...nouns.map((c) => [c.order, c] as const), ...its.map((order) => [order, undefined] as const)]) {
    const last = (o: Candidate) => o.mentions.filter((m) => at(m) < order && order - m.paragraphIndex * 1e6 < 3e6).at(-1);
    const firm = all
      .filter((o) => o.kind === 'person' && !o.given && !o.role && /\s/.test(o.name) && !credited(o) && last(o))
      .sort((x, y) => at(last(x)!) - at(last(y)!))
      .at(-1);
    if (firm && (noun || !firms.has(firm))) firms.set(firm, noun);
  }
  return all.flatMap((c) => {
    if ([...firms.values()].includes(c)) return [];
    if (!firms.has(c)) return [c];
    const noun = firms.get(c);
    return [{ ...c, kind: 'organisation' as const, aliases: [...c.aliases, ...(noun ? [noun.name, ...noun.aliases] : [])] }];
  });
}

/**
 * A name the gazetteer (given by the wire desk, which holds it) knows as a
 * place (`the Santa Cruz district`, `Central Vietnam is hit by storms`) is
 * nobody, never a person, unless the item itself lists it as one.
 */
export const notPlaces = (all: readonly Candidate[], isPlace: (name: string) => boolean): Candidate[] =>
  all.filter((c) => c.kind !== 'person' || c.given === true || !isPlace(c.name));

/** Whether the text only ever names a candidate in full: a person is named by the surname after the first time. */
const neverShortened = (c: Candidate) => c.mentions.every((m) => m.name === c.name);

/** Words that only a firm stands after: `State-owned`, `state-run`, `family-operated`, `London-listed`. */
const FIRM_BEFORE = /(?:^|[^\p{L}])[\p{L}.]+-(?:owned|run|operated|listed|controlled)\s+$/iu;
/** A spokesperson speaking for a name: `A spokesperson for Lakeland Buses`. */
const SPOKESPERSON_FOR = /\bspokes(?:person|man|woman)\s+for\s+$/iu;

/**
 * A name with no role that stands after a word only firms stand after
 * (`State-owned Mi Teleferico said`), or that a spokesperson speaks for and
 * that the text never names by its last word alone, as it names a person
 * after the first time (`A spokesperson for Lakeland Buses`; not `a
 * spokesman for Ana Ruiz … Ruiz said`), is a firm read as a person: it is
 * proposed as the organisation.
 */
export const firmsByWords = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    if (c.kind !== 'person' || c.given || c.role) return c;
    const before = (m: Candidate['mentions'][number]) => texts[m.paragraphIndex].slice(0, m.runStart);
    const firm = c.mentions.some((m) => FIRM_BEFORE.test(before(m)) || (neverShortened(c) && SPOKESPERSON_FOR.test(before(m))));
    return firm ? { ...c, kind: 'organisation' as const } : c;
  });

const VERB = `(?:${SAYING_VERB.source})(?![\\p{L}])`;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+)*)$/u;

/**
 * A name written after "the", as no person's is (`the Panhandle Grain
 * Cooperative`, `The Norwegian Aquaculture Forum`), whose last word the text
 * makes a speaker with "the" (`The cooperative said`, `said the forum.`), is
 * the organisation that noun stands for: proposed as one, the noun its
 * alias, its name with the words between "the" and it (`Norwegian`).
 */
export const firmsByNoun = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    const noun = c.name.split(/\s+/).at(-1)!.toLowerCase();
    if (c.given || !/^\p{Ll}+$/u.test(noun)) return c;
    const after = c.mentions.find((m) => THE_BEFORE.test(texts[m.paragraphIndex].slice(0, m.runStart)));
    const speaks = new RegExp(
      `(?<![\\p{L}])[Tt]he\\s+${noun}\\s+(?:\\p{L}+\\s+){0,3}?${VERB}|${VERB}\\s+the\\s+${noun}\\s*(?:[,.;:]|$)`,
      'u',
    );
    if (!after || !texts.some((t) => speaks.test(t))) return c;
    const lead = THE_BEFORE.exec(texts[after.paragraphIndex].slice(0, after.runStart))![1].trim();
    const words = [lead, after.title].filter(Boolean).join(' ');
    const { role, ...rest } = c;
    return {
      ...rest,
      ...(role && role !== words ? { role } : {}),
      kind: 'organisation' as const,
      name: words ? `${words} ${c.name}` : c.name,
      aliases: [...c.aliases, `the ${noun}`],
    };
  });

/**
 * A name whose role is an organisation noun and nothing more
 * (`Niederrhein Tankschiff, a Duisburg-based operator`; not `chairman of the
 * parish council`), and that the text never names by its last word alone
 * (not `Luis Ortega, a forklift operator, … Ortega said`), is a firm read as
 * a person: it is proposed as the organisation, its role the description.
 */
export const firmsByRole = (all: readonly Candidate[]): Candidate[] =>
  all.map((c) => {
    const noun = c.role?.split(/\s+/).at(-1)?.toLowerCase();
    const firm =
      c.kind === 'person' &&
      !c.given &&
      neverShortened(c) &&
      noun !== undefined &&
      ORGANISATION_NOUNS.has(noun) &&
      !isTitleNoun(noun) &&
      !/\b(?:of|at|for|with|in|from|to)\b/i.test(c.role!);
    return firm ? { ...c, kind: 'organisation' as const } : c;
  });
