/**
 * How the pages word what they count, in one place. A count beside a link is
 * in figures ("1 story", "12 stories"); a count in a sentence spells one out
 * ("one quotation"), as a newspaper's style would; anything but one, none
 * included, takes the plural. A link that says which quotation it goes to
 * names it by its opening words.
 */
const PLURALS = {
  story: 'stories',
  quote: 'quotes',
  quotation: 'quotations',
  figure: 'figures',
  correction: 'corrections',
} as const;

export type Noun = keyof typeof PLURALS;

/** The noun for a count: "story" for one, "stories" for any other number. */
export function plural(count: number, noun: Noun): string {
  return count === 1 ? noun : PLURALS[noun];
}

/** A count in figures, for a note or a label: "1 story", "12 stories". */
export function counted(count: number, noun: Noun): string {
  return `${count} ${plural(count, noun)}`;
}

/** A count in a sentence: "one quotation", "12 quotations". */
export function countedInProse(count: number, noun: Noun): string {
  return count === 1 ? `one ${noun}` : counted(count, noun);
}

/** Text that opens a sentence or a heading: "One story", "Corrections". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quotation's first 40 characters and an ellipsis, for a link's hidden text: “We must talk…”. */
export function quoteOpening(text: string): string {
  return `${text.slice(0, 40)}…`;
}
