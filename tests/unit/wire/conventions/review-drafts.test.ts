/**
 * When the desk truly cannot tell where a story was filed from or who filed
 * it, it neither guesses nor refuses: the article is a draft with that
 * field left out and a REVIEW comment above it (npm run check names the
 * missing field until an editor writes it in). The home desk stands in for
 * a place only when the item names none at all, never when the agency's own
 * dateline says the story has no single place, nor a `located` that only
 * repeats the writer's name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();
const FIXTURES = join(import.meta.dirname, '../../../fixtures/wire/bad');

describe('a draft for the editor to complete', () => {
  it('plain text with no dateline and no agency: dated the day it arrived, place and agency left to the editor', () => {
    const result = desk.run(readFileSync(join(FIXTURES, 'no-dateline.txt'), 'utf8'));
    expect(result.action).toBe('created');
    expect(result.text).toMatch(/# REVIEW: the item names no place .*\ndateline:\n {2}date: "2024-03-05"\n {2}timeZone: "UTC"\n/);
    expect(result.text).toMatch(/# REVIEW: the item names no agency .*\nsource:\n/);
    expect(result.text).toContain('draft: true');
    const notes = result.notes.join('\n');
    expect(notes).toMatch(/imported as a draft without a place: write dateline.place/);
    expect(notes).toMatch(/dated 2024-03-05, the day it arrived/);
  });

  it('a Reuters dateline with the date alone is not filed from the home desk', () => {
    const result = desk.run(g2Item({ body: '<p>Mar 4 (Reuters) - Rivers rose in three states.</p><p>More.</p>' }));
    expect(result.text).not.toContain('London');
    expect(result.text).toMatch(/# REVIEW: its dateline names no place \("Reuters" alone\).*\ndateline:\n {2}date:/);
    expect(result.text).toMatch(/---\n\nRivers rose in three states\.\n/);
  });

  it('an item with no dateline at all is still dated from the home desk, with a note', () => {
    const result = desk.run(g2Item({ body: '<p>Rivers rose.</p>', itemMeta: '<provider literal="Reuters"/>' }));
    expect(result.text).toContain('place: "London"');
    expect(result.text).not.toContain('REVIEW');
  });

  it('a located that only repeats the writer’s name is no place; its region still gives the zone', () => {
    const item = ninjsItem({
      copyrightholder: 'Example Wire',
      byline: 'Jane Roe, Example State University',
      located: 'Jane Roe, Michigan',
      bodies: [{ role: 'text', value: 'Brewers are changing.' }],
    });
    const result = desk.run(item);
    expect(result.text).not.toContain('place: "Jane Roe"');
    expect(result.text).toMatch(/# REVIEW: .*\ndateline:\n {2}date: "2024-03-05"\n {2}timeZone: "America\/Detroit"\n/);
    expect(result.text).toContain('byline:\n  - name: "Jane Roe"\n    role: "Example State University"');
  });
});
