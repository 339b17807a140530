/**
 * Small rules about written names and text that several concepts share, each
 * in one place: a literal inside a RegExp, a letter without its accents, the
 * word a name is filed under.
 */

/** `text` as a RegExp source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with its accents taken off ("Žilina" → "Zilina"), for comparing and filing names. */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The word a person's name is filed and found under: its last word ("Volodymyr Zelensky" → "Zelensky"). */
export function surnameOf(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}
