/**
 * The words of unnamed sources: the nouns for people who speak without being
 * named, the determiners that open their description, and the words that may
 * stand before the noun or after it. All lower case.
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
  // From the agency tuning corpus (tests/fixtures/agency-quotes/tuning/): AP's sheriff's deputies, PA's bereaved families, rescuers.
  ['deputy', 'deputies'],
  ['family', 'families'],
  ['rescuer', 'rescuers'],
  // From the agency seen corpus (tests/fixtures/agency-quotes/seen/): Reuters' unnamed drugmaker executive, AFP's camp coach.
  ['executive', 'executives'],
  ['coach', 'coaches'],
  // Reuters' unnamed company staff (`a senior SGW manager`), AFP's sanctuary volunteer and site engineer.
  ['manager', 'managers'],
  ['volunteer', 'volunteers'],
  ['engineer', 'engineers'],
  // People agency copy quotes at the scene without naming them: visitors, buyers and sellers, travellers.
  ['tourist', 'tourists'],
  ['visitor', 'visitors'],
  ['buyer', 'buyers'],
  ['trader', 'traders'],
  ['shopper', 'shoppers'],
  ['passenger', 'passengers'],
];

/** Source nouns that open their own description: `someone in the crowd shouted`. */
export const SELF_DETERMINED = new Set(['someone', 'somebody']);

/** A source noun's singular form (what a back-reference must match) and whether the word is plural. */
export const SOURCE_NOUNS = new Map<string, { singular: string; plural: boolean }>([
  ...SOURCE_NOUN_PAIRS.flatMap(([singular, plural]): [string, { singular: string; plural: boolean }][] => [
    [singular, { singular, plural: false }],
    [plural, { singular, plural: true }],
  ]),
  ...[...SELF_DETERMINED].map((word): [string, { singular: string; plural: boolean }] => [
    word,
    { singular: word, plural: false },
  ]),
]);

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

/** Possessive determiners, which open a description as an article does: `her family`, `his spokesman`. */
export const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their', 'its']);

/** What may follow the noun as part of the description. */
export const POSTMODIFIER =
  /^\s+(?:close to|familiar with|with knowledge of|involved in|briefed on|of|in|at|from|for)(?![\p{L}])/iu;
/** Words a postmodifier stops before. */
export const ENDS_POSTMODIFIER = new Set([
  'who',
  'which',
  'that',
  'and',
  'but',
  'on',
  'last',
  'this',
  'earlier',
  'later',
  'also',
  'yesterday',
  'today',
  'as',
  'because',
  'when',
  'while',
  'after',
  'before',
]);
/** `one of the`, `two of the`: a partitive opening a back-reference. */
export const PARTITIVE = /(?:^|[^\p{L}])((?:one|two|three|some|several|many|none|each|either|neither|both) of\s+)$/iu;
/** Lower-case words that may stand before the noun of a bare plural: `senior officials`. */
export const BARE_MODIFIERS =
  /^(?:senior|top|high-ranking|junior|former|military|intelligence|security|government|diplomatic|defence|defense|foreign|local|regional|federal|state|police|army|western|european|other)$/i;

/** Words that stand in a title written in capitals beside its nouns: `the Prime Minister’s spokesman`. */
export const TITLE_MODIFIERS = new Set(['prime', 'vice', 'first', 'general', 'home', 'interior', 'attorney', 'foreign']);

/** Nouns of time that open a phrase as a person's words would (`One day, …`, `One morning, the crowd …`): no one speaks as them. */
export const TIME_NOUNS = new Set(
  'day days morning afternoon evening night week weeks weekend month months year years season summer winter spring autumn time times moment hour hours minute minutes'.split(
    ' ',
  ),
);
