/**
 * The verbs of saying that attribute a quotation, all lower case, matched as
 * whole words; and which of them may come before their subject.
 */

/** Verbs (and phrases) that attribute a quotation (the wire importer proposes speakers next to them too). */
export const SAYING = [
  'said',
  'says',
  'say',
  'added',
  'adds',
  'told',
  'tells',
  'claimed',
  'claims',
  'stated',
  'states',
  'declared',
  'declares',
  'testified',
  'testifies',
  'asked',
  'asks',
  'wrote',
  'writes',
  'noted',
  'notes',
  'insisted',
  'insists',
  'warned',
  'warns',
  'explained',
  'explains',
  'argued',
  'argues',
  'continued',
  'continues',
  'replied',
  'replies',
  'answered',
  'answers',
  'stressed',
  'stresses',
  'urged',
  'urges',
  'recalled',
  'recalls',
  'admitted',
  'admits',
  'announced',
  'announces',
  'acknowledged',
  'acknowledges',
  'responded',
  'responds',
  'countered',
  'counters',
  'tweeted',
  'posted',
  'according to',
  'put it',
];

/** Finds the verbs of saying in a text. */
export const SAYING_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SAYING.join('|').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Verbs whose subject may come after them (`said Putin`, `according to a
 * diplomat`). After the others a name is their object: `told Putin`.
 */
export const INVERTING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'continued',
  'explained',
  'insisted',
  'noted',
  'stressed',
  'replied',
  'recalled',
  'declared',
  'stated',
  'testified',
  'according to',
]);
