/**
 * Tracing key figures to the body text, on plain paragraphs. The pipeline
 * (paragraph ids, the render failing) is covered in remark-article.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findFigure, missingFigureMessage, traceFigures } from '../../../src/figures/trace';
import { sentenceAt } from '../../../src/text/sentences';
import type { Figure } from '../../../src/article/schema';

const figure = (id: string, text: string, value: number): Figure => ({
  id,
  text,
  value,
  unit: 'troops',
  label: id,
  claimant: 'AFP report',
});

describe('findFigure', () => {
  it('finds the number as the body writes it', () => {
    const text = 'Russia has massed 115,000 troops around Ukraine.';
    expect(findFigure(text, '115,000')).toBe(text.indexOf('115,000'));
  });

  it('does not find a number inside a longer one', () => {
    expect(findFigure('Russia has massed 115,000 troops.', '15,000')).toBe(-1);
    expect(findFigure('Russia has massed 115,000 troops.', '115')).toBe(-1);
    expect(findFigure('Russia has massed 115,000 troops.', '000')).toBe(-1);
    expect(findFigure('a 1.5 percent rise', '1')).toBe(-1);
    expect(findFigure('about 2014 or so', '201')).toBe(-1);
  });

  it('finds the number at the end of a sentence', () => {
    expect(findFigure('The troops numbered 13,000.', '13,000')).toBe(20);
  });

  it('finds a spelled-out figure, in either case, across a line break', () => {
    const seed = '“Let’s be honest, the war in Donbass has been going on for eight years,” Zelensky said.';
    expect(findFigure(seed, 'eight years')).toBe(seed.indexOf('eight years'));
    expect(findFigure('Eight years of war.', 'eight years')).toBe(0);
    expect(findFigure('going on for eight\nyears', 'eight years')).toBe(13);
    expect(findFigure('the eighth year', 'eight years')).toBe(-1);
  });

  it('does not equate spelled-out and numeric forms', () => {
    expect(findFigure('the war has gone on for 8 years', 'eight years')).toBe(-1);
  });

  it('tolerates non-breaking and thin spaces, curly apostrophes and SmartyPants dashes', () => {
    expect(findFigure('some 115\u00a0000 troops', '115 000')).toBe(5);
    expect(findFigure('some 115\u202f000 troops', '115 000')).toBe(5);
    expect(findFigure('the country’s 250,000 troops', "country's 250,000")).toBe(4);
    expect(findFigure('from 2014—2021', '2014--2021')).toBe(5);
  });
});

describe('sentenceAt', () => {
  it('returns the sentence around an index, single-spaced', () => {
    const text = 'Kiev and its allies accuse Russia. Moscow has denied\nthose claims. The conflict has claimed 13,000 lives.';
    expect(sentenceAt(text, text.indexOf('denied'))).toBe('Moscow has denied those claims.');
    expect(sentenceAt(text, text.indexOf('13,000'))).toBe('The conflict has claimed 13,000 lives.');
    expect(sentenceAt(text, 0)).toBe('Kiev and its allies accuse Russia.');
  });

  it('keeps a closing quote mark with the sentence and does not split at a decimal', () => {
    const text = '“We have 1.5 million men.” Putin said so.';
    expect(sentenceAt(text, 5)).toBe('“We have 1.5 million men.”');
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

  it('traces each figure to its first paragraph, line and sentence', () => {
    const { found, missing } = traceFigures(paragraphs, [
      figure('russian-troops', '115,000', 115000),
      figure('lives-lost', '13,000', 13000),
      figure('years-of-war', 'eight years', 8),
    ]);
    expect(missing).toEqual([]);
    expect(found.map((f) => ({ paragraphIndex: f.paragraphIndex, ...f.trace }))).toEqual([
      {
        paragraphIndex: 0,
        id: 'russian-troops',
        line: 10,
        excerpt: 'Kiev says Russia has massed 115,000 troops around Ukraine.',
      },
      {
        paragraphIndex: 1,
        id: 'lives-lost',
        line: 13,
        excerpt: 'The conflict has claimed more than 13,000 lives since 2014.',
      },
      {
        paragraphIndex: 1,
        id: 'years-of-war',
        line: 12,
        excerpt: '“The war has gone on for eight years,” Zelensky said.',
      },
    ]);
  });

  it('reports a figure the body does not state, with its index', () => {
    const wrong = figure('russian-troops', '15,000', 15000);
    const { found, missing } = traceFigures(paragraphs, [figure('lives-lost', '13,000', 13000), wrong]);
    expect(found.map((f) => f.trace.id)).toEqual(['lives-lost']);
    expect(missing).toEqual([{ index: 1, figure: wrong }]);
  });

  it('says which figure, which field and how to fix it', () => {
    expect(missingFigureMessage('content/articles/x.md', 0, { id: 'russian-troops', text: '115,000' })).toBe(
      'content/articles/x.md: figures[0].text (russian-troops): "115,000" does not appear in the article body. ' +
        "Correct the figure's text to match the body, or remove the figure.",
    );
  });
});
