/**
 * remarkFigureTraces in the real pipeline, after remarkQuoteSidebar as the
 * site runs them (tests/support/markdown.ts): each key figure to the
 * paragraph stating it, the paragraph ids both plugins give, and every
 * problem of an article reported at once.
 */
import { describe, expect, it } from 'vitest';
import { renderArticle as render } from '../../support/markdown';

/** The seed article as filed, frozen in the fixtures: an editor's edits to content/ never move these lines. */
const ARTICLE = 'tests/fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md';

describe('the seed article', () => {
  it('traces every figure to its paragraph, reusing a quote paragraph’s id', async () => {
    const { figureTraces } = await render(ARTICLE);
    expect(figureTraces).toEqual([
      { id: 'russian-troops', paragraphId: 'fact-russian-troops' },
      { id: 'ukrainian-troops', paragraphId: 'quote-zakharova-2' },
      { id: 'spring-buildup', paragraphId: 'fact-spring-buildup' },
      { id: 'lives-lost', paragraphId: 'fact-lives-lost' },
      { id: 'years-of-war', paragraphId: 'quote-zelensky-2' },
    ]);
    expect(JSON.parse(JSON.stringify(figureTraces))).toEqual(figureTraces);
  });

  it('adds ids to paragraphs and changes nothing else in the HTML', async () => {
    const withPlugin = (await render(ARTICLE)).html;
    const without = (await render(ARTICLE, { plugins: false })).html;
    expect(withPlugin.match(/<p id="[^"]+">/g)).toEqual([
      '<p id="quote-zelensky-1">',
      '<p id="quote-zelensky-2">',
      '<p id="quote-zelensky-3">',
      '<p id="fact-spring-buildup">',
      '<p id="quote-zakharova-1">',
      '<p id="quote-zakharova-2">',
      '<p id="fact-russian-troops">',
      '<p id="quote-putin-1">',
      '<p id="fact-lives-lost">',
    ]);
    expect(withPlugin.replace(/<p id="[^"]+">/g, '<p>')).toBe(without);
  });
});

describe('failing the build', () => {
  it('fails on a figure the body does not state, naming the file, field, id and number', async () => {
    const { problems, figureTraces } = await render(ARTICLE, {
      frontmatter: (fm) => {
        (fm.figures as { text: string }[])[0].text = '15,000';
        return fm;
      },
    });
    expect(problems).toEqual([
      `${ARTICLE}: figures[0].text (russian-troops): "15,000" does not appear in the article body. ` +
        "Correct the figure's text to match the body, or remove the figure.",
    ]);
    expect(figureTraces.map((trace) => trace.id)).not.toContain('russian-troops');
  });

  it('reports every problem at once, one per line; a quote left uncredited is a warning, not one of them', async () => {
    const { problems, uncredited } = await render(ARTICLE, {
      frontmatter: (fm) => {
        (fm.figures as { text: string }[])[4].text = 'nine years';
        return { ...fm, people: (fm.people as { id: string }[]).filter((p) => p.id !== 'putin'), quotes: { feature: ['x-1'] } };
      },
    });
    expect(problems).toEqual([
      `${ARTICLE}: quotes.feature[0]: "x-1" is not a quote in this article. ` +
        'The quote ids are: zelensky-1, zelensky-2, zelensky-3, zakharova-1, zakharova-2. Use one of them, or remove the entry.',
      `${ARTICLE}: figures[4].text (years-of-war): "nine years" does not appear in the article body. ` +
        "Correct the figure's text to match the body, or remove the figure.",
    ]);
    expect(uncredited).toEqual([expect.stringMatching(/:105: no source found for the quote “Look, they spoke/)]);
  });
});
