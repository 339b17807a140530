/**
 * Key figures: tracing each frontmatter figure to the sentence of the body
 * that states it, so the key-facts box can link to its source and the build
 * fails when an edit leaves a figure the text no longer supports.
 *
 * Matching is on the figure's `text` exactly as the body writes it ("115,000",
 * "eight years"), with these tolerances only:
 *   - word boundaries on both sides, and a number is never matched inside a
 *     longer one: "15,000" is not found in "115,000", "115" not in "115,000";
 *   - letters match in either case ("Eight years" opening a sentence);
 *   - any run of spaces matches normal, non-breaking, thin or narrow spaces,
 *     and line breaks ("115 000", "eight\nyears");
 *   - apostrophes, double quotes and dashes match their typographic forms
 *     (SmartyPants curls ' and " and turns -- and --- into dashes).
 * Spelled-out and numeric forms are not equated: "eight" does not find "8".
 */
import type { Paragraph } from '../text/sentences.ts';
import { escapeRegExp } from '../text/patterns.ts';
import type { Figure } from '../article/schema.ts';

/** Where a figure is stated, as the key-facts box links to it (JSON-serialisable). */
export interface FigureTrace {
  /** The figure's id from the frontmatter. */
  id: string;
  /** The id of the paragraph stating it: its quote id if it has one, else `fact-${id}`. */
  paragraphId: string;
}

const SPACE = '[\\s\\u00a0\\u2009\\u202f]+';
const DASH = '(?:-{1,3}|[\\u2010\\u2011\\u2012\\u2013\\u2014])';

/** The RegExp that finds a figure's text in the body, per the tolerances in the module comment. */
export function figurePattern(figureText: string): RegExp {
  const body = figureText
    .trim()
    .split(/(\s+|-{1,3}|[\u2010-\u2014]|['’‘]|["“”])/)
    .map((part) => {
      if (part === '') return '';
      if (/^\s+$/.test(part)) return SPACE;
      if (/^(?:-{1,3}|[\u2010-\u2014])$/.test(part)) return DASH;
      if (/^['’‘]$/.test(part)) return "['’‘]";
      if (/^["“”]$/.test(part)) return '["“”]';
      return escapeRegExp(part);
    })
    .join('');
  // Not preceded by a letter, digit or "1," / "1."; not followed by a letter, digit or ",0" / ".5".
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${body}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'iu');
}

/** A figure whose text is in no paragraph, with its index in `figures`. */
export interface MissingFigure {
  index: number;
  figure: Figure;
}

/** A figure found in the body, and the paragraph (by index) that states it first. */
export interface FoundFigure {
  figure: Figure;
  paragraphIndex: number;
}

/** Finds each figure in the first paragraph (in article order) that states it. */
export function traceFigures(
  paragraphs: readonly Paragraph[],
  figures: readonly Figure[],
): { found: FoundFigure[]; missing: MissingFigure[] } {
  const found: FoundFigure[] = [];
  const missing: MissingFigure[] = [];
  figures.forEach((figure, index) => {
    const pattern = figurePattern(figure.text);
    const paragraphIndex = paragraphs.findIndex((paragraph) => pattern.test(paragraph.text));
    if (paragraphIndex === -1) missing.push({ index, figure });
    else found.push({ figure, paragraphIndex });
  });
  return { found, missing };
}

/**
 * The error for a figure the body no longer states:
 * `content/articles/x.md: figures[0].text (russian-troops): "115,000" does not appear in the article body. Correct the figure's text to match the body, or remove the figure.`
 */
export function missingFigureMessage(path: string, index: number, figure: Pick<Figure, 'id' | 'text'>): string {
  return (
    `${path}: figures[${index}].text (${figure.id}): "${figure.text}" does not appear in the article body. ` +
    `Correct the figure's text to match the body, or remove the figure.`
  );
}
