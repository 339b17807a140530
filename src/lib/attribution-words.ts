/**
 * The words attribution is read from, kept in one place: verbs of saying, the
 * nouns of titles and of unnamed sources, and the small words that show a name
 * is not the subject of its sentence. All lower case, matched as whole words.
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
  'according to',
]);

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

/** Words of titles: a name right before one of these is part of a title (`Kremlin spokesman`, `NATO chief`). */
export const TITLE_NOUNS = new Set([
  ...SOURCE_NOUNS.keys(),
  'chief',
  'head',
  'leader',
  'leaders',
  'secretary',
  'president',
  'director',
  'ambassador',
  'press',
  'executive',
  'chairman',
  'chairwoman',
  'chair',
  'economist',
  'economists',
  'lawyer',
  'lawyers',
  'statement',
  'staff',
  'team',
  'defense',
  'defence',
  'foreign',
  'counterpart',
  'deputy',
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

/**
 * Words that cannot stand in a title before a name, so a name after them is
 * not its clause's subject (`after meeting Blinken`, `who met Xie`):
 * prepositions (not "of": `Secretary of State`), pronouns and determiners
 * other than articles, auxiliaries, and words that open a subordinate clause.
 */
export const NOT_IN_TITLE = new Set([
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'alongside',
  'amid',
  'among',
  'around',
  'at',
  'before',
  'behind',
  'beside',
  'besides',
  'between',
  'by',
  'despite',
  'during',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'like',
  'near',
  'off',
  'on',
  'onto',
  'over',
  'past',
  'since',
  'than',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'upon',
  'via',
  'with',
  'within',
  'without',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'who',
  'whom',
  'whose',
  'which',
  'what',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'has',
  'had',
  'have',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'did',
  'do',
  'does',
  'because',
  'if',
  'whether',
  'where',
  'and',
  'or',
  'but',
  'not',
  'met',
  'meeting',
]);

/** Words that may open a clause before its subject: `but Lavrov said`, `as Blinken looked on`. */
export const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'so', 'yet', 'as', 'while', 'though', 'although', 'when', 'then']);

/** A word of running text: letters and digits, inner apostrophes and hyphens, `OPEC+`, or dotted initials (`U.S.`). */
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?\+?/gu;

/** The words of a text, in order. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** -ing words that do stand in titles: `acting president`, `outgoing chancellor`. */
const TITLE_PARTICIPLES = new Set([
  'acting',
  'outgoing',
  'incoming',
  'managing',
  'ruling',
  'governing',
  'leading',
  'presiding',
  'visiting',
  'ranking',
  'commanding',
  'founding',
  'sitting',
]);

/**
 * True for a verb of saying (`said`) or a lower-case -ing form (`speaking`,
 * `standing`): neither belongs in a title. Names are not verbs (`Beijing`).
 */
export function isVerbLike(word: string): boolean {
  const lower = word.toLowerCase();
  return (/^\p{Ll}.*ing$/u.test(word) && !TITLE_PARTICIPLES.has(lower)) || SAYING.includes(lower);
}
