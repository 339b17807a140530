/**
 * What the desk points out to the editor in a new entry before it is
 * published: people the quote finder cannot use yet, and the numbers in the
 * text that could become key facts.
 */
import type { Person } from '../article/schema.ts';
import { findQuotes } from '../quotes/find-quotes.ts';
import { quoteExcerpt } from '../quotes/selection.ts';
import type { ProposedPerson } from './propose-people.ts';

/** Warnings for people the quote finder cannot use yet: no role, or a quote nobody is credited with. */
export function checkPeople(paragraphs: string[], people: ProposedPerson[]): string[] {
  const notes = people
    .filter((p) => p.role === undefined)
    .map((p) => `people: the text gives ${p.name} no title; add their role before publishing`);
  const asPeople: Person[] = people.map((p) => ({ ...p, role: p.role ?? '', aliases: [] }));
  const { unattributed } = findQuotes(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    asPeople,
  );
  for (const quote of unattributed) {
    notes.push(`no speaker found for the quote “${quoteExcerpt(quote.text)}”; add the speaker to people`);
  }
  return notes;
}

const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?';
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d[\d,.]*\d|\d|${NUMBER_WORDS})(?![\p{L}\p{N}])(?:\s+(?:of\s+)?\p{L}+)?`,
  'giu',
);

/** Each number in the body with the word it counts ("115,000 troops", "eight years"), once. */
export function numbersIn(paragraphs: string[]): string[] {
  return [...new Set(paragraphs.flatMap((text) => [...text.matchAll(NUMBER)].map((m) => m[0].replace(/\s+/g, ' '))))];
}
