/**
 * The quote finder: the body's direct quotations (quotations.ts), each
 * credited to a person, an organisation or an unnamed source (attribution.ts,
 * sources.ts, unnamed-sources.ts, pronouns.ts), numbered for the sidebar.
 * Pure functions over plain text; `remark-quote-sidebar.ts` feeds them the
 * paragraphs of the Markdown tree. Three phases: read the paragraphs
 * (read-paragraphs.ts), credit each quotation, number the credited ones.
 * Each module states its part of the rule.
 */
import { creditedMention, type Clause } from './attribution.ts';
import { carrySpeakers, type Credit } from './carried-speakers.ts';
import { creditByOwnWords, ownWords } from './own-words.ts';
import { continuedSpeaker } from './own-words-continued.ts';
import type { Referent } from './referents.ts';
import { quotedIn, readParagraphs, type ReadParagraph, type Reading } from './read-paragraphs.ts';
import { findQuotations, type Quotation } from './quotations.ts';
import type { Organisation, Person } from '../article/schema.ts';
import { UNNAMED_ID } from '../article/schema-parts.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import { lineAt, sentenceEnds, sentenceStart, type Paragraph } from '../text/sentences.ts';
import { namedSources, type Mention, type Pronoun, type SourceKind } from './sources.ts';

export type { Paragraph };

/** A direct quotation and its source. Ids are stable: `${sourceId}-${n}` (or `unnamed-${n}`), n counted per source in article order. */
export interface FoundQuote {
  id: string;
  /** The words inside the marks; a trailing comma leading into the attribution is dropped. */
  text: string;
  kind: SourceKind;
  /** The person's or organisation's id. */
  sourceId?: string;
  /** An unnamed source's description, as the text gives it. */
  description?: string;
  /** The paragraph the quotation starts in. */
  paragraphIndex: number;
  /** The .md line of the opening quote mark. */
  line: number;
}

/** A direct quotation no source could be found for. */
export interface UnattributedQuote {
  text: string;
  paragraphIndex: number;
  line: number;
  /** The pronoun its attribution uses (`he said`), when that is what could not be resolved. */
  pronoun?: Pronoun;
}

/** Sources beside `people`: the frontmatter's organisations and the editor's marked descriptions (`quotes.unnamed`). */
export interface MoreSources {
  organisations?: readonly Organisation[];
  unnamed?: readonly string[];
  /** The story's `lang`: French and Spanish copy is credited by its own words (own-words.ts), any other as English. */
  lang?: string;
}

const SAYS = new RegExp(SAYING_VERB.source, 'iu');

/**
 * Finds the direct quotations in the paragraphs, in article order, and
 * credits each to a source. Quotes no source can be credited with come back
 * in `unattributed` (the caller reports them); they take no id.
 */
export function findQuotes(
  paragraphs: readonly Paragraph[],
  people: readonly Person[],
  more: MoreSources = {},
): { quotes: FoundQuote[]; unattributed: UnattributedQuote[] } {
  const { quotations, spans } = findQuotations(paragraphs);
  const reading = readParagraphs(paragraphs, spans, namedSources(people, more.organisations ?? []), more.unnamed ?? []);
  const words = ownWords(more.lang);
  const credits = words
    ? quotations.map((quotation): Credit => ({
        referent: creditByOwnWords(quotation, reading, words) ?? continuedSpeaker(quotation, reading, words),
      }))
    : creditQuotations(quotations, reading);
  return numberQuotes(paragraphs, quotations, credits);
}

/** Phase 2: each quotation's source, from its own attribution clauses, else lent by a quotation beside it or carried on (carried-speakers.ts). */
function creditQuotations(quotations: readonly Quotation[], { read, antecedents, referentAt }: Reading): Credit[] {
  const credits = quotations.map((quotation): Credit => {
    let unresolved: Pronoun | undefined;
    let claimed = false;
    let attributed = false;
    for (const { paragraphIndex, clause, before } of attributionClauses(quotation, read)) {
      const paragraph = read[paragraphIndex];
      attributed ||= SAYS.test(paragraph.text.slice(clause.from, clause.to));
      const m = creditedMention(paragraph.text, clause, paragraph.mentions, {
        before,
        floor: sentenceStart(paragraph.text, clause.from),
        quoted: quotedIn(paragraph.spans),
      });
      const referent = m && referentAt(m, paragraphIndex, /\?\s*$/.test(quotation.text));
      claimed ||= m !== undefined;
      if (m?.pronoun && !referent) unresolved ??= m.pronoun;
      if (referent) {
        antecedents.note({ paragraphIndex, offset: m.start }, referent);
        return { referent };
      }
    }
    return { unresolved, claimed, attributed };
  });
  lendCredits(quotations, credits, read, referentAt);
  carrySpeakers(quotations, credits, { read, antecedents, referentAt }, (quotation) =>
    attributionClauses(quotation, read).map(({ paragraphIndex, clause }) => ({ paragraphIndex, ...clause })),
  );
  return credits;
}

/** Phase 3: ids numbered per source in article order; the quotations left without a source are set apart. */
function numberQuotes(
  paragraphs: readonly Paragraph[],
  quotations: readonly Quotation[],
  credits: readonly Credit[],
): { quotes: FoundQuote[]; unattributed: UnattributedQuote[] } {
  const counts = new Map<string, number>();
  const quotes: FoundQuote[] = [];
  const unattributed: UnattributedQuote[] = [];
  quotations.forEach((quotation, i) => {
    const first = quotation.parts[0];
    const where = { paragraphIndex: first.paragraphIndex, line: lineAt(paragraphs[first.paragraphIndex], first.span.open) };
    const { referent: credit, unresolved } = credits[i];
    if (!credit) {
      unattributed.push({ text: quotation.text, ...where, ...(unresolved ? { pronoun: unresolved } : {}) });
      return;
    }
    const counter = credit.sourceId ?? UNNAMED_ID;
    const n = (counts.get(counter) ?? 0) + 1;
    counts.set(counter, n);
    const source = credit.sourceId === undefined ? { description: credit.description! } : { sourceId: credit.sourceId };
    quotes.push({ id: `${counter}-${n}`, text: quotation.text, kind: credit.kind, ...source, ...where });
  });
  return { quotes, unattributed };
}

/** The attribution clauses of a quotation, in the order attribution.ts reads them. */
function attributionClauses(quotation: Quotation, read: readonly ReadParagraph[]) {
  const clauses: { paragraphIndex: number; clause: Clause; before: boolean }[] = [];
  for (const { paragraphIndex, span } of quotation.parts) {
    if (!span.closed) continue;
    const { text, spans } = read[paragraphIndex];
    const next = spans.find((s) => s.open > span.close)?.open ?? text.length;
    const end = sentenceEnds(text).find((e) => e.at > span.close && e.at < next);
    clauses.push({ paragraphIndex, clause: { from: span.close + 1, to: end?.at ?? next }, before: false });
  }
  const { paragraphIndex, span } = quotation.parts[0];
  const { text, spans } = read[paragraphIndex];
  const previous = spans.filter((s) => s.kind !== 'fragment' && s.close < span.open).at(-1);
  const from = Math.max(sentenceStart(text, span.open), previous ? previous.close + 1 : 0);
  clauses.push({ paragraphIndex, clause: { from, to: span.open }, before: true });
  return clauses;
}

/**
 * A quotation no clause credits, whose clauses name no source it could not
 * resolve and hold no verb of saying, takes the source of another quotation
 * that starts in its paragraph, the nearest before it, else after it,
 * provided no other source is mentioned between the two. One whose
 * attribution could not be read (`“…,” a Trump fan said.`) is left to the
 * editor: its neighbour's source would be a guess.
 */
function lendCredits(
  quotations: readonly Quotation[],
  credits: Credit[],
  read: readonly ReadParagraph[],
  referentAt: (m: Mention, paragraphIndex: number) => Referent | undefined,
): void {
  const own = credits.map((c) => c.referent);
  quotations.forEach((quotation, i) => {
    if (own[i] || credits[i].claimed || credits[i].attributed) return;
    const paragraphIndex = quotation.parts[0].paragraphIndex;
    const others = quotations
      .map((other, j) => ({ other, j }))
      .filter(({ other, j }) => own[j] && other.parts[0].paragraphIndex === paragraphIndex);
    const lender = others.filter(({ j }) => j < i).at(-1) ?? others.find(({ j }) => j > i);
    if (!lender) return;
    const [a, b] = lender.j < i ? [lender.other, quotation] : [quotation, lender.other];
    const from = a.parts.filter((p) => p.paragraphIndex === paragraphIndex).at(-1)!.span.close;
    const to = b.parts[0].span.open;
    const credit = own[lender.j]!;
    const between = read[paragraphIndex].mentions.filter((m) => m.start > from && m.end <= to && !m.possessive && !m.title);
    if (between.every((m) => referentAt(m, paragraphIndex)?.key === credit.key)) credits[i] = { referent: credit };
  });
}
