import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, ROOT_BUILD } from '../support/builds';
import { normaliseTypography, page, wireStory } from '../support/html';
import { filesUnder } from '../support/files';

const dist = ROOT_BUILD.outDir;

describe('the front page', () => {
  const doc = page(dist, 'index.html');

  it('links to the article under its headline', () => {
    const link = doc.querySelector(`main a[href="/articles/${ARTICLE_SLUG}/"]`);
    expect(normaliseTypography(link?.textContent ?? '')).toBe(wireStory().headline);
  });

  it('has one h1 and the site name in the masthead', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('.masthead__name')?.textContent).toBe('The Dispatch');
  });
});

describe('the built site', () => {
  it('has a 404 page that links home', () => {
    const doc = page(dist, '404.html');
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });

  it('ships JavaScript for the search pages only: their own script and Pagefind’s bundle', () => {
    const scripts = filesUnder(dist)
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => relative(dist, f));
    expect(scripts.filter((f) => !f.startsWith('pagefind/'))).toEqual([expect.stringMatching(/^_astro\/[^/]+\.js$/)]);
    const pages = filesUnder(dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(dist, f));
    const withScripts = pages.filter((path) => page(dist, path).querySelector('script:not([type="application/ld+json"])'));
    // Each edition's search page: the English one and the French one (tests/site/editions.test.ts).
    expect(withScripts.sort()).toEqual(['fr/search/index.html', 'search/index.html']);
  });
});
