/**
 * Crediting a quotation in a language other than English, by that language's
 * own words. The rules are shared; each language's words live in its own
 * lexicon folder (lexicon/fr/, lexicon/es/) and English keeps the rest of
 * src/quotes/. The story's `lang` picks the words; a story with no `lang`, or
 * one in a language without a folder, is read as English.
 *
 * A quotation is credited to a listed person or organisation only when its
 * attribution names them in one of two shapes, in the sentence of the
 * quotation:
 *
 *   - inversion after the closing mark: a comma, the verb, optionally the
 *     agency told (`à l'AFP`, `a EFE`), optionally a definite article and up
 *     to four lower-case words of title, then the name, ending the clause
 *     (`« … », a déclaré le ministre Jean Dupont.`, `“…”, dijo a EFE Ana
 *     Ruiz.`), or a title of any words set off by a comma before it (`« … »,
 *     a lancé le directeur de la régie, Jean Dupont, devant …`);
 *   - a colon lead-in: the name opening the sentence, after at most an
 *     article and title words, optionally words set off by commas after it
 *     (`Yacouba Traoré, 43 ans, planteur, a affirmé :`, naming no one
 *     else), then the verb, optionally a phrase opened by
 *     a preposition, and a colon right before the opening mark (`Le
 *     ministre Jean Dupont a déclaré : « … »`, `Vargas dijo en conferencia
 *     de prensa: “…”`).
 *
 * Title words never hold `de`, `du`, `des`, `del` or `d'`: in `le directeur
 * de Rhône Mobilités` the organisation is not the speaker. Anything else
 * (a pronoun, an epithet, an unnamed source, a verb with no subject) is left
 * uncredited for the editor: a wrong name is worse than none.
 */
import type { Quotation } from './quotations.ts';
import type { Reading } from './read-paragraphs.ts';
import type { Referent } from './referents.ts';
import type { Mention } from './sources.ts';
import { FRENCH } from './lexicon/fr/saying.ts';
import { SPANISH } from './lexicon/es/saying.ts';
import { sentenceEnds, sentenceStart } from '../text/sentences.ts';

/** A language's words for the shared rules, as regular-expression sources. */
export interface OwnWords {
  /** A verb of saying, with its auxiliary when it takes one (`a déclaré`, `ha afirmado`). */
  verb: string;
  /** The agency the source spoke to, as the verb's object (`à l'AFP`). */
  toAgency: string;
  /** The definite articles that open a title. */
  article: string;
  /** `de`, `du`, `del`: what links a title to the organisation named in it (`le directeur de Rhône Mobilités`). */
  of: string;
  /** Prepositions opening the reporter's words after a verb (`dijo en conferencia de prensa:`, `a-t-elle affirmé lors d'un déplacement`). */
  prepositions: string;
  /** A verb of saying with its subject pronoun after it (`a-t-il dit`, `dijo él`), for own-words-continued.ts. */
  pronounVerb: string;
}

const LANGUAGES: Record<string, OwnWords> = { fr: FRENCH, es: SPANISH };

/** The words of the story's language, or none when it is read as English. */
export function ownWords(lang: string | undefined): OwnWords | undefined {
  return lang === undefined ? undefined : LANGUAGES[lang.split('-')[0].toLowerCase()];
}

/** Up to four lower-case words of title, none of them `de`, `du`, `des`, `del` or `d'…`. */
const TITLE_WORDS = `(?:(?!(?:de|du|des|del)\\s)(?!d['’])[\\p{Ll}-]+\\s+){1,4}`;

function rules(words: OwnWords) {
  const title = `(?:${words.article}\\s*${TITLE_WORDS})?`;
  return {
    afterToName: new RegExp(`^\\s*,\\s*${words.verb}(?:\\s+${words.toAgency})?\\s+${title}$`, 'iu'),
    afterTitleComma: new RegExp(
      `^\\s*,\\s*${words.verb}(?:\\s+${words.toAgency})?\\s+${words.article}\\s*[^,;:«»“”"]{1,80},\\s*$`,
      'iu',
    ),
    beforeName: new RegExp(`^\\s*${title}$`, 'iu'),
    nameToColon: new RegExp(
      `^\\s*(?:,[^;:«»“”"]{1,80},\\s*)?${words.verb}(?:\\s+${words.toAgency})?(?:\\s+(?:${words.prepositions})\\s[^,;:«»“”"]{1,60})?\\s*:\\s*$`,
      'iu',
    ),
  };
}
const RULES = new Map<OwnWords, ReturnType<typeof rules>>();

/** The name ends its clause: a comma, a full stop or the sentence's end follows it. */
const endsClause = (text: string, m: Mention) => /^\s*(?:[,.;]|$)/u.test(text.slice(m.end));

/** The named source the quotation's own attribution gives it by the rules above, if any. */
export function creditByOwnWords(quotation: Quotation, { read, referentAt }: Reading, words: OwnWords): Referent | undefined {
  if (!RULES.has(words)) RULES.set(words, rules(words));
  const { afterToName, afterTitleComma, beforeName, nameToColon } = RULES.get(words)!;
  const named = (m: Mention, paragraphIndex: number) => {
    const referent = m.sourceId !== undefined && !m.possessive ? referentAt(m, paragraphIndex) : undefined;
    return referent?.sourceId !== undefined && !referent.unknown ? referent : undefined;
  };
  for (const { paragraphIndex, span } of quotation.parts) {
    if (!span.closed) continue;
    const { text, mentions } = read[paragraphIndex];
    const end = sentenceEnds(text).find((e) => e.at > span.close)?.at ?? text.length;
    for (const m of mentions.filter((x) => x.start > span.close && x.end <= end + 1)) {
      const lead = text.slice(span.close + 1, m.start);
      if (!(afterToName.test(lead) || afterTitleComma.test(lead)) || !endsClause(text, m)) continue;
      const referent = named(m, paragraphIndex);
      if (referent) return referent;
    }
  }
  const { paragraphIndex, span } = quotation.parts[0];
  const { text, mentions } = read[paragraphIndex];
  const from = sentenceStart(text, span.open);
  const subject = mentions.find((x) => x.start >= from && x.end <= span.open);
  const alone = subject && !mentions.some((x) => x.start > subject.end && x.end <= span.open);
  if (alone && beforeName.test(text.slice(from, subject.start)) && nameToColon.test(text.slice(subject.end, span.open))) {
    return named(subject, paragraphIndex);
  }
  return undefined;
}
