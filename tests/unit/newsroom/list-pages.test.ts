/** A list of stories cut into pages: the front page and its older pages, a topic's (src/newsroom/list-pages.ts). */
import { describe, expect, it } from 'vitest';
import { listPages } from '../../../src/newsroom/list-pages';

describe('listPages', () => {
  it('cuts the stories into pages at /, /page/2/, …, each linked to its neighbours', () => {
    const pages = listPages(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map(({ path, stories, newer, older }) => ({ path, stories, newer, older }))).toEqual([
      { path: '', stories: ['a', 'b'], newer: undefined, older: 'page/2/' },
      { path: 'page/2/', stories: ['c', 'd'], newer: '', older: 'page/3/' },
      { path: 'page/3/', stories: ['e'], newer: 'page/2/', older: undefined },
    ]);
    expect(pages.map((page) => `${page.number} of ${page.last}`)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
  });

  it('keeps a front page, empty, when there are no stories', () => {
    expect(listPages([], 20)).toEqual([{ number: 1, last: 1, stories: [], path: '', newer: undefined, older: undefined }]);
  });

  it('never gives a page the address of another page: page 404 of 10,000 stories is not /404/', () => {
    const paths = listPages(
      Array.from({ length: 10_000 }, (_, n) => n),
      20,
    ).map((page) => page.path);
    expect(paths).toHaveLength(500);
    expect(paths[403]).toBe('page/404/');
    expect(paths.every((path) => path === '' || path.startsWith('page/'))).toBe(true);
  });
});
