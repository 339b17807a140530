/**
 * Headline prefixes that are version signals, not words of the headline:
 * Reuters' `UPDATE 2-`, `CORRECTED-`, `REFILE-`, `RPT-`, `WRAPUP 1-`, and
 * their chains (`CORRECTED-UPDATE 3-`). They are taken off the headline and
 * read as signals: `CORRECTED-` marks the version a correction; the others
 * say what the version number says already. Only these: a prefix that names
 * the kind of story (`EXCLUSIVE-`, `ANALYSIS-`, `FACTBOX-`) or its topic
 * (`PRECIOUS-`, `Soccer-`) is part of the headline and stays.
 */

export type HeadlineSignal = 'update' | 'correction' | 'refile' | 'repeat' | 'wrapup';

const SIGNALS: Record<string, HeadlineSignal> = {
  UPDATE: 'update',
  CORRECTED: 'correction',
  CORRECTION: 'correction',
  REFILE: 'refile',
  RPT: 'repeat',
  REPEAT: 'repeat',
  WRAPUP: 'wrapup',
};

/** One prefix, in capitals, with its number where it has one, and the hyphen (or dash) that ends it. */
const PREFIX = new RegExp(String.raw`^(${Object.keys(SIGNALS).join('|')})(?:\s+\d+)?\s*[-–]\s*`);

export function readHeadline(headline: string): { title: string; signals: HeadlineSignal[] } {
  let title = headline;
  const signals: HeadlineSignal[] = [];
  for (let match = PREFIX.exec(title); match; match = PREFIX.exec(title)) {
    signals.push(SIGNALS[match[1]]);
    title = title.slice(match[0].length);
  }
  // A headline that is nothing but a signal keeps its words.
  return title.trim() === '' ? { title: headline, signals: [] } : { title, signals };
}
