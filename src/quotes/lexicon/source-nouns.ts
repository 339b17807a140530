/**
 * The words of unnamed sources: the nouns for people who speak without being
 * named, and the determiners that open their description. All lower case.
 */

/** Nouns for people who speak without being named, singular → plural. */
const SOURCE_NOUN_PAIRS: [string, string][] = [
  ['official', 'officials'],
  ['diplomat', 'diplomats'],
  ['source', 'sources'],
  ['spokesman', 'spokesmen'],
  ['spokeswoman', 'spokeswomen'],
  ['spokesperson', 'spokespeople'],
  ['aide', 'aides'],
  ['adviser', 'advisers'],
  ['advisor', 'advisors'],
  ['officer', 'officers'],
  ['person', 'people'],
  ['negotiator', 'negotiators'],
  ['envoy', 'envoys'],
  ['lawmaker', 'lawmakers'],
  ['legislator', 'legislators'],
  ['minister', 'ministers'],
  ['member', 'members'],
  ['insider', 'insiders'],
  ['commander', 'commanders'],
  ['staffer', 'staffers'],
  ['employee', 'employees'],
  ['representative', 'representatives'],
  ['delegate', 'delegates'],
  ['witness', 'witnesses'],
  ['resident', 'residents'],
  ['analyst', 'analysts'],
  ['man', 'men'],
  ['woman', 'women'],
  ['protester', 'protesters'],
  ['supporter', 'supporters'],
  ['soldier', 'soldiers'],
  ['voter', 'voters'],
  ['worker', 'workers'],
  ['doctor', 'doctors'],
  ['medic', 'medics'],
];

/** A source noun's singular form (what a back-reference must match) and whether the word is plural. */
export const SOURCE_NOUNS = new Map<string, { singular: string; plural: boolean }>(
  SOURCE_NOUN_PAIRS.flatMap(([singular, plural]) => [
    [singular, { singular, plural: false }],
    [plural, { singular, plural: true }],
  ]),
);

/** Determiners that open the description of an unnamed source: `a diplomat`, `two sources`. */
export const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'another',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'some',
  'many',
  'other',
  'various',
  'numerous',
  'few',
]);
