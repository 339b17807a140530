/**
 * Statements, reports and other texts as the speaker (`the statement said`,
 * `a statement from the ministry said`, `the report added`).
 *
 * ## The rule
 *
 * A DOCUMENT is a noun phrase whose noun is a word for a text (statement,
 * report, letter, sign, …; lexicon/documents.ts), opened by a determiner
 * (a, an, the, its, their, this) or by a name in the possessive or as a
 * title (`the ministry’s statement`, `a Kremlin statement`), with at most
 * three words between. Its ISSUER is an organisation from the frontmatter:
 *
 *   1. the one named in the phrase, before the noun (`the ministry’s
 *      statement`, `a Kremlin statement`) or after it by from, by or of
 *      (`a statement from the ministry`, `the report, issued by the agency,`);
 *   2. else, for a document not opened by "the" or "this" (`in a statement`,
 *      `its report`), the subject of its sentence before it, when there is
 *      exactly one and it is an organisation (`The ministry said in a
 *      statement`, `Acme put out a statement on Monday`);
 *   3. else, for `the statement`, `the report`: the issuer of the last
 *      document with that noun before it.
 *
 * A quotation a document says is credited to its issuer. A document with
 * none (`a sign read: “…”`, `the report said` with no report before, a
 * person's statement) is a source the finder cannot resolve: the quotation
 * is left uncredited, never lent another speaker.
 */
import { DOCUMENT_NOUNS, DOCUMENT_OPENERS, ISSUED_BY } from './lexicon/documents.ts';
import { NOT_IN_TITLE, isVerbLike } from './lexicon/titles.ts';
import type { Referent } from './pronouns.ts';
import type { Mention } from './sources.ts';

const NOUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...DOCUMENT_NOUNS].join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');

/** The singular a back-reference matches: `statements` → `statement`. */
const singular = (noun: string) => noun.toLowerCase().replace(/s$/, '');

/**
 * The documents in a paragraph's text by the rule above, each with its
 * noun, whether it opens with "the" or "this", and the organisation named
 * in it. `named` are the paragraph's named mentions; `isOrganisation` tells
 * an organisation's id from a person's.
 */
export function findDocuments(text: string, named: readonly Mention[], isOrganisation: (id: string) => boolean): Mention[] {
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
        if (isOrganisation(name.sourceId!)) issuer = name.sourceId;
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
      } else if (name || NOT_IN_TITLE.has(lower) || isVerbLike(word[1]) || /['’]/.test(word[1])) break;
    }
    if (start === undefined) continue;
    const after = named.find((n) => n.start >= nounEnd && ISSUED_BY.test(text.slice(nounEnd, n.start)));
    const by = after && isOrganisation(after.sourceId!) ? after : undefined;
    found.push({
      start,
      end: by && text[nounEnd] !== ',' ? by.end : nounEnd, // `the statement, issued by Acme,` is set off: it ends at its noun
      document: { noun: singular(noun[0]), definite, ...((issuer ?? by) ? { issuer: issuer ?? by!.sourceId } : {}) },
    });
  }
  return found;
}

/** The issuers of the documents read so far, in article order: what `the statement` refers back to. */
export class Issuers {
  private readonly earlier: { noun: string; issuer: Referent | undefined }[] = [];

  /**
   * The organisation that issued the document `m`, by the rule above.
   * `subjectsBefore` are what the subjects of its sentence before it refer
   * to (undefined where the finder cannot say).
   */
  issuer(m: Mention, subjectsBefore: readonly (Referent | undefined)[]): Referent | undefined {
    const { noun, definite, issuer: named } = m.document!;
    let issuer: Referent | undefined;
    if (named !== undefined) issuer = { kind: 'organisation', sourceId: named, key: named };
    else if (!definite)
      issuer = subjectsBefore.length === 1 && subjectsBefore[0]?.kind === 'organisation' ? subjectsBefore[0] : undefined;
    else issuer = this.earlier.filter((d) => d.noun === noun).at(-1)?.issuer;
    this.earlier.push({ noun, issuer });
    return issuer;
  }
}
