/**
 * Editorial notes reach readers only when their role says they are a
 * correction or kill notice (or public), and never when a publishing
 * constraint marks them non-public: the imported article's file, the only
 * thing the page is built from, must not hold a private note's text.
 */
import { describe, expect, it } from 'vitest';
import { publicNotice } from '../../../../src/wire/editorial-notes';
import { conventionDesk, g2Item } from '../../../support/wire-items';

const desk = conventionDesk();

const BODY = '<p>VIENNA (AFP) - Ministers agreed a plan for the river on Tuesday, officials said.</p>';
const CONTACTS = 'Desk: Ann Example, +43 1 555 0199, ann@example.org';
const PRIVATE = 'Not for publication: the second paragraph was checked with the ministry.';
const PUBLIC = 'An earlier version of this story misstated the day of the meeting.';

/** Version 1 on the site (written), then version 2 as a correction with these notes, imported dry. */
function correction(notes: string, guid: string) {
  const slug = guid.split(':').at(-1);
  const v1 = desk.run(g2Item({ guid, body: BODY }), { dryRun: false, slug });
  expect(v1.action).toBe('created');
  const meta = `<signal qcode="sig:correction"/>${notes}`;
  return desk.run(g2Item({ guid, version: '2', versionCreated: '2024-03-06T09:00:00Z', itemMeta: meta, body: BODY }), { slug });
}

describe('a correction shows only its public note', () => {
  it('shows the note whose role says it is the correction, and none of the others', () => {
    const result = correction(
      [
        `<edNote role="ednoterole:correction">${PUBLIC}</edNote>`,
        `<edNote role="ednoterole:correctionshort">day of meeting</edNote>`,
        `<edNote pubconstraint="pubconstraint:nonpublic" role="ednoterole:contacts">${CONTACTS}</edNote>`,
        `<edNote>${PRIVATE}</edNote>`,
        `<edNote role="ednoterole:notepad"><section xmlns="http://www.w3.org/1999/xhtml"><p>${CONTACTS}</p></section></edNote>`,
      ].join(''),
      'urn:example:notes-1',
    );
    expect(result.action).toBe('corrected');
    expect(result.text).toContain(`text: "${PUBLIC}"`);
    for (const secret of [CONTACTS, PRIVATE, '+43 1 555 0199', 'ann@example.org', 'day of meeting']) {
      expect(result.text).not.toContain(secret);
    }
  });

  it('never shows a constrained note, even one whose role is the correction', () => {
    const result = correction(
      `<edNote role="ednoterole:correction" pubconstraint="pubconstraint:nonpublic">${PRIVATE}</edNote>`,
      'urn:example:notes-2',
    );
    expect(result.text).not.toContain(PRIVATE);
    expect(result.text).toContain('text: "Agence France-Presse has corrected this story since it was first published."');
  });

  it('gives a neutral text when the only note is for editors, and quotes that note to the editor alone', () => {
    const result = correction(`<edNote>${PRIVATE}</edNote>`, 'urn:example:notes-3');
    expect(result.text).not.toContain(PRIVATE);
    expect(result.notes.join('\n')).toContain(`«${PRIVATE}»`);
    expect(result.notes.join('\n')).not.toContain(CONTACTS);
  });

  it('takes a note marked public (STT) as the correction', () => {
    const result = correction(
      `<edNote role="sttnote:public">${PUBLIC}</edNote><edNote role="sttnote:private">${PRIVATE}</edNote>`,
      'urn:example:notes-4',
    );
    expect(result.text).toContain(`text: "${PUBLIC}"`);
    expect(result.text).not.toContain(PRIVATE);
  });
});

describe('a kill shows only a public reason', () => {
  it('gives the neutral reason when the only note is for editors (ninjs ednote has no role)', () => {
    const guid = 'urn:example:notes-kill';
    desk.run(g2Item({ guid, body: BODY }), { dryRun: false, slug: 'notes-kill' });
    const kill = g2Item({ guid, version: '2', body: BODY, itemMeta: `<edNote>${PRIVATE}</edNote>` }).replace(
      'stat:usable',
      'stat:canceled',
    );
    const result = desk.run(kill, { dryRun: true });
    expect(result.action).toBe('withdrawn');
    expect(result.text).toContain('reason: "Agence France-Presse has withdrawn this story."');
    expect(result.text).not.toContain(PRIVATE);
  });

  it('reads a withdrawal note by its role', () => {
    expect(publicNotice([{ text: 'This story has been withdrawn.', role: 'ex:withdrawal' }], 'withdrawal')).toBe(
      'This story has been withdrawn.',
    );
    expect(publicNotice([{ text: 'Do not use.' }], 'withdrawal')).toBeUndefined();
    expect(publicNotice([{ text: 'Corrected.', role: 'ex:correction' }], 'withdrawal')).toBeUndefined();
  });
});
