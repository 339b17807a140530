/**
 * What the desk points out to the editor in a new entry before it is
 * published: people the quote finder cannot use yet, and the numbers in the
 * text that could become key facts.
 */
import { findQuotes } from '../quotes/find-quotes.ts';
import { quoteExcerpt } from '../quotes/selection.ts';
import type { Proposals } from './propose-people.ts';

/**
 * What to check in the proposed sources: a person the text gives no title
 * (the page shows the name alone), the unnamed sources quotations are
 * credited to, and each quotation the finder still credits to nobody with
 * them, as the build will report it.
 */
export function checkPeople(paragraphs: string[], { people, organisations, unnamed }: Proposals): string[] {
  const notes = people
    .filter((p) => p.role === undefined)
    .map((p) => `people: the text gives ${p.name} no title; the page shows the name alone, so add a role if you know it`);
  if (unnamed.length > 0) {
    notes.push(
      `quotes: credited to unnamed sources as the text describes them (${unnamed.join('; ')}); they stay out of the sidebar`,
    );
  }
  const { unattributed } = findQuotes(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    people.map((p) => ({ ...p, aliases: p.aliases ?? [] })),
    { organisations: organisations.map((o) => ({ ...o, aliases: o.aliases ?? [] })) },
  );
  for (const quote of unattributed) {
    notes.push(`no speaker found for the quote “${quoteExcerpt(quote.text)}”; add the speaker to people or organisations`);
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
