/**
 * The body as the quote finder and the figure tracer read it: paragraphs of
 * plain text, and the sentences in them. A quotation's attribution never runs
 * past the end of its sentence; a figure is shown with the sentence that
 * states it.
 */

/** A paragraph of the body as plain text, and the .md line it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

/** A sentence end: where its . ? or ! is, and the index just past it and any closing marks. */
export interface SentenceEnd {
  at: number;
  after: number;
}

/** Abbreviations and initials whose full stop does not end a sentence: "Mr.", "U.S.", "J. Smith". */
const ABBREVIATION = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Prof|Jr|Sr|\p{Lu})$/u;

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

/** Where the sentence holding `index` starts: just past the last sentence end before it, else 0. */
export function sentenceStart(text: string, index: number, ends: readonly SentenceEnd[] = sentenceEnds(text)): number {
  return ends.filter((end) => end.after <= index).at(-1)?.after ?? 0;
}

/** The .md line of `index` in a paragraph: its first line plus the line breaks before it. */
export function lineAt(paragraph: Paragraph, index: number): number {
  return paragraph.line + (paragraph.text.slice(0, index).match(/\n/g)?.length ?? 0);
}
