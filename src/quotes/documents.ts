/**
 * Statements, reports and other texts as the speaker (`the statement said`,
 * `a statement from the ministry said`, `the report added`).
 *
 * ## The rule
 *
 * A DOCUMENT is a noun phrase whose noun is a word for a text (statement,
 * report, ruling, update, letter, sign, …; lexicon/documents.ts), opened by
 * a determiner (a, an, the, its, her, their, this) or by a name in the
 * possessive or as a title (`the ministry’s statement`, `a Kremlin
 * statement`), with at most three words between. Its ISSUER, its author, is
 * a person or organisation from the frontmatter:
 *
 *   1. the one named in the phrase, before the noun (`the ministry’s
 *      statement`, `a Kremlin statement`) or after it by from, by or of
 *      (`a statement from the ministry`, `the report, issued by the agency,`);
 *   2. else, for a document not opened by "the" or "this" (`in a statement`,
 *      `in her ruling`, `its update`), the nearest subject before it in its
 *      sentence, a reported one included (`The ministry said in a
 *      statement`; `Hale said Acme put out a statement` is Acme's);
 *      In a phrase that opens its sentence, set off by a comma, with no
 *      subject before it, that is the subject right after the comma (`In a
 *      statement, the state government called the fire …`);
 *   3. else, for `the statement`, `the judgment`: the issuer of the last
 *      document of that kind before it (a ruling, judgment or decision is
 *      one kind; a statement, communique or release another).
 *
 * A sign, placard or banner has no issuer: it is carried by whoever holds it,
 * never written by a name on it (`a Lind banner read: “…”`).
 *
 * A quotation a document says is credited to its issuer. A document with
 * none (`a sign read: “…”`, `the report said` with no report before) is a
 * source the finder cannot resolve: the quotation is left uncredited, never
 * lent another speaker.
 */
import { DOCUMENT_KINDS, DOCUMENT_NOUNS, DOCUMENT_OPENERS, ISSUED_BY } from './lexicon/documents.ts';
import { SAYING } from './lexicon/saying.ts';
import { NOT_IN_TITLE } from './lexicon/titles.ts';
import type { Referent } from './referents.ts';
import type { Mention } from './sources.ts';
import { isSubject } from './subjects.ts';

const NOUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...DOCUMENT_NOUNS].join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');

/**
 * The documents in a paragraph's text by the rule above, each with its
 * kind, whether it opens with "the" or "this", and the source named in it.
 * `named` are the paragraph's named mentions.
 */
export function findDocuments(text: string, named: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const noun of text.matchAll(NOUN)) {
    const nounEnd = noun.index + noun[0].length;
    let at = noun.index;
    let start: number | undefined;
    let definite = false;
    let issuer: string | undefined;
    for (let words = 0; start === undefined && words <= 3; words++) {
      const name = named.find((n) => n.end <= at && /^(?:['’]s?)?[\s\u00a0]+$/.test(text.slice(n.end, at)));
      if (name && (name.possessive || name.title)) {
        issuer = name.sourceId;
        at = name.start;
        // `the ministry’s statement`, and `the Kremlin statement` where "the" is part of the name.
        if (name.possessive || /^(?:the|a|an)[\s\u00a0]/i.test(text.slice(name.start, name.end))) start = name.start;
        continue;
      }
      const word = /([\p{L}-]+)[\s\u00a0]+$/u.exec(text.slice(0, at));
      if (!word) break;
      const lower = word[1].toLowerCase();
      at -= word[0].length;
      if (DOCUMENT_OPENERS.has(lower)) {
        start = at;
        definite = lower === 'the' || lower === 'this';
      } else if (name || NOT_IN_TITLE.has(lower) || SAYING.includes(lower) || /['’]/.test(word[1])) break; // `its evening update` goes on
    }
    if (start === undefined) continue;
    const by = named.find((n) => n.start >= nounEnd && ISSUED_BY.test(text.slice(nounEnd, n.start)));
    found.push({
      start,
      end: by && text[nounEnd] !== ',' ? by.end : nounEnd, // `the statement, issued by Acme,` is set off: it ends at its noun
      document: {
        noun: DOCUMENT_KINDS.get(noun[0].toLowerCase())!,
        definite,
        ...((issuer ?? by) ? { issuer: issuer ?? by!.sourceId } : {}),
      },
    });
  }
  return found;
}

/**
 * Where the subject of a sentence stands when the sentence opens with a
 * phrase holding the document at `start`..`end`, set off by a comma (`In a
 * statement, the state government called …`, `Through its lawyers' letter,
 * Acme …`): right after that comma, or undefined when the sentence does not
 * open so. `floor` is where the sentence starts. The finder reads the issuer
 * there (`subjectAfterOpening`), and so does the desk (references.ts).
 */
export function afterOpeningPhrase(text: string, start: number, end: number, floor: number): number | undefined {
  if (!/^[\s\u00a0]*(?:(?:in|through|via|with)[\s\u00a0]+)?$/iu.test(text.slice(floor, start))) return undefined;
  const comma = /^[^,;:“”"]*,[\s\u00a0]*/u.exec(text.slice(end));
  return comma ? end + comma[0].length : undefined;
}

/** The subject at `afterOpeningPhrase` for the document `m`, with no mention between, or undefined. */
export function subjectAfterOpening(text: string, m: Mention, mentions: readonly Mention[], floor: number): Mention | undefined {
  const at = afterOpeningPhrase(text, m.start, m.end, floor);
  if (at === undefined || mentions.some((n) => n.start >= m.end && n.start < at)) return undefined;
  return mentions.find((n) => n.start === at && isSubject(text, n, mentions, floor));
}

/** Texts held up in a crowd: no one issues them. */
const CARRIED = new Set(['sign', 'placard', 'banner']);

/** The issuers of the documents read so far, in article order: what `the statement` refers back to. */
export class Issuers {
  private readonly earlier: { noun: string; issuer: Referent | undefined }[] = [];

  private readonly kindOf: ReadonlyMap<string, 'person' | 'organisation'>;

  constructor(kindOf: ReadonlyMap<string, 'person' | 'organisation'>) {
    this.kindOf = kindOf;
  }

  /**
   * Who issued the document `m`, by the rule above. `nearest` is what the
   * nearest subject before it in its sentence refers to, if any.
   */
  issuer(m: Mention, nearest: Referent | undefined): Referent | undefined {
    const { noun, definite, issuer: named } = m.document!;
    let issuer: Referent | undefined;
    // A sign, placard or banner is carried by whoever holds it, never by a name on it (`a Lind banner`).
    if (CARRIED.has(noun)) issuer = undefined;
    else if (named !== undefined) issuer = { kind: this.kindOf.get(named)!, sourceId: named, key: named };
    else if (!definite) issuer = nearest?.sourceId !== undefined ? nearest : undefined;
    else issuer = this.earlier.filter((d) => d.noun === noun).at(-1)?.issuer;
    this.earlier.push({ noun, issuer });
    return issuer;
  }
}
