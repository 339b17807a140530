/** The built article page says what the agency filed, in the structure a news page needs. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, ROOT_BUILD } from '../support/builds';
import { normaliseTypography, page, wireStory } from '../support/html';

const doc = page(ROOT_BUILD.outDir, `articles/${ARTICLE_SLUG}/index.html`);
const wire = wireStory();
const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');

describe('the article page', () => {
  it('has the headline as its only h1', () => {
    const h1s = doc.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(text(h1s[0])).toBe(wire.headline);
  });

  it('leads the first paragraph with the dateline, agency style', () => {
    const lede = doc.querySelector('p.lede');
    expect(text(lede?.querySelector('.dateline'))).toBe('KIEV (AFP) -');
    // The wire's first paragraph, dateline included, with the place in capitals as on the page.
    const filed = normaliseTypography(wire.paragraphs[0]).replace(/^Kiev \(AFP\)/, 'KIEV (AFP)');
    expect(text(lede)).toBe(filed);
  });

  it('has every paragraph of the wire text, word for word, in order, and the crosshead as a heading', () => {
    const blocks = [doc.querySelector('p.lede'), ...doc.querySelectorAll('.story-text > *')];
    const onPage = blocks.map((el) => text(el));
    onPage[0] = onPage[0].replace(/^KIEV \(AFP\)/, 'Kiev (AFP)');
    expect(onPage).toEqual(wire.paragraphs.map(normaliseTypography));
    expect(wire.paragraphs).toHaveLength(22);
    const crosshead = doc.querySelector('.story-text h2');
    expect(text(crosshead)).toBe('Moscow accusations');
  });

  it('sets the text in typographer’s quotes, apostrophes and dashes, with no straight quote left', () => {
    const story = [doc.querySelector('p.lede'), ...doc.querySelectorAll('.story-text > *')].map((el) => el?.textContent ?? '');
    const all = story.join('\n');
    expect(all).not.toMatch(/["']/);
    // An opening mark starts a quotation (after a space, a bracket or a line start); a closing one ends it.
    expect(all).not.toMatch(/[^\s([\u2014]\u201C/);
    expect(all).not.toMatch(/\u201D[^\s.,;:!?)\u2019]/);
    expect(all).not.toMatch(/(^|\s)[\u201D\u2019]/m);
    // Apostrophes inside words are right single quotes: "Let’s", "Ukraine’s".
    expect(all).toContain('Let\u2019s be honest');
    expect(all).not.toMatch(/\w\u2018\w/);
    expect(doc.querySelector('.dateline')?.textContent).toBe('KIEV (AFP) \u2013');
    // Every quotation mark the wire opened is closed in the same paragraph (the seed has no quote over two paragraphs).
    for (const paragraph of story) {
      expect(paragraph.split('\u201C').length, paragraph).toBe(paragraph.split('\u201D').length);
    }
  });

  it('shows the publication date in the article’s own time zone', () => {
    const time = doc.querySelector('.article-meta time');
    expect(time?.getAttribute('datetime')).toBe('2021-12-01');
    expect(text(time)).toBe('Wednesday 1 December 2021');
  });

  it('credits the agency', () => {
    expect(text(doc.querySelector('.article-meta__byline'))).toBe('By AFP');
    expect(text(doc.querySelector('.credit'))).toContain('© Agence France-Presse (AFP) 2021');
  });

  it('is built from landmarks, with headings in order and a working skip link', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('body > header')).toHaveLength(1);
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelectorAll('main article')).toHaveLength(1);
    const skip = doc.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(doc.getElementById('main')?.tagName).toBe('MAIN');
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]).toBeLessThanOrEqual(1));
    for (const aside of doc.querySelectorAll('aside')) {
      const heading = doc.getElementById(aside.getAttribute('aria-labelledby') ?? '');
      expect(heading?.tagName).toMatch(/^H[2-6]$/);
    }
  });

  it('runs no script: only JSON data blocks', () => {
    for (const script of doc.querySelectorAll('script')) {
      expect(script.getAttribute('type')).toBe('application/ld+json');
      expect(script.getAttribute('src')).toBeNull();
    }
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    );
    expect(handlers).toEqual([]);
  });
});
