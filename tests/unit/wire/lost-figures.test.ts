/**
 * A later version that no longer states a figure: the desk says so, and it
 * decides by the build's own rule (figures/trace.ts), so its note appears
 * exactly when the build would stop on the figure. A number inside a longer
 * one ("15,000" in "115,000") is lost; a figure written with another kind of
 * space or in another case is still found.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figurePattern } from '../../../src/figures/trace';
import { newsmlVersion, seededDesks } from '../../support/wire';

const NOW = new Date('2021-12-10T12:00:00Z');
const desk = seededDesks(NOW);
const lost = (id: string, text: string, i = 0) =>
  `figures[${i}].text (${id}): "${text}" is not in the new text; correct or remove the figure`;

/** The imported draft, with the figures an editor added (`[id, text]`) and the body edited as `[from, to]`. */
function edited(figures: [string, string][], body?: [string, string]): void {
  const list = figures.map(([id, text]) => `  - id: ${id}\n    value: 1\n    text: "${text}"\n    label: A figure`).join('\n');
  let text = readFileSync(desk.article, 'utf8').replace(/^figures: \[\]$/m, `figures:\n${list}`);
  if (body) text = text.replace(body[0], body[1]);
  writeFileSync(desk.article, text);
}

/** The body paragraph of the article file that mentions `words`. */
const paragraphWith = (words: string) =>
  readFileSync(desk.article, 'utf8')
    .split('\n\n')
    .find((block) => block.includes(words))!;

describe('a figure a later version no longer states', () => {
  it('is named when the new text has it only inside a longer number: "15,000" is not in "115,000"', () => {
    edited([['russian-troops', '15,000']], ['massed 115,000 troops', 'massed 15,000 troops']);
    const v2 = newsmlVersion(join(desk.work, 'v2.xml'), { version: '2', versionCreated: '2021-12-02T08:30:00Z' });
    const result = desk.run(v2);
    expect(result.action).toBe('updated');
    expect(result.notes).toContain(lost('russian-troops', '15,000'));
    // The build would refuse it too, though the characters are there.
    const paragraph = paragraphWith('massed 115,000 troops');
    expect(paragraph).toContain('15,000');
    expect(figurePattern('15,000').test(paragraph)).toBe(false);
  });

  it('is named when the new text changed it, and only that figure', () => {
    edited([
      ['russian-troops', '115,000'],
      ['war-years', 'eight years'],
    ]);
    const v2 = newsmlVersion(join(desk.work, 'v2.xml'), {
      version: '2',
      versionCreated: '2021-12-02T08:30:00Z',
      replace: ['eight years', 'seven years'],
    });
    const result = desk.run(v2);
    expect(result.notes.filter((note) => note.startsWith('figures['))).toEqual([lost('war-years', 'eight years', 1)]);
  });
});

describe('a figure the new text still states as the build reads it', () => {
  it('is not named: another kind of space ("115 000" for 115 000 with a no-break space), another case', () => {
    edited([
      ['russian-troops', '115 000'],
      ['war-years', 'Eight years'],
    ]);
    const v2 = newsmlVersion(join(desk.work, 'v2.xml'), {
      version: '2',
      versionCreated: '2021-12-02T08:30:00Z',
      replace: ['115,000', '115\u00a0000'],
    });
    const result = desk.run(v2);
    expect(result.action).toBe('updated');
    expect(result.notes.filter((note) => note.startsWith('figures['))).toEqual([]);
    // The build finds both, though neither is in the text character for character.
    const troops = paragraphWith('troops around Ukraine');
    expect(troops).not.toContain('115 000');
    expect(figurePattern('115 000').test(troops)).toBe(true);
    expect(figurePattern('Eight years').test(paragraphWith('for eight years'))).toBe(true);
  });
});
