/**
 * Pronoun attributions: whom `he said`, `she claimed`, `it said`, `they said`
 * refer to.
 *
 * ## The rule
 *
 * A pronoun refers to the nearest source before it, outside quote marks, that
 * was the subject of its clause (`Putin on Tuesday declined …`) or was
 * credited with a quotation (`… said Diane Swonk`), and that the pronoun fits:
 *
 *   - he, she: a person whose pronoun is that one or unknown, or one unnamed
 *     source (`a diplomat`);
 *   - it: an organisation;
 *   - they: an organisation, or unnamed sources in the plural (`two sources`).
 *
 * Names in a possessive, in a title or after a preposition (`after a call
 * with Akufo-Addo`) are not subjects, so a pronoun skips them. The schema has
 * no pronoun field: a person's pronoun is learned from gendered words in
 * their role or aliases ("Spokeswoman, …"), from a title word right before a
 * mention ("spokeswoman Maria Zakharova"), and from earlier pronoun
 * attributions; a person with none of these fits he and she.
 */
import { pronounHint, type NamedSource, type Pronoun, type SourceKind } from './sources';

/** What a quotation is credited to: a named source, or an unnamed one by its description. */
export interface Referent {
  kind: SourceKind;
  /** Tells referents apart: a named source's id, or where an unnamed source is first described. */
  key: string;
  /** A named source's id. */
  sourceId?: string;
  /** An unnamed source's description, as the text first gives it. */
  description?: string;
  plural?: boolean;
}

/** A place in the article: paragraph, then offset in it. */
export interface Place {
  paragraphIndex: number;
  offset: number;
}

const before = (a: Place, b: Place) => a.paragraphIndex < b.paragraphIndex || (a.paragraphIndex === b.paragraphIndex && a.offset < b.offset);

export class Antecedents {
  private readonly notes: { place: Place; referent: Referent }[] = [];
  private readonly pronounOf = new Map<string, 'he' | 'she'>();
  private readonly kindOf: Map<string, SourceKind>;

  constructor(sources: readonly NamedSource[]) {
    this.kindOf = new Map(sources.map((s) => [s.id, s.kind]));
    for (const source of sources) {
      const hint = source.kind === 'person' ? pronounHint([source.role ?? '', ...source.aliases].join(' ')) : undefined;
      if (hint) this.pronounOf.set(source.id, hint);
    }
  }

  /** Learns a person's pronoun from the title word before a mention, unless already known. */
  learn(sourceId: string, titleWord: string): void {
    const hint = pronounHint(titleWord);
    if (hint && this.kindOf.get(sourceId) === 'person' && !this.pronounOf.has(sourceId)) this.pronounOf.set(sourceId, hint);
  }

  /** Records that `referent` was a subject, or was credited, at `place`. */
  note(place: Place, referent: Referent): void {
    this.notes.push({ place, referent });
  }

  /** The referent of `pronoun` at `place`, by the rule above, or undefined. */
  resolve(pronoun: Pronoun, place: Place): Referent | undefined {
    const earlier = this.notes.filter((n) => before(n.place, place)).sort((a, b) => (before(a.place, b.place) ? -1 : 1));
    for (let i = earlier.length - 1; i >= 0; i--) {
      const { referent } = earlier[i]!;
      if (this.fits(pronoun, referent)) {
        if ((pronoun === 'he' || pronoun === 'she') && referent.kind === 'person') this.pronounOf.set(referent.sourceId!, pronoun);
        return referent;
      }
    }
    return undefined;
  }

  private fits(pronoun: Pronoun, referent: Referent): boolean {
    switch (pronoun) {
      case 'it':
        return referent.kind === 'organisation';
      case 'they':
        return referent.kind === 'organisation' || (referent.kind === 'unnamed' && referent.plural === true);
      default:
        if (referent.kind === 'unnamed') return !referent.plural && (pronounHint(referent.description ?? '') ?? pronoun) === pronoun;
        if (referent.kind !== 'person') return false;
        return (this.pronounOf.get(referent.sourceId!) ?? pronoun) === pronoun;
    }
  }
}
