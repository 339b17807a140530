/**
 * Pronoun attributions: whom `he said`, `she claimed`, `it said`, `they said`
 * refer to.
 *
 * ## The rule
 *
 * A pronoun refers back to a source, outside quote marks, that was the
 * subject of its clause (`Putin on Tuesday declined …`) or was credited with a
 * quotation (`… said Diane Swonk`):
 *
 *   - it, they: the nearest such subject, if it fits: an organisation, or
 *     (they) unnamed sources in the plural (`two sources`); else nobody;
 *   - he, she: the nearest such subject it fits, a person whose pronoun is
 *     that one or unknown, or one unnamed source (`a diplomat`); but when a
 *     person named since that subject (not as a subject) is known to fit, the
 *     subject wins only if it is known to fit too. A subject known not to fit
 *     gives way to the one person named since who is known to fit, unless
 *     that person was only named in passing; a person named since whose pronoun
 *     is unknown makes it ambiguous (`Roe asked Lee …. “…,” she replied.`
 *     while Roe is he and Lee unknown). Anything else is ambiguous and
 *     left to the editor (`Blinken met Zakharova. “…,” she said.` while
 *     Blinken's pronoun is unknown).
 *
 * Two subjects in one paragraph that both may fit leave a pronoun in a
 * later paragraph in doubt: when the nearest subject that fits shares its
 * paragraph with an earlier subject that may fit too (`Moss and her
 * neighbour Lindahl waited at the shelter. Lindahl had packed little.`,
 * `Darko said his uncle, Amponsah, had sold his crop.`), the pronoun is
 * left to the editor, whichever of them is nearer, whatever is known of the
 * nearer one. Within the paragraph the nearest subject keeps the rule above.
 *
 * A person ASKED a question since that subject (`Roe asked Hale whether he
 * would resign.`) answers it: a pronoun the asked person may fit is theirs
 * when the subject does not fit it and no one else named since might, and
 * makes it ambiguous when the subject fits too (`“Never,” he said.` is
 * left to the editor); only a quotation that is itself a question stays the
 * subject's (`“Would you?” he asked.`).
 *
 * Names in a possessive, in a title or in passing (`after a call with
 * Akufo-Addo`, `told the minister, Jane Roe,`; names-in-passing.ts) are not
 * subjects, so a pronoun skips them; a name in passing is never the person
 * named since either, though it may make the pronoun ambiguous. A person's
 * pronoun is the frontmatter's `pronoun` when given; otherwise it is learned
 * from gendered words in their role or aliases ("Spokeswoman, …"), from a
 * title word right before a mention ("spokeswoman Maria Zakharova"), and from
 * earlier pronoun attributions; a person with none of these fits he and she,
 * and "they" only refers to a person whose `pronoun` is they.
 */
import { pronounHint, type NamedSource, type Pronoun, type SourceKind } from './sources.ts';
import { before, type Place, type Referent } from './referents.ts';

/** `asked Hale`, `pressed Judge Ruiz`: the text before a name whose person is asked a question. */
const ASKED = /(?<![\p{L}])(?:asked|pressed|questioned)[\s\u00a0]+(?:\p{Lu}[\p{L}.]*[\s\u00a0]+){0,3}$/u;

/** Whether the name at `start` is the person a question is put to (`Roe asked Hale whether …`). */
export const isAsked = (text: string, start: number) => ASKED.test(text.slice(0, start));

export class Antecedents {
  private readonly notes: { place: Place; referent: Referent }[] = [];
  /** People named anywhere, subjects or not; a name in passing makes a pronoun ambiguous but is never its referent. */
  private readonly named: { place: Place; sourceId: string; referable: boolean; addressed: boolean }[] = [];
  private readonly pronounOf = new Map<string, 'he' | 'she' | 'they'>();
  private readonly kindOf: Map<string, SourceKind>;

  constructor(sources: readonly NamedSource[]) {
    this.kindOf = new Map(sources.map((s) => [s.id, s.kind]));
    for (const source of sources) {
      const hint =
        source.kind === 'person' ? (source.pronoun ?? pronounHint([source.role ?? '', ...source.aliases].join(' '))) : undefined;
      if (hint) this.pronounOf.set(source.id, hint);
    }
  }

  /** Learns a person's pronoun from the title word before a mention, unless already known. */
  learn(sourceId: string, titleWord: string): void {
    const hint = pronounHint(titleWord);
    if (hint && this.kindOf.get(sourceId) === 'person' && !this.pronounOf.has(sourceId)) this.pronounOf.set(sourceId, hint);
  }

  /** Records a person's pronoun the text tells (`her husband Derek`: he), unless already known. */
  know(sourceId: string, pronoun: 'he' | 'she'): void {
    if (!this.pronounOf.has(sourceId)) this.pronounOf.set(sourceId, pronoun);
  }

  /** A person's pronoun as known so far. */
  pronounFor = (sourceId: string) => this.pronounOf.get(sourceId);

  /** Records that `referent` was a subject, or was credited, at `place`. */
  note(place: Place, referent: Referent): void {
    this.notes.push({ place, referent });
  }

  /** The person who is the last subject before `place`, in its paragraph or the one before (`alone`: with no other person named since), or undefined. */
  lastSubject(place: Place, alone = false): string | undefined {
    const last = this.notes
      .filter((n) => before(n.place, place))
      .sort((a, b) => (before(a.place, b.place) ? -1 : 1))
      .at(-1);
    if (!last || last.place.paragraphIndex < place.paragraphIndex - 1) return undefined;
    const between = (n: Place) => before(last.place, n) && before(n, place);
    const other = this.named.some((n) => n.sourceId !== last.referent.sourceId && between(n.place));
    return alone && other ? undefined : last.referent.sourceId;
  }

  /** Records that a person is named at `place`, as a subject or not (never in a possessive or title); `referable: false` for a name in passing. */
  noteName(place: Place, sourceId: string, referable = true, addressed = false): void {
    if (this.kindOf.get(sourceId) === 'person') this.named.push({ place, sourceId, referable, addressed });
  }

  /** The referent of `pronoun` at `place`, by the rule above, or undefined. */
  resolve(pronoun: Pronoun, place: Place, question = false): Referent | undefined {
    const earlier = this.notes.filter((n) => before(n.place, place)).sort((a, b) => (before(a.place, b.place) ? -1 : 1));
    if (pronoun === 'it' || pronoun === 'they') {
      const nearest = earlier.at(-1)?.referent;
      return nearest && this.fits(pronoun, nearest) ? nearest : undefined;
    }
    /** People named after `from` and before the pronoun who are known to fit it. */
    const namedSince = (from: Place | undefined) =>
      this.named.filter(
        (n) => (!from || before(from, n.place)) && before(n.place, place) && this.pronounOf.get(n.sourceId) === pronoun,
      );
    const knownSince = (from: Place | undefined) => new Set(namedSince(from).map((n) => n.sourceId));
    /** The one person named since `from` who fits, when they were named other than in passing. */
    const theOne = (ids: string[], from: Place | undefined): Referent | undefined =>
      ids.length === 1 && namedSince(from).some((n) => n.sourceId === ids[0] && n.referable)
        ? { kind: 'person', sourceId: ids[0], key: ids[0] }
        : undefined;
    for (let i = earlier.length - 1; i >= 0; i--) {
      const { place: at, referent } = earlier[i];
      const since = [...knownSince(at)].filter((id) => id !== referent.sourceId);
      if (this.fits(pronoun, referent)) {
        if (referent.unknown) return undefined;
        const known =
          referent.kind === 'person' ? this.pronounOf.get(referent.sourceId!) : pronounHint(referent.description ?? '');
        if (known === undefined && since.length > 0) return undefined;
        if (!question && this.askedSince(pronoun, at, place, referent).length > 0) return undefined;
        if (at.paragraphIndex < place.paragraphIndex && this.rivalBeside(pronoun, at, referent)) return undefined;
        if (referent.kind === 'person') this.pronounOf.set(referent.sourceId!, pronoun);
        return referent;
      }
      if (since.length > 0) return theOne(since, at);
      const asked = question ? [] : this.askedSince(pronoun, at, place, referent);
      if (asked.length === 1 && !this.mayFitSince(at, place, referent, asked[0]))
        return { kind: 'person', sourceId: asked[0], key: asked[0] };
      if (this.mayFitSince(at, place, referent)) return undefined;
    }
    return theOne([...knownSince(undefined)], undefined);
  }

  /** Whether another source `pronoun` may fit was a subject earlier in the paragraph of `at` (`Moss and Lindahl …. Lindahl had …`). */
  private rivalBeside(pronoun: Pronoun, at: Place, referent: Referent): boolean {
    const rival = ({ place: p, referent: r }: (typeof this.notes)[number]) =>
      p.paragraphIndex === at.paragraphIndex && before(p, at) && r.key !== referent.key && this.fits(pronoun, r);
    return this.notes.some(rival);
  }

  /** Whether a person whose pronoun is unknown was named between `from` and `to`, other than `referent`: past a subject that does not fit, they might be meant. */
  private mayFitSince(from: Place, to: Place, referent: Referent, except?: string): boolean {
    return this.named.some(
      (n) =>
        n.sourceId !== referent.sourceId &&
        n.sourceId !== except &&
        before(from, n.place) &&
        before(n.place, to) &&
        !this.pronounOf.has(n.sourceId),
    );
  }

  /** The people other than `referent` asked a question since `from` (`Roe asked Hale whether …`) whom `pronoun` may fit. */
  private askedSince(pronoun: Pronoun, from: Place, to: Place, referent: Referent): string[] {
    const asked = this.named.filter(
      (n) =>
        n.addressed &&
        n.referable &&
        n.sourceId !== referent.sourceId &&
        before(from, n.place) &&
        before(n.place, to) &&
        (this.pronounOf.get(n.sourceId) ?? pronoun) === pronoun,
    );
    return [...new Set(asked.map((n) => n.sourceId))];
  }

  private fits(pronoun: Pronoun, referent: Referent): boolean {
    switch (pronoun) {
      case 'it':
        return referent.kind === 'organisation';
      case 'they':
        if (referent.kind === 'person') return this.pronounOf.get(referent.sourceId!) === 'they';
        return referent.kind === 'organisation' || referent.plural === true;
      default:
        if (referent.kind === 'unnamed')
          return !referent.plural && (pronounHint(referent.description ?? '') ?? pronoun) === pronoun;
        if (referent.kind !== 'person') return false;
        return (this.pronounOf.get(referent.sourceId!) ?? pronoun) === pronoun;
    }
  }
}
