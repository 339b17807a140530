/**
 * Editorial notes: what an agency tells the receiving newsroom (NewsML-G2
 * `edNote`, ninjs `ednote`). IPTC defines them as notes to editors, not to
 * readers, so a note reaches a page only when its role says it is a
 * correction or kill notice, or says it is public:
 *
 * - a role whose code (after the scheme alias) is `correction`, `corrections`
 *   or `correctionnote` is the text of a correction (dpa `dpaednoterole:correction`);
 * - `kill`, `withdrawal`, `withdrawn`, `cancellation` or `retraction` is the reason of a kill;
 * - `public` (STT `sttnote:public`) is either, on a version that corrects or kills;
 * - anything else is for editors: a note without a role (most ninjs), `private`,
 *   contacts, notepads, closing lines, picture notes. A note with any publishing
 *   constraint (`pubconstraint`, dpa's `dpapconstraint:nonpublic`) is never shown,
 *   whatever its role.
 *
 * The short forms (dpa `correctionshort`) are not the notice. A correction with no
 * public note gets a neutral text naming the agency (neutralCorrection) and a note to
 * the editor; a kill gets the desk's neutral reason (desk.ts).
 */
import type { Element as DomElement, Node as DomNode } from '@xmldom/xmldom';
import { collapseSpace, type EditorialNote } from './story.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const ELEMENT = 1;

const ROLES = {
  correction: new Set(['correction', 'corrections', 'correctionnote', 'public']),
  withdrawal: new Set(['kill', 'killnote', 'withdrawal', 'withdrawn', 'cancellation', 'retraction', 'public']),
};
/** Roles that are never for readers, nor echoed to the editor (a notepad holds the contacts too). */
const PRIVATE = /private|internal|nonpublic|contact|notepad/i;

/** A QCode's code: "dpaednoterole:correction" → "correction". */
const code = (qcode: string) => qcode.split(/[:/]/).at(-1)!.toLowerCase();

/** The `edNote` children of a NewsML-G2 `itemMeta`, with their role and publishing constraint. */
export function g2Notes(itemMeta: DomElement | undefined): EditorialNote[] {
  if (!itemMeta) return [];
  return [...(itemMeta.childNodes as unknown as DomNode[])]
    .filter((n): n is DomElement => n.nodeType === ELEMENT)
    .filter((el) => el.namespaceURI === NAR && el.localName === 'edNote')
    .map((el) => ({
      text: collapseSpace(el.textContent ?? '').trim(),
      ...(el.getAttribute('role') ? { role: el.getAttribute('role')! } : {}),
      ...(el.getAttribute('pubconstraint') ? { pubConstraint: el.getAttribute('pubconstraint')! } : {}),
    }))
    .filter((note) => note.text !== '');
}

/** ninjs `ednote` (keys lower-cased): a string with no role, so never shown to readers. */
export function ninjsNotes(value: unknown): EditorialNote[] {
  return typeof value === 'string' && value.trim() !== '' ? [{ text: collapseSpace(value).trim() }] : [];
}

/** Whether a note may be shown to readers at all. */
function mayPublish(note: EditorialNote): boolean {
  return note.pubConstraint === undefined && note.role !== undefined && !PRIVATE.test(note.role);
}

/** The public notice among the notes for a correction or a kill, or undefined when there is none. */
export function publicNotice(notes: readonly EditorialNote[], kind: keyof typeof ROLES): string | undefined {
  const roles = ROLES[kind];
  const fitting = notes.filter((note) => mayPublish(note) && roles.has(code(note.role!)));
  // A note named for the purpose beats a note that is merely public.
  const named = fitting.find((note) => code(note.role!) !== 'public') ?? fitting[0];
  return named?.text;
}

/** The correction text readers see when the agency gives none in public: it claims no more than that. */
export function neutralCorrection(agencyName: string): string {
  return `${agencyName} has corrected this story since it was first published.`;
}

/**
 * What the editor is told when a correction has no public note: the notes to
 * editors that carry no constraint (so not dpa's contacts), to write the
 * correction from. Printed to the editor only, never written to the article.
 */
export function notesForTheEditor(notes: readonly EditorialNote[]): string {
  const open = notes.filter((note) => note.pubConstraint === undefined && !PRIVATE.test(note.role ?? ''));
  if (open.length === 0) return 'the item has no note to editors either';
  const shown = open.map((note) => `«${note.text.length > 200 ? `${note.text.slice(0, 199)}…` : note.text}»`);
  return `its notes to editors (not published) say: ${shown.join(' ')}`;
}
