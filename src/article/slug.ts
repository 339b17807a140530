/**
 * Addresses. An article's address is its file name, in ASCII. A page named
 * after a place, a tag or a person gets an address in the name's own script:
 * "Kiev" → kiev, "São Paulo" → sao-paulo as always, and "كييف" → كييف,
 * "Москва" → москва, "Αθήνα" → αθήνα, "北京" → 北京, "नई दिल्ली" → नई-दिल्ली,
 * as Wikipedia keeps its titles (the links percent-encode them:
 * src/page-data/urls.ts). Latin letters lose their accents, other scripts
 * keep theirs; letters go to lower case where the script has case; anything
 * but a letter or a digit separates words, joined by hyphens; the text is NFC,
 * so two ways of typing one name give one address.
 */

/** The shape of an article's address: lower-case ASCII letters and digits joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `text` can be an article's address. */
export function isSlug(text: string): boolean {
  return SLUG.test(text);
}

/** An article's slug: its frontmatter `slug`, else its file name. */
export function articleSlug(fileName: string, frontmatter: Record<string, unknown>): string {
  return typeof frontmatter.slug === 'string' ? frontmatter.slug : fileName.replace(/\.md$/, '');
}

/**
 * URL slugs from headlines: lower case, ASCII letters and digits joined by
 * hyphens, at most eight words, so links stay readable and stable. Latin
 * letters are spelled as for a name's address ("Svømmehal" → svommehal);
 * words in other scripts are left out (give such a story its slug).
 */
export function slugify(headline: string, maxWords = 8): string {
  return labelSlug(headline)
    .split('-')
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** Latin letters with no accent to take off, written as English newsrooms write them: "København" → kobenhavn. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ŀ: 'l',
};
const LATIN_LETTER = new RegExp(`[${Object.keys(LATIN_LETTERS).join('')}]`, 'g');

/** The accents (combining marks) a Latin letter carries once decomposed; Greek and Cyrillic keep theirs ("й", "ή"). */
const LATIN_ACCENTS = /(?<=\p{Script=Latin})[\u0300-\u036f]+/gu;

/** Apostrophes, which join a word rather than split it: "d’Ivoire", Hebrew geresh and gershayim. */
const APOSTROPHES = /['’\u05f3\u05f4]/g;

/** What separates words in an address: anything but a letter, its marks, a digit, or the joiners Persian and Indic words need. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}\u200c\u200d]+/u;

/** The joiners (ZWNJ, ZWJ) mean nothing at a word's ends; the tatweel only stretches Arabic letters. */
const STRAY = /^[\u200c\u200d]+|[\u200c\u200d]+$|\u0640/g;

/**
 * The address a name gets under places/, topics/ or people/ (and the form a
 * person's id must have): "Kiev" → "kiev", "Côte d’Ivoire" → "cote-divoire",
 * "الدار البيضاء" → "الدار-البيضاء"; empty when the name has no letter or digit.
 */
export function labelSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '')
    .toLowerCase()
    .replace(LATIN_LETTER, (letter) => LATIN_LETTERS[letter])
    .replace(APOSTROPHES, '')
    .split(SEPARATORS)
    .map((word) => word.replace(STRAY, ''))
    .filter(Boolean)
    .join('-')
    .normalize('NFC');
}

/** Whether `text` is already an address in some script: what a person's, organisation's or figure's id must be. */
export function isLabelSlug(text: string): boolean {
  return text !== '' && labelSlug(text) === text;
}
