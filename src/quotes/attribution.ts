/**
 * Attribution: reading who said a direct quotation from the clauses around it.
 *
 * ## Who said it (the rule)
 *
 * The ATTRIBUTION CLAUSES of a quotation are the text after each of its
 * closing marks up to the end of the sentence or the next quote mark (`…,”
 * Zelensky said during …`), then the text before its opening mark back to the
 * start of the sentence or the previous direct quotation (`Zelensky said:
 * “…”`). Mentions inside quote marks never count. In each clause, in that
 * order, each verb of saying (nearest the quotation first) looks for its
 * SUBJECT, the source credited:
 *
 *   1. before the verb, nearest first, a mention that is the subject of its
 *      own clause (subjects.ts: only title words before it, such as `Russian foreign
 *      ministry spokeswoman`, and no other name), followed by the verb directly
 *      or after at most three words (`Zelensky also said`, `Putin on Tuesday
 *      told`), after an appositive set off by commas (`Peskov, the Kremlin
 *      spokesman, said`; `Kerry, who met Xie on Thursday, said`), or after a
 *      phrase opened by of/from/at/in/for/with (`Zakharova of the foreign
 *      ministry said`);
 *   2. else, after a verb that allows it (`said Putin`, `according to a
 *      diplomat`; never `told Putin`, where Putin is the listener), the first
 *      mention, with only title words between (`said Russian President
 *      Vladimir Putin`, `said the Kremlin spokesman, Dmitry Peskov`);
 *   3. else, for a participle after a comma (`Hale welcomed the ruling,
 *      adding: “…”`), the first subject of the sentence;
 *   4. else, across a stray comma, the name opening the sentence (`Jane Roe,
 *      tweeted: “…”`). layouts.ts states steps 3 and 4, and which
 *      descriptors may stand before a name after the verb (`said one mother,
 *      Ann Lee, who …`).
 *
 * A clause with no verb that ends with a colon (`Peskov was blunt: “…”`)
 * credits its subject when it has exactly one. A mention is a person or an
 * organisation by name or alias (sources.ts), a pronoun before its verb
 * (pronouns.ts says whom it means), or an unnamed source's description
 * (unnamed-sources.ts). A possessive (`Putin’s spokesman`), a name in a
 * title (`Kremlin spokesman Dmitry Peskov`) or in someone else's noun phrase
 * (`a Trump supporter`), and a name in passing (`he said of Smith`; the rule
 * is in names-in-passing.ts) are never subjects.
 *
 * A quotation no clause credits takes the speaker of another quotation in
 * its paragraph (`“A,” Zelensky said. “B.”`), the nearest before it, else
 * after it, provided no other source is mentioned between the two and its
 * own clauses hold no verb of saying (`“A,” a Trump fan said.` has an
 * attribution the finder cannot read). Otherwise nobody is credited: the
 * build stops and says where.
 */
import { INVERTING, PARTICIPLES, SAYING_VERB } from './lexicon/saying.ts';
import { clauseStart, isSubject, titleWordsOnly } from './subjects.ts';
import { wordsOf } from '../text/words.ts';
import { describesName, descriptorTitle, endsAppositive, participleSubject, strayCommaSubject } from './layouts.ts';
import type { Mention } from './sources.ts';

/** A slice of the paragraph text that may hold the attribution. */
export interface Clause {
  from: number;
  to: number;
}

/** Up to three plain words between a subject and its verb: `also`, `on Tuesday`, `in a statement`. */
const SHORT_GAP = /^[\s\u00a0]+(?:[\p{L}\p{N}.]+[\s\u00a0]+){0,3}$/u;
const GAP_STOPS = new Set(['and', 'or', 'but', 'who', 'which', 'that']);
/** `, the Kremlin spokesman, ` or `, who met Xie on Thursday, `, then at most two words. */
const APPOSITIVE = /^\s*,[^;:“”"]*,\s*(?:[\p{L}]+\s+){0,2}$/u;
const PHRASE = /^\s+(?:of|from|at|in|for|with)\s+(?:[^\s,;:“”"]+\s+){1,5}$/u;

function gapAllows(text: string, subject: Mention, verbStart: number, mentions: readonly Mention[], floor: number): boolean {
  const gap = text.slice(subject.end, verbStart);
  if (SHORT_GAP.test(gap) || gap === '') {
    return (
      !wordsOf(gap).some((w) => GAP_STOPS.has(w.toLowerCase())) &&
      !mentions.some((m) => m.start >= subject.end && m.end <= verbStart)
    );
  }
  if (subject.pronoun) return false;
  if (APPOSITIVE.test(gap) || PHRASE.test(gap)) return true;
  // `The Kremlin’s spokesman, Dmitry Peskov, said`: the name is itself the appositive of a title.
  if (/^\s*,\s*$/.test(gap) && subject.sourceId !== undefined) {
    const open = clauseStart(text, subject.start, floor);
    if (text[open - 1] !== ',') return false;
    const titleStart = clauseStart(text, open - 1, floor);
    const title = text.slice(titleStart, open - 1);
    // Not `Fiona Sheard, Clean Rivers Now, told`: a name before the comma is the subject, the second its appositive.
    if (mentions.some((m) => m.start >= titleStart && m.end < open && !m.possessive && !m.title)) return false;
    return wordsOf(title).length > 0 && titleWordsOnly(wordsOf(title));
  }
  return false;
}

/** Step 2: the subject after an inverting verb, with title words only between (and one comma after a title noun). */
function subjectAfter(text: string, verbEnd: number, clause: Clause, mentions: readonly Mention[]): Mention | undefined {
  const candidates = mentions.filter((m) => m.start >= verbEnd && m.end <= clause.to && !m.possessive && !m.title && !m.passing);
  let next = candidates[0];
  if (!next || next.pronoun) return undefined;
  // `said the Kremlin spokesman, Dmitry Peskov`: a name after the title is who speaks.
  const named = candidates[1];
  const apposed = named?.sourceId !== undefined && /^\s*,\s*$/.test(text.slice(next.end, named.start));
  if (next.sourceId === undefined && apposed && endsAppositive(text.slice(named.end))) next = named;
  const gap = text.slice(verbEnd, next.start);
  const [title, afterComma, ...more] = gap.split(',');
  if (more.length > 0 || (afterComma !== undefined && afterComma.trim() !== '')) return undefined;
  const words = wordsOf(title);
  if (words.length > 6 || !titleWordsOnly(afterComma === undefined ? words : descriptorTitle(words))) return undefined;
  if (afterComma !== undefined && !(describesName(words) && endsAppositive(text.slice(next.end)))) return undefined;
  return next;
}

/** The verbs of saying in a clause, outside quote marks. */
function verbsIn(text: string, clause: Clause, quoted: (i: number) => boolean) {
  return [...text.slice(clause.from, clause.to).matchAll(SAYING_VERB)]
    .map((m) => ({
      start: clause.from + m.index,
      end: clause.from + m.index + m[0].length,
      word: m[0].toLowerCase().replace(/\s+/g, ' '),
    }))
    .filter((v) => !quoted(v.start));
}

type Verb = ReturnType<typeof verbsIn>[number];

/** A verb's subject by steps 1 to 4 of the rule above, or undefined. */
function subjectOf(
  text: string,
  verb: Verb,
  clause: Clause,
  inClause: readonly Mention[],
  mentions: readonly Mention[],
  floor: number,
) {
  const before = inClause.filter((m) => m.end <= verb.start).reverse();
  const subject =
    before.find((m) => isSubject(text, m, mentions, floor, true) && gapAllows(text, m, verb.start, mentions, floor)) ??
    (INVERTING.has(verb.word) ? subjectAfter(text, verb.end, clause, inClause) : undefined);
  if (subject) return subject;
  const subjects = inClause.filter((m) => isSubject(text, m, mentions, floor));
  if (PARTICIPLES.has(verb.word)) return participleSubject(text, verb.start, subjects, floor);
  const nearest = before[0];
  const opens = nearest !== undefined && clauseStart(text, nearest.start, floor) === floor && subjects.includes(nearest);
  return strayCommaSubject(text, nearest, verb.start, text.slice(verb.end, clause.to), opens);
}

interface ClauseOptions {
  /** Where the clause's sentence starts. */
  floor: number;
  quoted: (i: number) => boolean;
}

/** The subject of each verb of saying in a clause that has one, in order: whom the clause reports speaking. */
export function speakersIn(text: string, clause: Clause, mentions: readonly Mention[], options: ClauseOptions): Mention[] {
  const inClause = mentions.filter((m) => m.start >= clause.from && m.end <= clause.to);
  return verbsIn(text, clause, options.quoted).flatMap(
    (verb) => subjectOf(text, verb, clause, inClause, mentions, options.floor) ?? [],
  );
}

/**
 * The mention a clause credits the quotation to, by the rule above, or
 * undefined. `mentions` are the paragraph's mentions outside quote marks, in
 * order; `before` says the clause precedes the quotation (its verbs are then
 * read from the end).
 */
export function creditedMention(
  text: string,
  clause: Clause,
  mentions: readonly Mention[],
  options: ClauseOptions & { before: boolean },
): Mention | undefined {
  const speakers = speakersIn(text, clause, mentions, options);
  if (speakers.length > 0) return options.before ? speakers.at(-1) : speakers[0];
  if (!options.before || verbsIn(text, clause, options.quoted).length > 0 || !/:\s*$/.test(text.slice(clause.from, clause.to)))
    return undefined;
  const subjects = mentions.filter(
    (m) => m.start >= clause.from && m.end <= clause.to && !m.pronoun && isSubject(text, m, mentions, options.floor),
  );
  return subjects.length === 1 ? subjects[0] : undefined;
}
