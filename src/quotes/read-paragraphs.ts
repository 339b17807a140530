/**
 * The quote finder's first phase: each paragraph as attribution reads it.
 * The mentions of sources outside the quote marks (names, aliases,
 * descriptions of unnamed sources and their back-references, pronouns), what
 * each refers to, and every subject noted as a pronoun's possible antecedent,
 * in article order (pronouns.ts states that rule).
 */
import { isSubject } from './attribution.ts';
import { inPassing } from './names-in-passing.ts';
import { Antecedents, type Referent } from './pronouns.ts';
import type { QuoteSpan } from './quotations.ts';
import { sentenceStart, type Paragraph } from '../text/sentences.ts';
import { mentionsOf, pronounMentions, type Mention, type NamedSource } from './sources.ts';
import { findDescriptions } from './unnamed-sources.ts';

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
  referentAt: (m: Mention, paragraphIndex: number) => Referent | undefined;
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

  const read: ReadParagraph[] = paragraphs.map(({ text }, paragraphIndex) => {
    const quoted = quotedIn(spans[paragraphIndex]);
    const named = mentionsOf(text, sources);
    // An alias that opens with the description's words (`a senior Kremlin official`) names the source.
    const descriptions = findDescriptions(text, unnamed).filter((d) => !named.some((n) => n.start <= d.start && d.start < n.end));
    const mentions = [...named, ...descriptions, ...pronounMentions(text)]
      .filter((m) => !quoted(m.start))
      .sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      if (m.sourceId !== undefined && inPassing(text, m, mentions, sentenceStart(text, m.start))) m.passing = true;
    }
    const referentOf = new Map<Mention, Referent | undefined>();
    for (const m of mentions) {
      const place = { paragraphIndex, offset: m.start };
      if (m.sourceId !== undefined) {
        referentOf.set(m, { kind: kindOf.get(m.sourceId)!, sourceId: m.sourceId, key: m.sourceId });
        antecedents.learn(m.sourceId, /(\p{L}+)\s+$/u.exec(text.slice(0, m.start))?.[1] ?? '');
        if (!m.possessive && !m.title) antecedents.noteName(place, m.sourceId, !m.passing);
      } else if (m.backReference) {
        referentOf.set(m, described.filter((d) => d.noun === m.noun).at(-1)?.referent);
      } else if (m.description !== undefined) {
        const referent: Referent = {
          kind: 'unnamed',
          description: m.description,
          plural: m.plural,
          key: `${paragraphIndex}:${m.start}`,
        };
        referentOf.set(m, referent);
        described.push({ noun: m.noun!, referent });
      }
      const referent = referentOf.get(m);
      if (referent && isSubject(text, m, mentions, sentenceStart(text, m.start))) antecedents.note(place, referent);
    }
    return { text, spans: spans[paragraphIndex], mentions, referentOf };
  });

  const referentAt = (m: Mention, paragraphIndex: number): Referent | undefined =>
    m.pronoun ? antecedents.resolve(m.pronoun, { paragraphIndex, offset: m.start }) : read[paragraphIndex].referentOf.get(m);
  return { read, antecedents, referentAt };
}
