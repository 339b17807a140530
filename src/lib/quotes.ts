/**
 * Direct quotations: finding them in the body text and attributing each to a
 * person from the frontmatter's `people`. Pure functions over plain strings;
 * `remark-article.ts` feeds them the paragraphs of the Markdown tree.
 *
 * ## What counts as a direct quotation (the rule)
 *
 * Quote marks are the double marks “ ” and straight ", paired in order within
 * a paragraph (single marks ‘ ’ are apostrophes or quotes nested inside a
 * quotation and never delimit one). A quoted span is a DIRECT QUOTATION when
 * both hold:
 *
 *   1. it opens a sentence: the opening mark starts the paragraph, or follows
 *      . ? ! or : (a colon introduces a quote: `Zelensky said: “…”`); and
 *   2. it is a full clause: the text inside the marks ends with punctuation
 *      , . ? ! … or a dash (`“…,” Zelensky said`, `“… happen,” Putin said`).
 *
 * A span that opens right after the attribution of a direct quotation ending
 * in a comma (`“We must talk,” he said, “because …”`) is its CONTINUATION and
 * is joined to it. Every other span is a FRAGMENT (`saying he was “not
 * afraid” to speak`, `called for a “deterrence package”`): it stays in the
 * text, needs no speaker and never reaches the sidebar.
 *
 * Whether a span is a direct quotation depends on its form only, never on
 * whether a speaker was found, so a direct quotation nobody can be credited
 * with is an error the editor sees, not a quote that silently disappears.
 *
 * ## Who said it (attribution)
 *
 * The attribution clause is the text after the closing mark up to the end of
 * the sentence or the next quote mark (`…,” Zelensky said during …`), or the
 * text before the opening mark back to the start of the sentence
 * (`Zelensky said: “…”`). A person is mentioned by full name, surname (last
 * word of the name) or any alias, on word boundaries, with matching case (an
 * alias may also start with a capital, opening a sentence); the longest match
 * wins ("Maria Zakharova" over "Zakharova"). Tried in order:
 *
 *   1. a mention right next to an attribution verb (`Zelensky said`,
 *      `said Putin`, `she claimed`), after the quote, then before it;
 *   2. the first person named in a clause that has an attribution verb (or
 *      ends with a colon), after the quote, then before it;
 *   3. the speaker of another direct quotation in the same paragraph
 *      (`“A,” Zelensky said. “B.”` credits B to Zelensky).
 * A name in the possessive (`said Putin’s spokesman`) is never the speaker,
 * and names inside quote marks are ignored. Sentences end at . ? ! but not
 * at the full stop of an abbreviation or initial ("Mr.", "U.S.").
 *
 * A pronoun (he, she, they) next to a verb refers back to the nearest person
 * named before it, outside quote marks, whose pronoun fits. The schema has no
 * pronoun field, so the pronoun is learned from gendered words in the
 * person's role or aliases ("Spokeswoman, …"), from the title word right
 * before a mention in the text ("spokeswoman Maria Zakharova"), and from
 * earlier pronoun attributions; a person with none of these fits any pronoun.
 *
 * Not handled: quotations running over several paragraphs (an opening mark
 * never closed in its paragraph is ignored) and quotations delimited by
 * single marks only.
 */
import type { Person } from './schema';

/** A paragraph of the body as plain text, and the .md line it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

/** A direct quotation credited to a person. Ids are stable: `${personId}-${n}`, n counted per speaker in article order. */
export interface FoundQuote {
  id: string;
  /** The words inside the marks; a trailing comma leading into the attribution is dropped. */
  text: string;
  personId: string;
  paragraphIndex: number;
  /** The .md line of the opening quote mark. */
  line: number;
}

/** A direct quotation no speaker could be found for. */
export interface UnattributedQuote {
  text: string;
  paragraphIndex: number;
  line: number;
}

/** One entry of the quotes sidebar, as written to `frontmatter.sidebarQuotes` (JSON-serialisable). */
export interface SidebarQuote {
  /** `${personId}-${n}`, e.g. "zelensky-2"; what `quotes.feature` / `quotes.exclude` refer to. */
  id: string;
  text: string;
  personId: string;
  speaker: string;
  role: string;
  /** The id of the source paragraph (`quote-zelensky-1`), for a link back into the text. */
  paragraphId: string;
  line: number;
}

export type SpanKind = 'direct' | 'continuation' | 'fragment';

export interface QuoteSpan {
  kind: SpanKind;
  /** Index of the opening mark in the paragraph text. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** The text between the marks, as written. */
  inner: string;
}

const DOUBLE_MARK = /["“”]/;
/** The inner text of a full clause ends in one of these, possibly followed by a closing nested mark. */
const CLAUSE_END = /[,.?!…—–][’'\s]*$/;
/** Closing marks and spaces skipped when looking back from an opening mark. */
const SKIPPABLE_BEFORE_OPEN = /[\s"”’']/;

/** Attribution verbs (the wire importer proposes speakers next to them too). */
export const VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'claimed', 'claims', 'stated', 'states',
  'declared', 'declares', 'asked', 'asks', 'wrote', 'writes', 'noted', 'notes', 'insisted', 'insists',
  'warned', 'warns', 'explained', 'explains', 'argued', 'argues', 'continued', 'continues', 'replied',
  'replies', 'answered', 'answers', 'stressed', 'stresses', 'urged', 'urges', 'recalled', 'recalls',
  'admitted', 'admits', 'announced', 'announces', 'acknowledged', 'acknowledges', 'responded',
  'responds', 'countered', 'counters', 'tweeted', 'posted', 'according to', 'put it',
];
const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${VERBS.join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'giu');
const PRONOUN_RE = /(?<![\p{L}\p{N}])(he|she|they)(?![\p{L}\p{N}])/giu;
/** Gap allowed between a mention and its verb: spaces and at most one word (`Zelensky also said`). */
const ADJACENT_GAP = /^\s*(?:\p{L}+\s+)?$/u;

type Pronoun = 'he' | 'she';
const SHE_WORDS = /(?<![\p{L}])(?:\p{L}*woman|\p{L}*women|mrs|ms|miss|madam|madame|lady|queen|princess|duchess)(?![\p{L}])/iu;
const HE_WORDS = /(?<![\p{L}])(?:spokesman|chairman|congressman|businessman|statesman|mr|sir|lord|king|prince|duke)(?![\p{L}])/iu;

/** Abbreviations and initials whose full stop does not end a sentence: "Mr.", "U.S.", "J. Smith". */
const ABBREVIATION = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Prof|Jr|Sr|\p{Lu})$/u;

/** A sentence end: where its . ? or ! is, and the index just past it and any closing marks. */
export interface SentenceEnd {
  at: number;
  after: number;
}

/**
 * The sentence ends of a text: . ? or !, with any closing quote marks or
 * bracket, followed by white space or the end of the text. A full stop after
 * an abbreviation or a single capital (initials, "U.S.") is not an end, nor
 * is a decimal point ("1.5").
 */
export function sentenceEnds(text: string): SentenceEnd[] {
  return [...text.matchAll(/[.?!][”"’')]*(?=\s|$)/g)]
    .filter((m) => m[0][0] !== '.' || !ABBREVIATION.test(text.slice(0, m.index)))
    .map((m) => ({ at: m.index, after: m.index + m[0].length }));
}

/**
 * Pairs the double quote marks of a paragraph and classifies each span by the
 * rule in the module comment. An opening mark left unclosed at the end of the
 * paragraph is ignored (multi-paragraph quotations are not supported).
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!DOUBLE_MARK.test(text[i]!)) continue;
    // Marks toggle rather than trusting their direction: SmartyPants
    // occasionally curls a mark the wrong way, and straight marks have none.
    if (open < 0) {
      open = i;
    } else {
      const inner = text.slice(open + 1, i);
      spans.push({ kind: classify(text, open, inner, spans), open, close: i, inner });
      open = -1;
    }
  }
  return spans;
}

function classify(text: string, open: number, inner: string, previous: QuoteSpan[]): SpanKind {
  let i = open - 1;
  while (i >= 0 && SKIPPABLE_BEFORE_OPEN.test(text[i]!)) i--;
  const before = i < 0 ? '' : text[i]!;
  const fullClause = CLAUSE_END.test(inner);
  if ((before === '' || /[.?!:]/.test(before)) && fullClause) return 'direct';
  // `“We must talk,” he said, “because …”`: the previous span is a direct
  // quotation ending in a comma, and only its attribution stands between.
  const last = previous.at(-1);
  if (
    before === ',' &&
    last !== undefined &&
    last.kind !== 'fragment' &&
    /,[’'\s]*$/.test(last.inner) &&
    !sentenceEnds(text).some((end) => end.at > last.close && end.at < open)
  ) {
    return 'continuation';
  }
  return 'fragment';
}

/** The quote as shown in the sidebar: single-spaced, without a trailing comma that led into the attribution. */
export function cleanQuoteText(inner: string): string {
  return inner.replace(/\s+/g, ' ').trim().replace(/,$/, '');
}

interface Mention {
  start: number;
  end: number;
  /** The person named, or undefined for a pronoun. */
  personId?: string;
  pronoun?: 'he' | 'she' | 'they';
  /** "Putin’s spokesman said": a possessive names someone else as the speaker. */
  possessive?: boolean;
}

/**
 * A RegExp source for a name: any apostrophe or space in it matches its
 * typographic variants, and with `anyFirstCase` its first letter may be
 * either case ("the Russian leader" also matches "The Russian leader" opening
 * a sentence). Otherwise case must match, so a surname such as "May" is not
 * found in "may".
 */
function namePattern(name: string, anyFirstCase: boolean): string {
  const escape = (s: string) =>
    s
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['’‘]/g, "['’‘]")
      .replace(/\s+/g, '[\\s\\u00a0]+');
  const trimmed = name.trim();
  const first = trimmed.charAt(0);
  if (!anyFirstCase || first.toLowerCase() === first.toUpperCase()) return escape(trimmed);
  return `[${first.toLowerCase()}${first.toUpperCase()}]${escape(trimmed.slice(1))}`;
}

/** Finds every mention of a person by name, surname or alias in `text`, longest match first, without overlaps. */
export function findMentions(text: string, people: readonly Person[]): Mention[] {
  const candidates: Mention[] = [];
  for (const person of people) {
    const surname = person.name.trim().split(/\s+/).at(-1) ?? person.name;
    const names = [
      ...[person.name, surname].map((name) => namePattern(name, false)),
      ...(person.aliases ?? []).map((alias) => namePattern(alias, true)),
    ];
    for (const name of new Set(names)) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const end = m.index + m[0].length;
        const possessive = /^['’](?:s(?![\p{L}])|(?![\p{L}]))/u.test(text.slice(end));
        candidates.push({ start: m.index, end, personId: person.id, possessive });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (mentions.length === 0 || c.start >= mentions.at(-1)!.end) mentions.push(c);
  }
  return mentions;
}

function pronounsIn(text: string): Mention[] {
  return [...text.matchAll(PRONOUN_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    pronoun: m[1]!.toLowerCase() as 'he' | 'she' | 'they',
  }));
}

/** An attribution clause: a slice of the paragraph text, with its offset so mentions map back. */
interface Clause {
  from: number;
  to: number;
}

/**
 * Picks the mention a clause credits the quote to, by steps 1 and 2 of the
 * rule. `adjacentOnly` selects step 1. Returns the mention, or undefined.
 */
function creditedMention(text: string, clause: Clause, mentions: Mention[], adjacentOnly: boolean): Mention | undefined {
  const slice = text.slice(clause.from, clause.to);
  const verbs = [...slice.matchAll(VERB_RE)].map((m) => ({ start: clause.from + m.index, end: clause.from + m.index + m[0].length }));
  const inside = mentions.filter((m) => m.start >= clause.from && m.end <= clause.to && !m.possessive);
  if (adjacentOnly) {
    for (const verb of verbs) {
      const found =
        inside.find((m) => m.end <= verb.start && ADJACENT_GAP.test(text.slice(m.end, verb.start))) ??
        inside.find((m) => m.start >= verb.end && ADJACENT_GAP.test(text.slice(verb.end, m.start)));
      if (found) return found;
    }
    return undefined;
  }
  const introducesWithColon = /:\s*$/.test(slice);
  if (verbs.length === 0 && !introducesWithColon) return undefined;
  return inside.find((m) => m.personId !== undefined);
}

/** Infers he/she from the words of a person's role and aliases, when they say. */
function pronounHint(words: string): Pronoun | undefined {
  if (SHE_WORDS.test(words)) return 'she';
  if (HE_WORDS.test(words)) return 'he';
  return undefined;
}

/**
 * Finds the direct quotations in the paragraphs, in article order, and
 * credits each to a person. Quotes no one can be credited with come back in
 * `unattributed` (the caller reports them); they take no id.
 */
export function findQuotes(
  paragraphs: readonly Paragraph[],
  people: readonly Person[],
): { quotes: FoundQuote[]; unattributed: UnattributedQuote[] } {
  const pronounOf = new Map<string, Pronoun>();
  for (const person of people) {
    const hint = pronounHint([person.role, ...(person.aliases ?? [])].join(' '));
    if (hint) pronounOf.set(person.id, hint);
  }
  /** Named people outside quote marks, most recent last: antecedents for pronouns. */
  const named: string[] = [];
  const counts = new Map<string, number>();
  const quotes: FoundQuote[] = [];
  const unattributed: UnattributedQuote[] = [];

  paragraphs.forEach((paragraph, paragraphIndex) => {
    const { text } = paragraph;
    const spans = quoteSpans(text);
    const insideMarks = (m: Mention) => spans.some((s) => m.start > s.open && m.end <= s.close);
    const mentions = [...findMentions(text, people), ...pronounsIn(text)]
      .filter((m) => !insideMarks(m))
      .sort((a, b) => a.start - b.start);

    // A title word right before a name tells the pronoun: "spokeswoman Maria Zakharova".
    for (const m of mentions) {
      if (m.personId === undefined || pronounOf.has(m.personId)) continue;
      const hint = pronounHint(/(\p{L}+)\s+$/u.exec(text.slice(0, m.start))?.[1] ?? '');
      if (hint) pronounOf.set(m.personId, hint);
    }

    /** Resolves a mention to a person id; pronouns look back to the nearest fitting named person. */
    const resolve = (m: Mention): string | undefined => {
      if (m.personId !== undefined) return m.personId;
      const earlier = [...named, ...mentions.filter((n) => n.personId !== undefined && n.end <= m.start).map((n) => n.personId!)];
      for (let i = earlier.length - 1; i >= 0; i--) {
        const candidate = earlier[i]!;
        const known = pronounOf.get(candidate);
        if (m.pronoun === 'they' || known === undefined || known === m.pronoun) {
          if (m.pronoun !== 'they') pronounOf.set(candidate, m.pronoun!);
          return candidate;
        }
      }
      return undefined;
    };

    // Each direct quotation (with its continuations) and its attribution clauses.
    const groups: { spans: QuoteSpan[]; after: Clause; before: Clause; personId?: string }[] = [];
    const ends = sentenceEnds(text);
    spans.forEach((span, i) => {
      if (span.kind === 'continuation' && groups.length > 0) {
        groups.at(-1)!.spans.push(span);
        return;
      }
      if (span.kind !== 'direct') return;
      // After: to the end of the sentence or the next quote mark.
      const next = spans[i + 1]?.open ?? text.length;
      const end = ends.find((e) => e.at > span.close && e.at < next);
      // Before: from the start of the sentence or the previous quote's closing mark.
      const previous = spans[i - 1] ? spans[i - 1]!.close + 1 : 0;
      const start = ends.filter((e) => e.after >= previous && e.after <= span.open).at(-1)?.after ?? previous;
      groups.push({
        spans: [span],
        after: { from: span.close + 1, to: end?.at ?? next },
        before: { from: start, to: span.open },
      });
    });

    for (const step of [true, false]) {
      for (const group of groups) {
        if (group.personId !== undefined) continue;
        const m =
          creditedMention(text, group.after, mentions, step) ?? creditedMention(text, group.before, mentions, step);
        if (m) group.personId = resolve(m);
      }
    }
    // Step 3: another quote of the same paragraph lends its speaker.
    groups.forEach((group, i) => {
      if (group.personId !== undefined) return;
      const lender = [...groups.slice(0, i)].reverse().find((g) => g.personId) ?? groups.slice(i + 1).find((g) => g.personId);
      group.personId = lender?.personId;
    });

    for (const group of groups) {
      const first = group.spans[0]!;
      const line = paragraph.line + (text.slice(0, first.open).match(/\n/g)?.length ?? 0);
      const joined = cleanQuoteText(group.spans.map((s) => s.inner).join(' '));
      if (group.personId === undefined) {
        unattributed.push({ text: joined, paragraphIndex, line });
        continue;
      }
      const n = (counts.get(group.personId) ?? 0) + 1;
      counts.set(group.personId, n);
      quotes.push({ id: `${group.personId}-${n}`, text: joined, personId: group.personId, paragraphIndex, line });
    }
    named.push(...mentions.filter((m) => m.personId !== undefined).map((m) => m.personId!));
  });
  return { quotes, unattributed };
}

/** Which quote ids the sidebar shows, from frontmatter `quotes`. */
export interface QuoteSelection {
  feature?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
}

/** A `quotes.feature` / `quotes.exclude` entry that names no quote. */
export interface BadQuoteReference {
  field: string;
  id: string;
}

/**
 * Applies `quotes.feature` (only these, kept in article order) and
 * `quotes.exclude` (all but these) to the quotes, and lists the references
 * that match no quote.
 */
export function selectQuotes<Q extends { id: string }>(
  quotes: readonly Q[],
  selection: QuoteSelection,
): { selected: Q[]; bad: BadQuoteReference[] } {
  const ids = new Set(quotes.map((q) => q.id));
  const bad: BadQuoteReference[] = [];
  const check = (name: 'feature' | 'exclude', list: readonly string[] | undefined) =>
    (list ?? []).forEach((id, i) => {
      if (!ids.has(id)) bad.push({ field: `quotes.${name}[${i}]`, id });
    });
  check('feature', selection.feature);
  check('exclude', selection.exclude);
  const featured = selection.feature ? new Set(selection.feature) : undefined;
  const excluded = new Set(selection.exclude ?? []);
  const selected = quotes.filter((q) => (featured === undefined || featured.has(q.id)) && !excluded.has(q.id));
  return { selected, bad };
}

/** The quote's first words for an error message: up to 60 characters, cut at a word, with "…" when cut. */
export function quoteExcerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The error for a direct quotation with no speaker:
 * `content/articles/x.md:12: no speaker found for the quote “We must talk, knowing…”. Add the speaker to people in the frontmatter (id, name, role), or add the words the text uses for them to that person's aliases.`
 */
export function noSpeakerMessage(path: string, line: number, quote: string): string {
  return (
    `${path}:${line}: no speaker found for the quote “${quoteExcerpt(quote)}”. ` +
    `Add the speaker to people in the frontmatter (id, name, role), ` +
    `or add the words the text uses for them to that person's aliases.`
  );
}

/**
 * The error for a `quotes.feature` / `quotes.exclude` entry that names no quote:
 * `content/articles/x.md: quotes.feature[0]: "zelensky-9" is not a quote in this article. The quote ids are: zelensky-1, zelensky-2. Use one of them, or remove the entry.`
 */
export function badQuoteReferenceMessage(path: string, field: string, id: string, known: readonly string[]): string {
  const list = known.length > 0 ? `The quote ids are: ${known.join(', ')}.` : 'The article has no direct quotations.';
  return `${path}: ${field}: "${id}" is not a quote in this article. ${list} Use one of them, or remove the entry.`;
}
