/**
 * Who the quotations need: the people, organisations and unnamed sources to
 * propose for a story that has none yet (the wire desk's new drafts), found
 * by the quote finder itself, so that a draft's sources are exactly those its
 * direct quotations are credited to when the site is built.
 *
 * ## The rule
 *
 *   1. CANDIDATES: every person and organisation the story names
 *      (candidates.ts, with the role or description the text gives them:
 *      roles.ts), the words it uses for them as speakers (`the ministry`, `the
 *      statement`: references.ts), and the descriptions of unnamed sources
 *      the finder's own rule does not read (references.ts).
 *   2. The finder (find-quotes.ts) credits the story's quotations with the
 *      candidates as the frontmatter's `people`, `organisations` and
 *      `quotes.unnamed`. The candidates it credits are proposed; the others
 *      are not, except the people the item itself names (`given`).
 *   3. The finder runs again on what is proposed. A quotation whose credit
 *      changes lost a name it was weighed against (a "he" that two men could
 *      be): the people named in its paragraph and the two before are
 *      proposed too, until nothing changes, so the draft credits what step 2
 *      credited.
 *
 * Ids are the surname (`zakharova`), or the whole name when two people
 * proposed share a surname; an organisation's is its name without "the".
 * Places, titles, agencies, nationalities and groups are never candidates
 * (name-runs.ts), so never proposed as people.
 */
import { slugify } from '../article/slug.ts';
import { UNNAMED_ID } from '../article/schema-parts.ts';
import type { Organisation, Person } from '../article/schema.ts';
import type { Paragraph } from '../text/sentences.ts';
import { candidates, type Candidate } from './candidates.ts';
import { findQuotes, type FoundQuote } from './find-quotes.ts';
import { findQuotations } from './quotations.ts';
import { addReferences } from './references.ts';

export interface ProposedPerson {
  id: string;
  name: string;
  role?: string;
  aliases?: string[];
}

export interface ProposedOrganisation {
  id: string;
  name: string;
  description?: string;
  aliases?: string[];
}

export interface Proposals {
  people: ProposedPerson[];
  organisations: ProposedOrganisation[];
  /** Descriptions of unnamed sources the finder needs told, for `quotes.unnamed`. */
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
function credits(paragraphs: readonly Paragraph[], sources: readonly Candidate[], unnamed: readonly string[]) {
  const ids = idsOf(sources);
  const byId = new Map([...ids].map(([c, id]) => [id, c]));
  const people: Person[] = sources
    .filter((c) => c.kind === 'person')
    .map((c) => ({ id: ids.get(c)!, name: c.name, aliases: c.aliases, ...(c.role ? { role: c.role } : {}) }));
  const organisations: Organisation[] = sources
    .filter((c) => c.kind === 'organisation')
    .map((c) => ({ id: ids.get(c)!, name: c.name, aliases: c.aliases }));
  const { quotes, unattributed } = findQuotes(paragraphs, people, { organisations, unnamed });
  const credit = (q: FoundQuote) => (q.sourceId !== undefined ? byId.get(q.sourceId) : q.description);
  return [
    ...quotes.map((q) => ({ key: `${q.paragraphIndex}:${q.text}`, credit: credit(q) })),
    ...unattributed.map((q) => ({ key: `${q.paragraphIndex}:${q.text}`, credit: undefined })),
  ];
}

const folded = (s: string | undefined) => (s === undefined ? '' : s.charAt(0).toLowerCase() + s.slice(1));

/**
 * The sources to propose for a story, by the rule above. `given` are the
 * names of the people the item itself lists (a format's person entities).
 */
export function proposeSources(paragraphs: readonly Paragraph[], given: { people?: readonly string[] } = {}): Proposals {
  const texts = unquoted(paragraphs);
  const all = candidates(texts, given.people ?? []);
  const descriptions = addReferences(texts, all);
  const first = credits(paragraphs, all, descriptions);
  const wanted = (c: Candidate) => c.given === true || first.some((q) => q.credit === c);
  let kept = all.filter(wanted);
  const unnamed = descriptions.filter((d) => first.some((q) => typeof q.credit === 'string' && folded(q.credit) === folded(d)));
  for (let round = 0; round < 3; round++) {
    const now = credits(paragraphs, kept, unnamed);
    const changed = first.filter((q) => {
      const again = now.find((n) => n.key === q.key)?.credit;
      return typeof q.credit === 'string' || typeof again === 'string'
        ? folded(again as string) !== folded(q.credit as string)
        : again !== q.credit;
    });
    if (changed.length === 0) break;
    const near = new Set(changed.flatMap((q) => [0, 1, 2].map((back) => Number(q.key.split(':')[0]) - back)));
    const back = all.filter(
      (c) => !kept.includes(c) && c.kind === 'person' && c.mentions.some((m) => near.has(m.paragraphIndex)),
    );
    if (back.length === 0) break;
    kept = all.filter((c) => kept.includes(c) || back.includes(c));
  }
  const ids = idsOf(kept);
  const aliases = (c: Candidate) => (c.aliases.length > 0 ? { aliases: [...c.aliases] } : {});
  return {
    people: kept
      .filter((c) => c.kind === 'person')
      .map((c) => ({ id: ids.get(c)!, name: c.name, ...(c.role ? { role: c.role } : {}), ...aliases(c) })),
    organisations: kept
      .filter((c) => c.kind === 'organisation')
      .map((c) => ({ id: ids.get(c)!, name: c.name, ...(c.role ? { description: c.role } : {}), ...aliases(c) })),
    unnamed,
  };
}
