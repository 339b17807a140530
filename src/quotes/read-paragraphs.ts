/**
 * The quote finder's first phase: each paragraph as attribution reads it.
 * The mentions of sources outside the quote marks (names, aliases,
 * descriptions of unnamed sources and their back-references, pronouns), what
 * each refers to, and every subject noted as a pronoun's possible antecedent,
 * in article order (pronouns.ts states that rule). A description in
 * apposition to a person (`Jane Roe, an analyst at Acme,`) is that person,
 * never a second, unnamed source, and `the analyst` later refers to them;
 * `Mr Marsh` of two Marshes is the one the text has told is he (kin.ts).
 * A statement or report is its issuer (documents.ts). Someone unnamed the
 * finder has no noun for is described by plain words (`One juror said`) or,
 * when their extent is in doubt (unread-subjects.ts, postmodifiers.ts), a
 * subject nobody is credited through, as an epithet no listed person holds is.
 */
import { isSubject } from './subjects.ts';
import { inPassing } from './names-in-passing.ts';
import { endsAppositive } from './layouts.ts';
import { Antecedents, isAsked } from './pronouns.ts';
import type { Referent } from './referents.ts';
import type { QuoteSpan } from './quotations.ts';
import { sentenceStart, type Paragraph } from '../text/sentences.ts';
import { mentionsOf, pronounMentions, type Mention, type NamedSource } from './sources.ts';
import { findDescriptions } from './unnamed-sources.ts';
import { SOURCE_NOUNS } from './lexicon/source-nouns.ts';
import { wordsOf } from '../text/words.ts';
import { findDocuments, Issuers, subjectAfterOpening } from './documents.ts';
import { Titles } from './epithets.ts';
import { findUnreadSubjects } from './unread-subjects.ts';
import { withHonorifics } from './kin.ts';
import { agesOfUnnamed, epithetsIn, standingHolder } from './standings.ts';

/** A paragraph as attribution reads it: its text, what is quoted, and the mentions outside quote marks. */
export interface ReadParagraph {
  text: string;
  spans: QuoteSpan[];
  mentions: Mention[];
  referentOf: Map<Mention, Referent | undefined>;
}

/** Whether an offset lies inside one of the quote marks' spans. */
export const quotedIn = (spans: readonly QuoteSpan[]) => (i: number) => spans.some((s) => i > s.open && i < s.close);

/** What the phases share: the sources, the pronouns' antecedents, and each paragraph as attribution reads it. */
export interface Reading {
  read: ReadParagraph[];
  antecedents: Antecedents;
  /** The referent of a mention chosen as a subject: pronouns are resolved where they stand. */
  referentAt: (m: Mention, paragraphIndex: number, question?: boolean) => Referent | undefined;
}

/**
 * The person, or the earlier description, a description stands in
 * apposition to, set off by a comma on each side (`Jane Roe, an analyst at
 * Acme, said`, `said one official, Ann Lee, who …`, `said Jane Roe, an
 * analyst at Acme.`, `One rescuer, a member of the civil protection service
 * who …, said`), or undefined. A plural description is never one person, and
 * `Lee, a source said` is a second source: a verb after the pair ends no
 * appositive.
 */
function appositive(text: string, m: Mention, mentions: readonly Mention[], kindOf: ReadonlyMap<string, string>) {
  if (m.description === undefined || m.plural) return undefined;
  const i = mentions.indexOf(m);
  const person = (n: Mention | undefined) =>
    n?.sourceId !== undefined && kindOf.get(n.sourceId) === 'person' && !n.possessive && !n.title ? n : undefined;
  const described = (n: Mention | undefined) => (n?.description !== undefined && !n.plural && !n.backReference ? n : undefined);
  const comma = (from: number, to: number) => from <= to && /^\s*,\s*$/.test(text.slice(from, to));
  const before = person(mentions[i - 1]) ?? described(mentions[i - 1]);
  if (before && comma(before.end, m.start) && endsAppositive(text.slice(m.end))) return before;
  const after = person(mentions[i + 1]);
  if (after && comma(m.end, after.start) && endsAppositive(text.slice(after.end))) return after;
  return undefined;
}

/**
 * Whether a named mention takes the place of a description: an alias that
 * opens with the description's words (`a senior Kremlin official`) names the
 * source; a listed name in capitals as its possessor (`the Kremlin’s
 * spokesman`) waits for the editor; a possessor in lower case (`the
 * minister’s spokesman`, "the minister" an alias) does neither.
 */
function namesInstead(text: string, n: Mention, d: Mention): boolean {
  if (!n.possessive) return n.start <= d.start && d.start < n.end;
  // The possessor of the description's own noun, not a name in what follows it (`people familiar with the Treasury’s plans`).
  const ownNoun = wordsOf(text.slice(n.end, d.end)).some((w) => SOURCE_NOUNS.get(w.toLowerCase())?.singular === d.noun);
  return n.start >= d.start && ownNoun && /^(?:the\s+)?\p{Lu}/u.test(text.slice(n.start, n.end));
}

/** The unnamed source described earlier in these words, ignoring case, or undefined. */
function sameDescription(described: readonly { referent: Referent }[], description: string): Referent | undefined {
  const fold = (words: string) => words.toLowerCase().replace(/[’‘]/g, "'");
  return described.find((d) => d.referent.kind === 'unnamed' && fold(d.referent.description!) === fold(description))?.referent;
}

/** Phase 1 of the finder: each paragraph's mentions outside the marks, and what each refers to, noting subjects as antecedents. */
export function readParagraphs(
  paragraphs: readonly Paragraph[],
  spans: readonly QuoteSpan[][],
  sources: readonly NamedSource[],
  unnamed: readonly string[],
): Reading {
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const antecedents = new Antecedents(sources);
  /** Unnamed sources described so far, in article order: what back-references refer to. */
  const described: { noun: string; referent: Referent }[] = [];
  const issuers = new Issuers(kindOf);
  const titles = new Titles(sources);
  const unnamedAges = agesOfUnnamed(paragraphs.map(({ text }) => text));

  const read: ReadParagraph[] = paragraphs.map(({ text }, paragraphIndex) => {
    const quoted = quotedIn(spans[paragraphIndex]);
    const found = findDescriptions(text, unnamed);
    // The editor's description wins over a name inside it (`Putin’s spokesman`).
    const inMarked = (n: Mention) => found.some((d) => d.marked && d.start <= n.start && n.start < d.end);
    const named = withHonorifics(text, sources, mentionsOf(text, sources), antecedents).filter((n) => !inMarked(n));
    const documents = findDocuments(text, named);
    const descriptions = found.filter(
      (d) =>
        (d.marked || !named.some((n) => namesInstead(text, n, d))) &&
        !documents.some((doc) => doc.start <= d.start && d.end <= doc.end), // `the official statement` is a document
    );
    const taken = [...named, ...descriptions, ...documents];
    const epithets = epithetsIn(text).filter((e) => !taken.some((n) => n.start < e.end && e.start < n.end));
    const known = [...taken, ...epithets, ...pronounMentions(text)].filter((m) => !quoted(m.start));
    const mentions = [...known, ...findUnreadSubjects(text, known, quoted)].sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      if (m.sourceId !== undefined && inPassing(text, m, mentions, sentenceStart(text, m.start))) m.passing = true;
    }
    const referentOf = new Map<Mention, Referent | undefined>();
    for (const m of mentions) {
      const place = { paragraphIndex, offset: m.start };
      const apposed = appositive(text, m, mentions, kindOf);
      if (m.sourceId !== undefined) {
        referentOf.set(m, { kind: kindOf.get(m.sourceId)!, sourceId: m.sourceId, key: m.sourceId });
        antecedents.learn(m.sourceId, /(\p{L}+)\s+$/u.exec(text.slice(0, m.start))?.[1] ?? '');
        if (!m.possessive && !m.title) antecedents.noteName(place, m.sourceId, !m.passing, isAsked(text, m.start));
        titles.learnAt(text, m);
      } else if (m.epithet || m.unread) {
        const holder = m.standing
          ? standingHolder(m, place, titles, antecedents, unnamedAges)
          : m.epithet && titles.holder(m.epithet, antecedents.lastSubject(place));
        referentOf.set(
          m,
          holder
            ? { kind: kindOf.get(holder)!, sourceId: holder, key: holder }
            : { kind: 'unnamed', description: m.description, key: `${paragraphIndex}:${m.start}`, unknown: true },
        );
        if (m.noun) described.push({ noun: m.noun, referent: referentOf.get(m)! }); // `the doctor` again credits nobody either
      } else if (m.document) {
        const floor = sentenceStart(text, m.start);
        const nearest =
          mentions.filter((n) => n.start >= floor && n.end <= m.start && isSubject(text, n, mentions, floor, true)).at(-1) ??
          subjectAfterOpening(text, m, mentions, floor);
        const refer = (n: Mention) =>
          n.pronoun
            ? antecedents.resolve(n.pronoun, { paragraphIndex, offset: n.start })
            : n.sourceId !== undefined // a name after the document is read after it, so its referent is not set yet
              ? { kind: kindOf.get(n.sourceId)!, sourceId: n.sourceId, key: n.sourceId }
              : referentOf.get(n);
        referentOf.set(m, issuers.issuer(m, nearest && refer(nearest)));
      } else if (apposed) {
        // `Jane Roe, an analyst at Acme,`, `a local official, Ann Lee,`: the description is the source beside it.
        const { sourceId } = apposed;
        const referent = sourceId ? { kind: 'person' as const, sourceId, key: sourceId } : referentOf.get(apposed);
        referentOf.set(m, referent);
        if (sourceId) antecedents.learn(sourceId, m.noun!);
        if (referent) described.push({ noun: m.noun!, referent });
      } else if (m.backReference) {
        // `the minister said` with no minister described before: the one listed person so titled, every word (epithets.ts).
        const words = [...wordsOf(m.description!.replace(/^.*\bthe\s+/i, '')).slice(0, -1), m.noun!];
        const holder = titles.holder(words, antecedents.lastSubject(place));
        const titled = holder ? { kind: kindOf.get(holder)!, sourceId: holder, key: holder } : undefined;
        referentOf.set(m, described.filter((d) => d.noun === m.noun).at(-1)?.referent ?? titled);
      } else if (m.description !== undefined) {
        // `the minister’s spokesman` again, or a marked description again, is the same source.
        const same =
          (m.marked || /^(?:the|his|her|their|its)\s/i.test(m.description)) && sameDescription(described, m.description);
        const referent: Referent = same || {
          kind: 'unnamed',
          description: m.description,
          plural: m.plural,
          key: `${paragraphIndex}:${m.start}`,
        };
        referentOf.set(m, referent);
        described.push({ noun: m.noun!, referent });
      }
      const referent = referentOf.get(m);
      // An unread subject is a subject by how it was found (`said one regular near the gate`), a doubtful description where it stands as one.
      const byHow = m.unread && m.noun === undefined;
      if (referent && (byHow || isSubject(text, m, mentions, sentenceStart(text, m.start)))) antecedents.note(place, referent);
    }
    return { text, spans: spans[paragraphIndex], mentions, referentOf };
  });

  const referentAt = (m: Mention, paragraphIndex: number, question = false): Referent | undefined => {
    const referent = m.pronoun
      ? antecedents.resolve(m.pronoun, { paragraphIndex, offset: m.start }, question)
      : read[paragraphIndex].referentOf.get(m);
    return referent?.unknown ? undefined : referent;
  };
  return { read, antecedents, referentAt };
}
