/**
 * The words for texts that speak in agency copy (`the statement said`, `a
 * sign read`, `the report added`), singular and plural, all lower case; and
 * the words that name who issued one after its noun (`a statement from the
 * ministry`).
 */

/** Nouns for written texts quoted as if they spoke. */
export const DOCUMENT_NOUNS = new Set([
  'statement',
  'statements',
  'communique',
  'communiqué',
  'report',
  'reports',
  'letter',
  'document',
  'filing',
  'memo',
  'notice',
  'release',
  'message',
  'tweet',
  'sign',
  'placard',
  'banner',
  'email',
  'ruling',
  'judgment',
  'indictment',
  'complaint',
  'decree',
  'resolution',
  'declaration',
  'study',
]);

/** What may stand between a document's noun and its issuer: `a statement from`, `a report by`, `the letter, signed by`. */
export const ISSUED_BY = /^,?(?:[\s\u00a0]+(?:issued|released|published|sent|signed))?[\s\u00a0]+(?:from|by|of)[\s\u00a0]+$/i;

/** Words that open a document's phrase before its noun. */
export const DOCUMENT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'one', 'another']);
