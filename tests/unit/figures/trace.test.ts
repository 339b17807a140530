/**
 * Tracing key figures to the body text, on plain paragraphs. The pipeline
 * (paragraph ids, the editor's message) is covered in remark-figure-traces.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { missingFigureMessage, traceFigures } from '../../../src/figures/trace';
import type { Figure } from '../../../src/article/schema';

const figure = (id: string, text: string, value: number): Figure => ({
  id,
  text,
  value,
  unit: 'troops',
  label: id,
  claimant: 'AFP report',
});

/** Whether `text`, as a paragraph, states the figure written `figureText`. */
const states = (text: string, figureText: string) =>
  traceFigures([{ text, line: 1 }], [figure('f', figureText, 0)]).found.length === 1;

describe('which text states a figure', () => {
  it('finds the number as the body writes it', () => {
    expect(states('Russia has massed 115,000 troops around Ukraine.', '115,000')).toBe(true);
  });

  it('does not find a number inside a longer one', () => {
    expect(states('Russia has massed 115,000 troops.', '15,000')).toBe(false);
    expect(states('Russia has massed 115,000 troops.', '115')).toBe(false);
    expect(states('Russia has massed 115,000 troops.', '000')).toBe(false);
    expect(states('a 1.5 percent rise', '1')).toBe(false);
    expect(states('about 2014 or so', '201')).toBe(false);
  });

  it('finds the number at the end of a sentence', () => {
    expect(states('The troops numbered 13,000.', '13,000')).toBe(true);
  });

  it('finds a spelled-out figure, in either case, across a line break', () => {
    const seed = '“Let’s be honest, the war in Donbass has been going on for eight years,” Zelensky said.';
    expect(states(seed, 'eight years')).toBe(true);
    expect(states('Eight years of war.', 'eight years')).toBe(true);
    expect(states('going on for eight\nyears', 'eight years')).toBe(true);
    expect(states('the eighth year', 'eight years')).toBe(false);
  });

  it('does not equate spelled-out and numeric forms', () => {
    expect(states('the war has gone on for 8 years', 'eight years')).toBe(false);
  });

  it('tolerates non-breaking and thin spaces, curly apostrophes and SmartyPants dashes', () => {
    expect(states('some 115\u00a0000 troops', '115 000')).toBe(true);
    expect(states('some 115\u202f000 troops', '115 000')).toBe(true);
    expect(states('the country’s 250,000 troops', "country's 250,000")).toBe(true);
    expect(states('from 2014—2021', '2014--2021')).toBe(true);
  });
});

describe('traceFigures', () => {
  const paragraphs = [
    { text: 'Kiev says Russia has massed 115,000 troops around Ukraine.', line: 10 },
    {
      text: '“The war has gone on for eight years,” Zelensky said.\nThe conflict has claimed more than 13,000 lives since 2014.',
      line: 12,
    },
  ];

  it('traces each figure to the first paragraph stating it', () => {
    const { found, missing } = traceFigures(paragraphs, [
      figure('russian-troops', '115,000', 115000),
      figure('lives-lost', '13,000', 13000),
      figure('years-of-war', 'eight years', 8),
    ]);
    expect(missing).toEqual([]);
    expect(found.map((f) => [f.figure.id, f.paragraphIndex])).toEqual([
      ['russian-troops', 0],
      ['lives-lost', 1],
      ['years-of-war', 1],
    ]);
  });

  it('reports a figure the body does not state, with its index', () => {
    const wrong = figure('russian-troops', '15,000', 15000);
    const { found, missing } = traceFigures(paragraphs, [figure('lives-lost', '13,000', 13000), wrong]);
    expect(found.map((f) => f.figure.id)).toEqual(['lives-lost']);
    expect(missing).toEqual([{ index: 1, figure: wrong }]);
  });

  it('says which figure, which field and how to fix it', () => {
    expect(missingFigureMessage('content/articles/x.md', 0, { id: 'russian-troops', text: '115,000' })).toBe(
      'content/articles/x.md: figures[0].text (russian-troops): "115,000" does not appear in the article body. ' +
        "Correct the figure's text to match the body, or remove the figure.",
    );
  });
});
