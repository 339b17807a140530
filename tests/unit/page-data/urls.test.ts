import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, normaliseBase, socialCardPath, withBase } from '../../../src/page-data/urls';

describe('URLs under a base path', () => {
  it('normalises the base with or without slashes', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/news')).toBe('/news/');
    expect(normaliseBase('/news/')).toBe('/news/');
    expect(normaliseBase('news')).toBe('/news/');
    expect(normaliseBase('/a/b//')).toBe('/a/b/');
  });

  it('never glues the base to the path ("/newsarticles")', () => {
    expect(withBase('articles/x/', '/news')).toBe('/news/articles/x/');
    expect(withBase('/articles/x/', '/news/')).toBe('/news/articles/x/');
    expect(withBase('articles/x/', '/')).toBe('/articles/x/');
    expect(withBase('', '/news')).toBe('/news/');
  });

  it('makes absolute URLs for canonical links and feeds', () => {
    expect(absoluteUrl(articlePath('x'), 'https://example.org', '/news')).toBe('https://example.org/news/articles/x/');
    expect(absoluteUrl(socialCardPath('x'), new URL('https://example.org/'), '/')).toBe('https://example.org/og/x.png');
  });
});
