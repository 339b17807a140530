/**
 * Spanish words that attribute a quotation (the rules that read them are
 * shared, in own-words.ts; English keeps its words in ../saying.ts).
 *
 * Verbs counted in the Spanish corpus README (tests/fixtures/agency-quotes/es/
 * README.txt) from real copy: dijo 6, señaló 5, sostuvo 4, agregó or añadió
 * 4, declaró 2, explicó 2, relató 2, lamentó 2, sentenció 2, and aseveró,
 * afirmó, indicó, contó, reconoció, resaltó, comentó, aclaró 1 each; Spain's
 * desks write the perfect (`ha afirmado`). `según` is left out: no page
 * credits a full quotation by it alone.
 */
import type { OwnWords } from '../../own-words.ts';

const PRETERITE = [
  'dijo',
  'señaló',
  'sostuvo',
  'agregó',
  'añadió',
  'declaró',
  'explicó',
  'relató',
  'lamentó',
  'sentenció',
  'aseveró',
  'afirmó',
  'indicó',
  'contó',
  'reconoció',
  'resaltó',
  'comentó',
  'aclaró',
  'aseguró',
];
const PRESENT = ['dice', 'señala', 'sostiene', 'agrega', 'añade', 'explica', 'afirma', 'asegura'];
const PARTICIPLES = ['dicho', 'afirmado', 'añadido', 'señalado', 'reconocido', 'explicado', 'asegurado', 'declarado'];

export const SPANISH: OwnWords = {
  verb: `(?:${PRETERITE.join('|')}|${PRESENT.join('|')}|ha\\s+(?:${PARTICIPLES.join('|')}))`,
  // `dijo a la AFP`, `señaló a EFE`: the agency told, before the name.
  toAgency: `a\\s+(?:la\\s+AFP|EFE)`,
  article: `(?:el|la)`,
  prepositions: `(?:en|a|con|desde|durante|ante|tras|al|por|para|sobre)`,
  of: `(?:de|del)`,
  // `lamentó él`: the pronoun after the verb; a verb with no subject is read by the same rule.
  pronounVerb: `(?:${PRETERITE.join('|')})\\s+(?:él|ella)`,
};
