/**
 * Finding direct quotations in the body, by their form alone; who said them
 * is attribution.ts's business.
 *
 * ## What counts as a direct quotation (the rule)
 *
 * Quote marks are the double marks “ ” and straight ", with the German „ “,
 * paired in order within a paragraph, whichever way they are curled
 * (SmartyPants curls a closing mark typed after a space as an opening one:
 * `talk , “he said`); and the guillemets « », which have a direction: « opens
 * and only » closes, whatever space stands inside them (none, a plain, a
 * no-break U+00A0 or a narrow no-break U+202F space). Marks of the other kind
 * inside an open quotation (“ ” in « », « » in “ ”) are nested, as are single
 * marks ‘ ’ and ‹ ›, which are apostrophes or nested quotes and never
 * delimit one. A quoted span is a DIRECT QUOTATION when both hold:
 *
 *   1. it opens a sentence: the opening mark starts the paragraph, or follows
 *      . ? ! or : (a colon introduces a quote: `Zelensky said: “…”`), or a
 *      verb of saying and a comma (`a man shouted, “Do your job!” before
 *      …`); and
 *   2. it is a full clause, by its punctuation, in any of three ways:
 *      - the text inside the marks ends with , . ? ! … or a dash (`“…,”
 *        Zelensky said`, `“… happen,” Putin said`), a space typed before
 *        the closing mark included (`“We are ready to talk ,” he said`);
 *      - British, French and Spanish style: a comma or full stop stands
 *        right after the closing mark (`“We will not leave”, said a
 *        protester.`, `« Nous partons », a-t-il dit`, `“Ya no hay agua”.`);
 *      - the reporter's words stand between the quotation and its
 *        attribution: after the closing mark, a phrase opened by a
 *        preposition runs to a comma, and a verb of saying follows within
 *        six words, in the same sentence (`“…” in a speech in Warsaw, Biden
 *        said.`).
 *
 * A span that opens right after the attribution of a direct quotation ending
 * in a comma, inside or right after its marks (`“We must talk,” he said,
 * “because …”`), is its CONTINUATION and is joined to it. Every other span
 * is a FRAGMENT (`saying he was “not afraid” to speak`, `called for a
 * “deterrence package”`): it stays in the text, needs no speaker and never
 * reaches the sidebar. French sets an incise inside the marks (`« J'étais
 * là, raconte-t-il, et … »`): the verb and its pronoun are left out of the
 * quote's words.
 *
 * A quotation may run over several paragraphs, as the agencies write it: a
 * paragraph leaves the quotation open (no closing mark) and the next paragraph
 * opens with a quote mark. That reopened span continues the same quotation,
 * which is one quotation with one speaker, found at its first paragraph. A
 * mark left open with no paragraph reopening it closes at its paragraph's end.
 *
 * Whether a span is a direct quotation depends on its form only, never on
 * whether a speaker was found, so a direct quotation nobody can be credited
 * with is an error the editor sees, not a quote that silently disappears.
 */
import { PREPOSITIONS } from './lexicon/prepositions.ts';
import { SAYING_VERB } from './lexicon/saying.ts';
import { sentenceEnds, type Paragraph } from '../text/sentences.ts';

export type SpanKind = 'direct' | 'continuation' | 'fragment';

export interface QuoteSpan {
  kind: SpanKind;
  /** Index of the opening mark in the paragraph text. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when it is left open. */
  close: number;
  /** False when the paragraph ends before a closing mark. */
  closed: boolean;
  /** The text between the marks, as written. */
  inner: string;
}

/** One span of a quotation, in its paragraph. */
export interface QuotePart {
  paragraphIndex: number;
  span: QuoteSpan;
}

/** A direct quotation: its spans in reading order, over one or more paragraphs. */
export interface Quotation {
  parts: QuotePart[];
  /** The words inside the marks, single-spaced, without a space typed before their closing punctuation or a trailing comma that led into the attribution. */
  text: string;
}

const DOUBLE_MARK = /["“”„]/;
/** The inner text of a full clause ends in one of these (`« … ? »` with its space), possibly followed by a closing nested mark. */
const CLAUSE_END = /[,.?!…—–][’'›»”\s]*$/;
/** Closing marks and spaces skipped when looking back from an opening mark. */
const SKIPPABLE_BEFORE_OPEN = /[\s"”’'»›]/;
/** `a man shouted, “`: a verb of saying, then a comma, before an opening mark. */
const SAID_COMMA = new RegExp(`${SAYING_VERB.source},\\s*["“”]?$`, 'iu');
/** `” in a speech in Warsaw, Biden said`: a prepositional phrase, a comma, then a verb of saying within six words. */
const REPORTERS_WORDS = new RegExp(
  `^\\s+(?:${[...PREPOSITIONS].join('|')})\\s[^,;:“”"]*,\\s*(?:[^\\s,;:“”"]+\\s+){0,6}?${SAYING_VERB.source}`,
  'iu',
);

/**
 * Pairs the double quote marks of a paragraph and classifies each span by the
 * rule in the module comment. With `reopens`, a span opening the paragraph
 * continues the quotation the paragraph before left open.
 */
export function quoteSpans(text: string, reopens = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  const push = (close: number, closed: boolean) => {
    const inner = text.slice(open + 1, close);
    const kind =
      reopens && spans.length === 0 && text.slice(0, open).trim() === ''
        ? 'continuation'
        : classify(text, { open, close, closed, inner }, spans);
    spans.push({ kind, open, close, closed, inner });
    open = -1;
  };
  /** Whether the open span opened with «, which only » closes. */
  let guillemet = false;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    // Double marks toggle rather than trusting their direction: SmartyPants
    // occasionally curls a mark the wrong way, and straight marks have none.
    if (open >= 0) {
      if (guillemet ? mark === '»' : DOUBLE_MARK.test(mark)) push(i, true);
    } else if (mark === '«' || DOUBLE_MARK.test(mark)) {
      open = i;
      guillemet = mark === '«';
    }
  }
  if (open >= 0) push(text.length, false);
  return spans;
}

/** Rule 2: the span is a full clause by its punctuation, inside the marks, right after them, or after the reporter's words. */
function isFullClause(text: string, { close, closed, inner }: Omit<QuoteSpan, 'kind'>): boolean {
  if (CLAUSE_END.test(inner)) return true;
  if (!closed) return false;
  if (/^[,.]/.test(text.slice(close + 1))) return true;
  const end = sentenceEnds(text).find((e) => e.at > close)?.at ?? text.length;
  return REPORTERS_WORDS.test(text.slice(close + 1, end));
}

/** A span's comma leading into its attribution, inside the marks or (British style) right after them. */
const endsInComma = (text: string, span: QuoteSpan) => /,[’'\s]*$/.test(span.inner) || text[span.close + 1] === ',';

function classify(text: string, span: Omit<QuoteSpan, 'kind'>, previous: QuoteSpan[]): SpanKind {
  const { open } = span;
  let i = open - 1;
  while (i >= 0 && SKIPPABLE_BEFORE_OPEN.test(text[i])) i--;
  const before = i < 0 ? '' : text[i];
  if ((before === '' || /[.?!:]/.test(before)) && isFullClause(text, span)) return 'direct';
  // `“We must talk,” he said, “because …”`: the previous span is a direct
  // quotation ending in a comma, and only its attribution stands between.
  const last = previous.at(-1);
  if (
    before === ',' &&
    last !== undefined &&
    last.kind !== 'fragment' &&
    endsInComma(text, last) &&
    !sentenceEnds(text).some((end) => end.at > last.close && end.at < open)
  ) {
    return 'continuation';
  }
  if (before === ',' && SAID_COMMA.test(text.slice(0, open)) && isFullClause(text, span)) return 'direct';
  return 'fragment';
}

/** A span's words: trimmed, without a space typed before their closing punctuation (`talk ,”`, `win . ”`). */
const spanWords = (inner: string) => inner.trim().replace(/\s+([,.?!;:]+)$/, '$1');

/** `« J'étais là, raconte-t-il, et … »`: an inverted verb and pronoun set off by commas inside the marks are the reporter's words. */
const withoutIncise = (inner: string) => inner.replace(/,\s*\p{Ll}+(?:-t)?-(?:il|elle|ils|elles|on)\s*,\s*/gu, ', ');

/** The quote as shown: single-spaced, without a space typed before its closing punctuation or a trailing comma that led into the attribution. */
export function cleanQuoteText(inner: string): string {
  return spanWords(inner.replace(/\s+/g, ' ')).replace(/,$/, '');
}

/**
 * The direct quotations of the body, in article order, with every span of
 * each (continuations after an attribution, and the paragraphs a quotation
 * runs over); and the spans of each paragraph, for telling what is inside
 * quote marks.
 */
export function findQuotations(paragraphs: readonly Paragraph[]): { quotations: Quotation[]; spans: QuoteSpan[][] } {
  const quotations: Quotation[] = [];
  const spans: QuoteSpan[][] = [];
  /** The quotation the previous paragraph left open, if any. */
  let leftOpen: Quotation | undefined;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const found = quoteSpans(paragraph.text, leftOpen !== undefined);
    spans.push(found);
    // Only a reopening span can be a continuation before any direct quotation of its paragraph.
    let current = found[0]?.kind === 'continuation' ? leftOpen : undefined;
    leftOpen = undefined;
    for (const span of found) {
      if (span.kind === 'fragment') continue;
      if (span.kind === 'direct' || current === undefined) {
        current = { parts: [], text: '' };
        quotations.push(current);
      }
      current.parts.push({ paragraphIndex, span });
      if (!span.closed) leftOpen = current;
    }
  });
  for (const quotation of quotations) {
    quotation.text = cleanQuoteText(quotation.parts.map((part) => spanWords(withoutIncise(part.span.inner))).join(' '));
  }
  return { quotations, spans };
}
