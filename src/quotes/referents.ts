/**
 * What a quotation is credited to, and where the finder met it: a named
 * source by its id, or an unnamed source by the words the text first
 * describes it in, at a place in the article (a paragraph, then an offset in
 * it). Two referents are the same source when their keys are equal.
 */
import type { SourceKind } from './sources.ts';

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
  /** An epithet no listed person fits (`the former senator`): a subject nobody is credited through. */
  unknown?: boolean;
}

/** A place in the article: paragraph, then offset in it. */
export interface Place {
  paragraphIndex: number;
  offset: number;
}

/** Whether place `a` comes before place `b` in the article. */
export const before = (a: Place, b: Place) =>
  a.paragraphIndex < b.paragraphIndex || (a.paragraphIndex === b.paragraphIndex && a.offset < b.offset);
