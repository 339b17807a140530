/**
 * How the pages word what they count, in the edition's language. A count
 * beside a link is in figures ("1 story", "12 stories"); a count in a sentence
 * spells a single one out ("one quotation"), as a newspaper's style would.
 * Which form a number takes is the language's plural rule (Intl): English
 * says "0 stories", French « 0 article ». Figures are written in the edition's
 * way (Intl), and so is a list of names ("A, B and C", « A, B et C »).
 * A link that says which quotation it goes to names it by its opening words.
 */
import type { Noun, Strings } from './strings.ts';

const cached = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
};
const pluralRules = cached((locale) => new Intl.PluralRules(locale));
const numbers = cached((locale) => new Intl.NumberFormat(locale));
const lists = cached((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** The noun for a count: "story" for one, "stories" for any other number (in English). */
export function plural(strings: Strings, count: number, noun: Noun): string {
  const forms = strings.nouns[noun];
  return pluralRules(strings.locale).select(count) === 'one' ? forms.one : forms.other;
}

/** A number in the edition's figures: "12", "1,200". */
export function figure(strings: Strings, count: number): string {
  return numbers(strings.locale).format(count);
}

/** A count in figures, for a note or a label: "1 story", "12 stories". */
export function counted(strings: Strings, count: number, noun: Noun): string {
  return `${figure(strings, count)} ${plural(strings, count, noun)}`;
}

/** A count in a sentence: "one quotation", "12 quotations". */
export function countedInProse(strings: Strings, count: number, noun: Noun): string {
  return count === 1 ? strings.nouns[noun].single : counted(strings, count, noun);
}

/** Names in a list: "Ann, Bo and Cy". */
export function listed(strings: Strings, names: readonly string[]): string {
  return lists(strings.locale).format(names);
}

/** Text that opens a sentence or a heading: "One story", "Corrections". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quotation's first 40 characters and an ellipsis, for a link's hidden text: “We must talk…”. */
export function quoteOpening(text: string): string {
  return `${text.slice(0, 40)}…`;
}
