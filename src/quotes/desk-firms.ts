/**
 * Firms the quote finder read as people, for the desk's proposals
 * (proposals.ts): a name the text marks as a firm is proposed as the
 * organisation it is, by its role (`a Duisburg-based operator`), by the
 * words before it (`State-owned …`, `a spokesperson for …`, `the … ,` that
 * its own noun then speaks for) or by the noun it is spoken for by (`the
 * company said`). A person stays a person when the text names them by the
 * surname after the first time, as it names no firm.
 */
import type { Candidate } from './candidates.ts';
import { isTitleNoun, ORGANISATION_NOUNS } from './lexicon/name-words.ts';
import { SAYING_VERB } from './lexicon/saying.ts';

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

/** Whether the text only ever names a candidate in full: a person is named by the surname after the first time. */
const neverShortened = (c: Candidate) => c.mentions.every((m) => m.name === c.name);

/** Words that only a firm stands after: `State-owned`, `state-run`, `family-operated`, `London-listed`. */
const FIRM_BEFORE = /(?:^|[^\p{L}])[\p{L}.]+-(?:owned|run|operated|listed|controlled)\s+$/iu;
/** A spokesperson speaking for a name: `A spokesperson for Lakeland Buses`. */
const SPOKESPERSON_FOR = /\bspokes(?:person|man|woman)\s+for\s+$/iu;
/**
 * Words after a name that only a firm takes: `Nordic Salmon, which employs …`, `… said in its
 * annual report`, `… said in a note to clients`.
 */
const FIRM_AFTER =
  /^(?:,\s+which\b|\s+(?:\p{Ll}+\s+){0,2}?(?:said|says|wrote|writes|added)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:in|on)\s+(?:its\b|a\s+(?:research\s+note|note\s+to\s+(?:clients|investors))))/u;

/**
 * A name with no role that stands after a word only firms stand after
 * (`State-owned Mi Teleferico said`), or that the text never names by its
 * last word alone, as it names a person after the first time, and that a
 * spokesperson speaks for (`A spokesperson for Lakeland Buses`; not `a
 * spokesman for Ana Ruiz … Ruiz said`) or that takes words only a firm takes
 * (`Morgan Stanley said in a note to clients`, `…, which employs 300`), is a
 * firm read as a person: it is proposed as the organisation.
 */
export const firmsByWords = (all: readonly Candidate[], texts: readonly string[]): Candidate[] =>
  all.map((c) => {
    if (c.kind !== 'person' || c.given || c.role) return c;
    const before = (m: Candidate['mentions'][number]) => texts[m.paragraphIndex].slice(0, m.runStart);
    const after = (m: Candidate['mentions'][number]) => texts[m.paragraphIndex].slice(m.end);
    const firm = c.mentions.some(
      (m) =>
        FIRM_BEFORE.test(before(m)) || (neverShortened(c) && (SPOKESPERSON_FOR.test(before(m)) || FIRM_AFTER.test(after(m)))),
    );
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
