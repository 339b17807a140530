/**
 * The words for texts that speak in agency copy (`the statement said`, `a
 * sign read`, `the report added`), singular and plural, all lower case; and
 * the words that name who issued one after its noun (`a statement from the
 * ministry`).
 */

/**
 * Nouns for written texts quoted as if they spoke, each with the kind a
 * back-reference matches (`the judgment said` after `in her ruling`).
 */
export const DOCUMENT_KINDS = new Map<string, string>([
  ...['statement', 'statements', 'communique', 'communiqué', 'release'].map((noun) => [noun, 'statement'] as const),
  ...['ruling', 'judgment', 'judgement', 'decision'].map((noun) => [noun, 'ruling'] as const),
  ...['report', 'reports', 'study'].map((noun) => [noun, 'report'] as const),
  ...['update', 'updates'].map((noun) => [noun, 'update'] as const),
  // A forecaster's or a health agency's regular notice: `the weather service said in a bulletin`.
  ...['bulletin', 'bulletins'].map((noun) => [noun, 'bulletin'] as const),
  ...['letter', 'document', 'filing', 'memo', 'notice', 'message', 'tweet', 'sign', 'placard', 'banner', 'email'].map(
    (noun) => [noun, noun] as const,
  ),
  ...['indictment', 'complaint', 'decree', 'resolution', 'declaration'].map((noun) => [noun, noun] as const),
]);

export const DOCUMENT_NOUNS = new Set(DOCUMENT_KINDS.keys());

/** What may stand between a document's noun and its issuer: `a statement from`, `a report by`, `the letter, signed by`. */
export const ISSUED_BY = /^,?(?:[\s\u00a0]+(?:issued|released|published|sent|signed))?[\s\u00a0]+(?:from|by|of)[\s\u00a0]+$/i;

/** Words that open a document's phrase before its noun. */
export const DOCUMENT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'one', 'another']);
