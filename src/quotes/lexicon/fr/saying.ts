/**
 * French words that attribute a quotation (the rules that read them are
 * shared, in own-words.ts; English keeps its words in ../saying.ts).
 *
 * Verbs counted in the French corpus README (tests/fixtures/agency-quotes/fr/
 * README.txt) from real copy: ajouté or ajoute 7, a déclaré 5, a indiqué 4,
 * affirmé 3, souligné 3, poursuivi 3, raconte 2, précisé, témoigne, glisse,
 * a lancé, a soutenu, a relaté, a lâché, a dit, a écrit 1 each. Each is
 * listed as the past participle after `a` (`a déclaré`) and in the present
 * (`raconte`). `selon` is left out: the README finds no real copy crediting a
 * full quotation by it (0 of 25 pages), only fragments and reported speech.
 */
import type { OwnWords } from '../../own-words.ts';

const PARTICIPLES = [
  'ajouté',
  'déclaré',
  'indiqué',
  'affirmé',
  'souligné',
  'poursuivi',
  'raconté',
  'précisé',
  'témoigné',
  'glissé',
  'lancé',
  'soutenu',
  'relaté',
  'lâché',
  'dit',
  'écrit',
  'expliqué',
  'confié',
  'estimé',
  'soupiré',
  'prévenu',
  'répliqué',
  'assuré',
  'insisté',
  'confirmé',
];
const PRESENT = [
  'ajoute',
  'déclare',
  'indique',
  'affirme',
  'souligne',
  'poursuit',
  'raconte',
  'précise',
  'témoigne',
  'glisse',
  'lance',
  'soutient',
  'relate',
  'lâche',
  'dit',
  'écrit',
  'explique',
  'confie',
  'estime',
  'soupire',
  'prévient',
  'réplique',
  'assure',
  'insiste',
  'confirme',
];

export const FRENCH: OwnWords = {
  verb: `(?:(?:a|avait)\\s+(?:${PARTICIPLES.join('|')})|${PRESENT.join('|')})`,
  // `a déclaré à l'AFP`, `a indiqué à Belga`: the agency told, before the name.
  toAgency: `à\\s+(?:l['’](?:AFP|ATS)|Belga|Keystone-ATS)`,
  article: `(?:le|la|l['’])`,
  prepositions: `(?:lors|devant|sur|sous|dans|depuis|en|avant|après|au|à|par|pour|avec|chez|auprès)`,
  of: `(?:de|du|des|d['’])`,
  // `a-t-il ajouté`, `précise-t-elle`, `dit-il`: the pronoun inverted after the verb or its auxiliary.
  pronounVerb: `(?:a-t-(?:il|elle)\\s+(?:${PARTICIPLES.join('|')})|(?:${PRESENT.join('|')})(?:-t)?-(?:il|elle))`,
};
