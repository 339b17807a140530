/**
 * Speakers carried on: a quotation the wire gives no attribution of its own
 * takes the speaker of what comes right before it.
 *
 * ## The rule
 *
 * A quotation is BARE when nothing outside its marks attributes it: its
 * attribution clauses (attribution.ts) hold no verb of saying and name no
 * source, and it opens its sentence. A bare quotation takes the speaker of
 * the sentence right before it in its paragraph (`… “at a moment’s
 * notice,” the captain warned. “There is no time to lose.”`; `Hale said on
 * Monday. “…”`). A bare quotation opening a paragraph that holds nothing but
 * quotations (no word outside the marks) takes the speaker of the last
 * sentence of the paragraph before (`Hale said the talks had failed.` then a
 * paragraph `“We tried everything.”`), and a run of such paragraphs, each
 * reopening the marks, keeps it.
 *
 * The SPEAKER of a sentence is its one source: the quotations in it are all
 * credited to that source, and every verb of saying outside the marks that
 * has a subject has that one (`Hale said the talks had failed.`, `“We
 * tried,” Hale said.`, `Hale told reporters:`), as does every clause whose
 * subject is a source (not `“…,” Hale said, and Osei nodded.`; a name the
 * reported words hold, `Hale said Osei was wrong.`, is no subject of the
 * sentence). A sentence with two sources,
 * a quotation no one is credited with, a subject the finder cannot resolve,
 * or no verb and no quotation at all has no speaker, and the quotation after
 * it stays uncredited: a wrong name is worse than none.
 *
 * A quotation whose own attribution names a source the finder cannot
 * resolve (`“…,” she said` where "she" is unclear) is never bare: it is
 * neither carried on nor lent a speaker (find-quotes.ts).
 */
import { speakersIn } from './attribution.ts';
import { isSubject } from './subjects.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import type { Referent } from './referents.ts';
import type { Quotation } from './quotations.ts';
import { quotedIn, type Reading } from './read-paragraphs.ts';
import type { Pronoun } from './sources.ts';
import { sentenceEnds, sentenceStart } from '../text/sentences.ts';

/**
 * A quotation's credit; `claimed` when its own attribution names a source,
 * resolved or not; `attributed` when its own clauses hold a verb of saying,
 * read or not. Either way it is lent no neighbour's source.
 */
export interface Credit {
  referent?: Referent;
  unresolved?: Pronoun;
  claimed?: boolean;
  attributed?: boolean;
}

/** A stretch of one paragraph's text. */
interface Stretch {
  paragraphIndex: number;
  from: number;
  to: number;
}

/**
 * Credits each bare quotation no clause or neighbour credits with the
 * speaker before it, by the rule above, in article order (so a run of
 * quotations passes the speaker along). `clauses` gives a quotation's
 * attribution clauses.
 */
export function carrySpeakers(
  quotations: readonly Quotation[],
  credits: Credit[],
  reading: Reading,
  clauses: (quotation: Quotation) => Stretch[],
): void {
  const { read } = reading;
  const attributes = ({ paragraphIndex, from, to }: Stretch) => {
    const { text, spans, mentions } = read[paragraphIndex];
    const quoted = quotedIn(spans);
    const verbs = [...text.slice(from, to).matchAll(SAYING_VERB)].filter((v) => !quoted(from + v.index));
    return verbs.length > 0 || mentions.some((m) => m.start >= from && m.end <= to);
  };
  quotations.forEach((quotation, i) => {
    if (credits[i].referent || credits[i].claimed || clauses(quotation).some(attributes)) return;
    const { paragraphIndex, span } = quotation.parts[0];
    const { text } = read[paragraphIndex];
    if (text.slice(sentenceStart(text, span.open), span.open).trim() !== '') return;
    let before: Stretch | undefined;
    if (text.slice(0, span.open).trim() !== '') {
      const end = sentenceEnds(text)
        .filter((e) => e.after <= span.open)
        .at(-1)!;
      before = { paragraphIndex, from: sentenceStart(text, end.at), to: end.after };
    } else if (paragraphIndex > 0 && onlyQuotations(read[paragraphIndex])) {
      const previous = read[paragraphIndex - 1].text;
      const to = previous.trimEnd().length;
      before = { paragraphIndex: paragraphIndex - 1, from: sentenceStart(previous, to - 1), to };
    }
    const speaker = before && speakerOf(before, quotations, credits, reading);
    if (speaker) credits[i] = { referent: speaker };
  });
}

/** Whether a paragraph holds nothing but quote marks' spans, punctuation and space. */
function onlyQuotations({ text, spans }: { text: string; spans: readonly { open: number; close: number }[] }): boolean {
  let outside = text;
  for (const { open, close } of [...spans].reverse()) outside = outside.slice(0, open) + outside.slice(close + 1);
  return spans.length > 0 && /^[\s\p{P}]*$/u.test(outside);
}

/** The one source a stretch reports speaking, by the rule above, or undefined. */
function speakerOf(
  stretch: Stretch,
  quotations: readonly Quotation[],
  credits: readonly Credit[],
  { read, referentAt }: Reading,
): Referent | undefined {
  const { paragraphIndex, from, to } = stretch;
  const { text, spans, mentions } = read[paragraphIndex];
  const found: (Referent | undefined)[] = [];
  quotations.forEach((quotation, i) => {
    const inside = quotation.parts.some((p) => p.paragraphIndex === paragraphIndex && p.span.open < to && p.span.close >= from);
    if (inside) found.push(credits[i].referent);
  });
  const subjects = mentions.filter((m) => m.start >= from && m.end <= to && isSubject(text, m, mentions, from));
  for (const subject of [...speakersIn(text, { from, to }, mentions, { floor: from, quoted: quotedIn(spans) }), ...subjects]) {
    found.push(referentAt(subject, paragraphIndex));
  }
  if (found.length === 0 || found.some((r) => r === undefined)) return undefined;
  return found.every((r) => r!.key === found[0]!.key) ? found[0] : undefined;
}
