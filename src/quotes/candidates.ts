/**
 * The named sources a story may quote, gathered from its names
 * (name-runs.ts) as candidates for the quote finder. Proposals.ts keeps
 * those the finder credits; nothing here decides who speaks.
 *
 * ## Who is a candidate (the rule)
 *
 *   - A PERSON: a name of two words or more, unless every mention of it
 *     stands after a preposition of place (`in Hollis Creek`, `at Harborline
 *     Risk`: a place or a firm, not a speaker). A one-word name is the surname
 *     of the one person whose name ends with it (`Wahid`, `Ms Brandt`); with
 *     none, the name the text uses for the one person whose name opens with
 *     it (`Somchai` for Somchai Rattanakorn, `Choi` for Choi Sang-min: the
 *     given name, or a family name written first), an alias; else it is a
 *     person only after a person's title (`President Trump`).
 *     A name that shares its surname with two people is neither. A name
 *     whose words are all in a longer one is that person (`Qadir Rahmani`):
 *     one person keeps one name, the fullest the text gives.
 *   - An ORGANISATION: a run read as one, or a one-word name that is no one's
 *     surname and that is the subject of a verb of saying (`Acme said`,
 *     `said Ofwat.`, with no other name between: not `Local councillor Jo
 *     Roe said`) or follows an organisation noun (`carmaker Brenner`).
 *     An acronym in brackets after an organisation, or made of its initials,
 *     is its alias (`Natural Resources Wales (NRW)`, `the BMA`).
 *
 * Each keeps the role or description roles.ts reads at its first mention
 * that has one, and a person the pronoun a word for kin or sex in it shows
 * (`mother`: she; `the man now on trial`: he). Names the item itself gives (a format's person entities) are
 * people whatever the text says, completed by the fullest mention.
 */
import { INVERTING, SAYING_VERB } from './lexicon/saying.ts';
import { ORGANISATION_NOUNS, PRONOUN_WORDS } from './lexicon/name-words.ts';
import { nameRuns, type NameRun } from './name-runs.ts';
import { roleAt } from './roles.ts';

export interface Candidate {
  kind: 'person' | 'organisation';
  name: string;
  /** A person's role, an organisation's description, as the text gives it. */
  role?: string;
  aliases: string[];
  /** Where the text first names it: paragraph × 10⁶ + offset. */
  order: number;
  /** Its mentions, in article order. */
  mentions: NameRun[];
  /** Given by the item, not found in the text: kept whether or not it is quoted. */
  given?: boolean;
  /** The pronoun a person's role shows by a word for kin or sex (`mother`, `the man on trial`). */
  pronoun?: 'he' | 'she';
}

const LOCATIVE =
  /(?:^|[^\p{L}])(?:in|at|from|near|outside|inside|across|into|towards?|on|via|through|around|off|beyond|between)\s+$/u;
const INVERTED = new RegExp(`(?:${[...INVERTING].join('|').replace(/ /g, '\\s+')})\\s+$`, 'iu');
const SPEAKS = new RegExp(`^\\s+(?:[\\p{L}]+\\s+){0,3}?(?:${SAYING_VERB.source})(?![\\p{L}])`, 'iu');
const words = (name: string) => name.split(/\s+/);
const surname = (name: string) => words(name).at(-1)!;
const orderOf = (run: NameRun) => run.paragraphIndex * 1e6 + run.start;

/** The subject of a verb of saying: `Acme said`, `Acme on Monday told`, `said Acme.`; not `Local councillor Jo Roe said`, where another name is. */
function speaks(texts: readonly string[], run: NameRun, runs: readonly NameRun[]): boolean {
  const text = texts[run.paragraphIndex];
  if (run.possessive) return false;
  const verb = SPEAKS.exec(text.slice(run.end));
  if (verb) {
    const to = run.end + verb[0].length;
    return !runs.some((r) => r.paragraphIndex === run.paragraphIndex && r.start >= run.end && r.start < to);
  }
  return INVERTED.test(text.slice(0, run.runStart)) && /^\s*(?:[,.;:]|$)/.test(text.slice(run.end));
}

/** The initials of an organisation's name: `World Health Organization` → `WHO`. */
function initials(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** The candidates of a story, by the rule above. `texts` are its paragraphs with quoted words blanked out. */
export function candidates(texts: readonly string[], given: readonly string[] = []): Candidate[] {
  const runs = texts.flatMap((text, i) => nameRuns(text, i));
  const people = new Map<string, Candidate>();
  const organisations = new Map<string, Candidate>();
  const add = (into: Map<string, Candidate>, kind: Candidate['kind'], name: string, run?: NameRun) => {
    const found = into.get(name) ?? { kind, name, aliases: [], order: Infinity, mentions: [] };
    into.set(name, found);
    if (run) {
      found.mentions.push(run);
      found.order = Math.min(found.order, orderOf(run));
    }
    return found;
  };
  for (const name of given) add(people, 'person', name).given = true;
  const longNames = runs.filter((r) => r.kind === 'person' && words(r.name).length > 1);
  for (const run of longNames) add(people, 'person', run.name, run);
  // A name within a longer one is that person: `Qadir Rahmani` in `Abdul Qadir Rahmani`, a given `Zelensky` in the text's `Volodymyr Zelensky`.
  for (const person of [...people.values()]) {
    const fuller = [...people.values()].filter(
      (p) =>
        p !== person && surname(p.name) === surname(person.name) && words(person.name).every((w) => words(p.name).includes(w)),
    );
    if (fuller.length !== 1) continue;
    const [into] = fuller;
    into.mentions.push(...person.mentions);
    into.order = Math.min(into.order, person.order);
    into.given ||= person.given;
    people.delete(person.name);
  }
  for (const person of [...people.values()]) {
    if (!person.given && person.mentions.every((m) => LOCATIVE.test(texts[m.paragraphIndex].slice(0, m.runStart)))) {
      people.delete(person.name);
    }
  }
  const bySurname = (word: string) => [...people.values()].filter((p) => words(p.name).length > 1 && surname(p.name) === word);
  const byFirstName = (word: string) => [...people.values()].filter((p) => words(p.name).length > 1 && words(p.name)[0] === word);
  for (const run of runs) {
    if (run.kind === 'organisation') add(organisations, 'organisation', run.name, run);
    else if (words(run.name).length === 1) {
      const owners = bySurname(run.name);
      const given = byFirstName(run.name);
      if (owners.length === 1) add(people, 'person', owners[0].name, run);
      else if (owners.length > 1) continue;
      else if (given.length === 1) {
        // `Somchai` for Somchai Rattanakorn, `Choi` for Choi Sang-min: the name the text uses for them is their alias.
        const person = add(people, 'person', given[0].name, run);
        if (!person.aliases.includes(run.name)) person.aliases.push(run.name);
      } else if (run.personTitle) add(people, 'person', run.name, run);
      else if (speaks(texts, run, runs) || ORGANISATION_NOUNS.has(wordBefore(texts[run.paragraphIndex], run))) {
        add(organisations, 'organisation', run.name, run);
      }
    }
  }
  mergeAcronyms(texts, organisations);
  const all = [...people.values(), ...organisations.values()];
  for (const candidate of all) {
    candidate.mentions.sort((a, b) => orderOf(a) - orderOf(b));
    for (const mention of candidate.mentions) {
      const role = roleAt(texts[mention.paragraphIndex], mention);
      if (role && role !== candidate.name) {
        candidate.role = role;
        const said = new Set(
          role
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .flatMap((w) => PRONOUN_WORDS.get(w) ?? []),
        );
        if (candidate.kind === 'person' && said.size === 1) candidate.pronoun = [...said][0];
        break;
      }
    }
  }
  return all.sort((a, b) => a.order - b.order);
}

function wordBefore(text: string, run: NameRun): string {
  return (/([\p{L}]+)\s+$/u.exec(text.slice(0, run.runStart))?.[1] ?? '').toLowerCase();
}

/** An acronym in brackets right after an organisation's name, or made of its initials, becomes its alias. */
function mergeAcronyms(texts: readonly string[], organisations: Map<string, Candidate>): void {
  for (const short of [...organisations.values()]) {
    if (!/^\p{Lu}[\p{Lu}&]+$/u.test(short.name)) continue;
    const bracketed = short.mentions.map((m) => {
      const before = texts[m.paragraphIndex].slice(0, m.start);
      return [...organisations.values()].find((o) =>
        o.mentions.some((n) => n.paragraphIndex === m.paragraphIndex && /^\s*\($/.test(before.slice(n.end))),
      );
    });
    const full =
      bracketed.find((o) => o !== undefined) ??
      [...organisations.values()].find((o) => o !== short && words(o.name).length > 1 && initials(o.name) === short.name);
    if (!full || full === short) continue;
    full.aliases.push(short.name);
    full.mentions.push(...short.mentions);
    full.order = Math.min(full.order, short.order);
    organisations.delete(short.name);
  }
}
