/**
 * Who the quotations need: the people and organisations to propose for a
 * story that has none yet (the wire desk's new drafts), found by the quote
 * finder itself, so that a draft's sources are exactly those its direct
 * quotations are credited to when the site is built.
 *
 * ## The rule
 *
 *   1. CANDIDATES: every person and organisation the story names
 *      (candidates.ts), with the role or description the text gives them
 *      (roles.ts) and the words it uses for them as speakers (`the ministry`,
 *      `the governor`: references.ts).
 *   2. The finder (find-quotes.ts) credits the story's quotations with every
 *      candidate in the frontmatter's `people` and `organisations`. The
 *      candidates it credits are proposed; the others are not, except the
 *      people the item itself names (`given`) and a person who shares a
 *      surname with one proposed (`Amina Yusuf` keeps `Hamid Yusuf`, so that
 *      `Yusuf` alone names neither, as it did among all the candidates). A
 *      credit the desk cannot stand behind is left to the editor
 *      (doubtful-credits.ts), and a firm read as a person is proposed as the
 *      organisation it is (desk-firms.ts).
 *      Unnamed sources need no frontmatter: the finder finds them
 *      (unnamed-sources.ts), and they are listed for the editor.
 *   3. The finder runs again on what is proposed. A quotation whose credit
 *      changes lost a name it was weighed against (a "he" two men could be,
 *      a surname two people share): the people named in its paragraph and
 *      the two before are proposed too, until nothing changes, so the draft
 *      credits what step 2 credited.
 *
 * Ids are the surname (`zakharova`), or the whole name when two people
 * proposed share a surname; an organisation's is its name without "the".
 * Places, titles, agencies, nationalities and groups are never candidates
 * (name-runs.ts), so never proposed as people; nor is a name the caller's
 * gazetteer knows as a place, or the text writes as one (doubtful-credits.ts).
 */
import { slugify } from '../article/slug.ts';
import { UNNAMED_ID } from '../article/schema-parts.ts';
import type { Organisation, Person } from '../article/schema.ts';
import type { Paragraph } from '../text/sentences.ts';
import { candidates, type Candidate } from './candidates.ts';
import { firmsByNoun, firmsByRole, firmsByWords, firmsRead } from './desk-firms.ts';
import {
  ageEpithets,
  innerNames,
  kinSexed,
  kinShares,
  notPlaces,
  pronounsSaid,
  surnameOnly,
  surnamesNamed,
} from './doubtful-credits.ts';
import { findQuotes, type FoundQuote } from './find-quotes.ts';
import { findQuotations } from './quotations.ts';
import { addReferences } from './references.ts';

export interface ProposedPerson {
  id: string;
  name: string;
  role?: string;
  aliases?: string[];
  pronoun?: 'he' | 'she';
}

/** A person's role and the pronoun it shows, as far as the text gives them. */
const roleOf = (c: Candidate) => ({ ...(c.role ? { role: c.role } : {}), ...(c.pronoun ? { pronoun: c.pronoun } : {}) });

export interface ProposedOrganisation {
  id: string;
  name: string;
  description?: string;
  aliases?: string[];
}

export interface Proposals {
  people: ProposedPerson[];
  organisations: ProposedOrganisation[];
  /**
   * The unnamed sources the finder credits, by the description the text first
   * gives them (`a senior Western diplomat`): they need no frontmatter, and
   * are listed for the editor's notes.
   */
  unnamed: string[];
}

/** The paragraphs with the words inside quote marks blanked out: a name there is quoted, not a source. */
function unquoted(paragraphs: readonly Paragraph[]): string[] {
  const { spans } = findQuotations(paragraphs);
  return paragraphs.map(({ text }, i) => {
    let out = text;
    for (const span of spans[i])
      out = out.slice(0, span.open + 1) + ' '.repeat(span.close - span.open - 1) + out.slice(span.close);
    return out;
  });
}

/** Ids for a set of candidates, by the rule above. */
function idsOf(sources: readonly Candidate[]): Map<Candidate, string> {
  const ids = new Map<Candidate, string>();
  const taken = new Set([UNNAMED_ID]);
  const surname = (c: Candidate) => slugify(c.name.split(/\s+/).at(-1)!);
  const people = sources.filter((c) => c.kind === 'person');
  for (const c of sources) {
    const short = c.kind === 'person' ? surname(c) : slugify(c.name.replace(/^the\s+/i, ''), 100);
    const shared = c.kind === 'person' && people.filter((p) => surname(p) === short).length > 1;
    let id = shared || taken.has(short) || short === '' ? slugify(c.name, 100) : short;
    for (let n = 2; id === '' || taken.has(id); n++) id = `${slugify(c.name, 100) || 'source'}-${n}`;
    taken.add(id);
    ids.set(c, id);
  }
  return ids;
}

/** One run of the finder with these candidates: each quotation's credit, as the candidate or description it names. */
function credits(paragraphs: readonly Paragraph[], sources: readonly Candidate[]) {
  const ids = idsOf(sources);
  const byId = new Map([...ids].map(([c, id]) => [id, c]));
  const people: Person[] = sources
    .filter((c) => c.kind === 'person')
    .map((c) => ({ id: ids.get(c)!, name: c.name, aliases: c.aliases, ...roleOf(c) }));
  const organisations: Organisation[] = sources
    .filter((c) => c.kind === 'organisation')
    .map((c) => ({ id: ids.get(c)!, name: c.name, aliases: c.aliases }));
  const { quotes, unattributed } = findQuotes(paragraphs, people, { organisations });
  const credit = (q: FoundQuote) => (q.sourceId !== undefined ? byId.get(q.sourceId) : q.description);
  return [
    ...quotes.map((q) => ({ key: `${q.paragraphIndex}:${q.text}`, paragraphIndex: q.paragraphIndex, credit: credit(q) })),
    ...unattributed.map((q) => ({
      key: `${q.paragraphIndex}:${q.text}`,
      paragraphIndex: q.paragraphIndex,
      credit: undefined,
      it: q.pronoun === 'it',
    })),
  ];
}

/** Two credits are one when they name the same candidate, or the same description but for its first letter's case. */
function same(a: Candidate | string | undefined, b: Candidate | string | undefined): boolean {
  const fold = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return typeof a === 'string' && typeof b === 'string' ? fold(a) === fold(b) : a === b;
}

/**
 * What the text says of the candidates beyond the finder's reading, applied in this order: first
 * which names are firms, so that the words the story uses for an organisation (`the bank said`)
 * find it; then the rest, once those words are known.
 */
const FIRMS = [firmsByRole, firmsByWords, firmsByNoun];
const READINGS = [surnamesNamed, innerNames, kinSexed, pronounsSaid, ageEpithets];

/** What the caller knows beyond the text: the people the item lists, and which names are places. */
export interface Known {
  /** The names of the people the item itself lists (a format's person entities). */
  people?: readonly string[];
  /** Whether a name of two words or more is a place's (the wire desk's gazetteer). */
  isPlace?: (name: string) => boolean;
}

/** The sources to propose for a story, by the rule above. */
export function proposeSources(paragraphs: readonly Paragraph[], given: Known = {}): Proposals {
  const texts = unquoted(paragraphs);
  const named = notPlaces(candidates(texts, given.people ?? []), texts, given.isPlace ?? (() => false));
  const found = FIRMS.reduce((sources, step) => step(sources, texts), named);
  addReferences(texts, found);
  let all = READINGS.reduce((sources, step) => step(sources, texts), found);
  let first = credits(paragraphs, all);
  const its = first.flatMap((q) => ('it' in q && q.it ? [q.paragraphIndex * 1e6] : []));
  const read = firmsRead(all, (c) => first.some((q) => q.credit === c), its);
  if (read.some((c) => !all.includes(c))) first = credits(paragraphs, (all = read));
  const withheld = (c: Candidate) => surnameOnly(c, texts) || kinShares(c, texts);
  const credited = all.filter((c) => (c.given === true || first.some((q) => q.credit === c)) && !withheld(c));
  const surname = (c: Candidate) => (c.kind === 'person' ? c.name.split(/\s+/).at(-1) : undefined);
  // A person who shares a surname with one proposed keeps it shared: `Yusuf` alone then names neither.
  let kept = all.filter((c) => credited.includes(c) || credited.some((k) => k !== c && surname(k) && surname(k) === surname(c)));
  let final = credits(paragraphs, kept);
  for (let round = 0; round < 3; round++) {
    const changed = first.filter((q) => !same(q.credit, final.find((n) => n.key === q.key)?.credit));
    if (changed.length === 0) break;
    const near = new Set(changed.flatMap((q) => [0, 1, 2].map((back) => q.paragraphIndex - back)));
    const back = all.filter(
      (c) => !kept.includes(c) && !withheld(c) && c.kind === 'person' && c.mentions.some((m) => near.has(m.paragraphIndex)),
    );
    if (back.length === 0) break;
    kept = all.filter((c) => kept.includes(c) || back.includes(c));
    final = credits(paragraphs, kept);
  }
  kept.sort((a, b) => a.order - b.order);
  const ids = idsOf(kept);
  const aliases = (c: Candidate) => (c.aliases.length > 0 ? { aliases: [...c.aliases] } : {});
  return {
    people: kept.filter((c) => c.kind === 'person').map((c) => ({ id: ids.get(c)!, name: c.name, ...roleOf(c), ...aliases(c) })),
    organisations: kept
      .filter((c) => c.kind === 'organisation')
      .map((c) => ({ id: ids.get(c)!, name: c.name, ...(c.role ? { description: c.role } : {}), ...aliases(c) })),
    unnamed: [...new Set(final.flatMap((q) => (typeof q.credit === 'string' ? [q.credit] : [])))],
  };
}
