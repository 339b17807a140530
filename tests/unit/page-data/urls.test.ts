import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  normaliseBase,
  personPath,
  placePath,
  socialCardPath,
  topicPath,
  withBase,
} from '../../../src/page-data/urls';

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

  it('percent-encodes a name in another script in links, and leaves ASCII addresses as they are', () => {
    expect(placePath('kyiv')).toBe('places/kyiv/');
    expect(placePath('كييف')).toBe('places/%D9%83%D9%8A%D9%8A%D9%81/');
    expect(topicPath('αθήνα')).toBe('topics/%CE%B1%CE%B8%CE%AE%CE%BD%CE%B1/');
    expect(personPath('الكعبي')).toBe('people/%D8%A7%D9%84%D9%83%D8%B9%D8%A8%D9%8A/');
    expect(decodeURIComponent(placePath('الدار-البيضاء'))).toBe('places/الدار-البيضاء/');
    expect(absoluteUrl(placePath('كييف'), 'https://example.org', '/')).toBe(
      'https://example.org/places/%D9%83%D9%8A%D9%8A%D9%81/',
    );
  });
});
