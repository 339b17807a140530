/**
 * Editorial notes: what an agency tells the receiving newsroom (NewsML-G2
 * `edNote`, ninjs `ednote`, NITF `ed-msg`, NewsML 1.2's `NewsLine`s). IPTC
 * defines them as notes to editors, not to readers, so a note reaches a page
 * only when its role says it is a correction or kill notice, or says it is
 * public:
 *
 * - a role whose code (after the scheme alias) is `correction`, `corrections`
 *   or `correctionnote` is the text of a correction (dpa `dpaednoterole:correction`);
 * - `kill`, `withdrawal`, `withdrawn`, `cancellation` or `retraction` is the reason of a kill;
 * - `public` (STT `sttnote:public`) is either, on a version that corrects or kills;
 * - anything else is for editors: a note without a role (most ninjs), `private`,
 *   contacts, notepads, closing lines, picture notes. A note with any publishing
 *   constraint (`pubconstraint`, dpa's `dpapconstraint:nonpublic`) is never shown,
 *   whatever its role.
 * - NITF and NewsML 1.2 have neither roles nor constraints of this kind: an
 *   `ed-msg`'s `msg-type` and a `NewsLine`'s `NewsLineType` stand as the role,
 *   so their notes (NTB's contact addresses, AFP's `AdvisoryLine`) are never
 *   public unless that type is one of the codes above.
 *
 * The short forms (dpa `correctionshort`) are not the notice. A correction with no
 * public note gets a neutral text naming the agency (neutralCorrection) and a note to
 * the editor; a kill gets the desk's neutral reason (desk.ts).
 */
import { collapseSpace, type EditorialNote } from './story.ts';
import { attr, childNamed, childrenNamed, elements, textOf, type DomElement } from './xml.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';

const ROLES = {
  correction: new Set(['correction', 'corrections', 'correctionnote', 'public']),
  withdrawal: new Set(['kill', 'killnote', 'withdrawal', 'withdrawn', 'cancellation', 'retraction', 'public']),
};
/** Roles that are never for readers, nor echoed to the editor (a notepad holds the contacts too). */
const PRIVATE = /private|internal|nonpublic|contact|notepad/i;

/** A QCode's code: "dpaednoterole:correction" → "correction". */
const code = (qcode: string) => qcode.split(/[:/]/).at(-1)!.toLowerCase();

/** The `edNote` children of a NewsML-G2 `itemMeta` (in its namespace, or none: TT), with their role and publishing constraint. */
export function g2Notes(itemMeta: DomElement | undefined): EditorialNote[] {
  return elements(itemMeta)
    .filter((el) => (el.namespaceURI === NAR || el.namespaceURI === null) && el.localName === 'edNote')
    .map((el) => ({
      text: collapseSpace(el.textContent ?? '').trim(),
      ...(attr(el, 'role') ? { role: attr(el, 'role')! } : {}),
      ...(attr(el, 'pubconstraint') ? { pubConstraint: attr(el, 'pubconstraint')! } : {}),
    }))
    .filter((note) => note.text !== '');
}

/** ninjs `ednote` (keys lower-cased): a string with no role, so never shown to readers. */
export function ninjsNotes(value: unknown): EditorialNote[] {
  return typeof value === 'string' && value.trim() !== '' ? [{ text: collapseSpace(value).trim() }] : [];
}

/** A note from its text and the type standing as its role; none without text. */
const typed = (text: string | undefined, role: string | undefined): EditorialNote[] =>
  text === undefined ? [] : [{ text, ...(role ? { role } : {}) }];

/** NITF `docdata/ed-msg`: its `info` (else its text), its `msg-type` as the role. */
export function nitfNotes(docdata: DomElement | undefined): EditorialNote[] {
  return childrenNamed(docdata, 'ed-msg').flatMap((el) => typed(attr(el, 'info') ?? textOf(el), attr(el, 'msg-type')));
}

/** NewsML 1.2 `NewsLines/NewsLine`s: each `NewsLineText`, its `NewsLineType/@FormalName` as the role. */
export function newsMl1Notes(newsLines: DomElement | undefined): EditorialNote[] {
  return childrenNamed(newsLines, 'NewsLine').flatMap((line) =>
    typed(textOf(childNamed(line, 'NewsLineText')), attr(childNamed(line, 'NewsLineType'), 'FormalName')),
  );
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

/**
 * The text of a correction readers see: the agency's public correction note,
 * else the one it printed at the head of the body (opening.ts), else a neutral
 * one naming the agency, with a note telling the editor what the agency's notes
 * to editors say, to write the real one from.
 */
export function correctionText(
  notes: readonly EditorialNote[],
  printed: string | undefined,
  agencyName: string,
  editorNotes: string[],
): string {
  const own = publicNotice(notes, 'correction') ?? printed;
  if (own !== undefined) return own;
  const neutral = neutralCorrection(agencyName);
  editorNotes.push(
    `correction: the agency gives no public note of what it corrected, so the correction reads "${neutral}"; ` +
      `${notesForTheEditor(notes)}. Write what was corrected in its place, or import again with --correction "…"`,
  );
  return neutral;
}
