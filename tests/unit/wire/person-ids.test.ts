/**
 * One id is one person on the site: the desk proposes a speaker by surname
 * (`price`), but not when another article already gives that id another
 * name, which would stop the build (src/loading/name-clashes.ts).
 */
import { describe, expect, it } from 'vitest';
import { conventionDesk } from '../../support/wire-items';

const desk = conventionDesk();
const story = (headline: string, lede: string) => `${headline}\n\n${lede}\n`;

describe('person ids across stories', () => {
  it('keeps the surname id for one person, and gives another of that surname the full name', () => {
    const first = desk.run(
      story('Neighbour tells the jury', 'MILWAUKEE (AP) - "I saw him at the door," Darnell Price told the court on Monday.'),
      {
        dryRun: false,
      },
    );
    expect(first.text).toMatch(/- id: "?price"?\n\s+name: "?Darnell Price"?/);
    const same = desk.run(story('Neighbour heard again', 'MILWAUKEE (AP) - "It was dark," Darnell Price said on Tuesday.'));
    expect(same.text).toMatch(/- id: "?price"?\n\s+name: "?Darnell Price"?/);
    const other = desk.run(
      story('Waves flood the seafront', 'ABERYSTWYTH (PA) - "The sea came over the wall," said Rhian Price, a shop owner.'),
    );
    expect(other.text).toMatch(/- id: "?rhian-price"?\n\s+name: "?Rhian Price"?/);
  });
});
