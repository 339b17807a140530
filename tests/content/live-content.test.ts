/**
 * The editor's live articles (content/articles/, or ARTICLES_DIR), built and
 * checked for what an edit can break, never for their words: a corrected
 * article passes, a broken one fails naming its file. `npm run check` runs this.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIVE_ARTICLES, runSite, TEST_OUTPUT } from '../support/builds';
import { articleProblems, listingProblems, publishedArticles } from '../support/content-checks';

const articlesDir = process.env.ARTICLES_DIR ?? LIVE_ARTICLES;
// One output folder per articles folder: `npm run check` on another folder may run beside this test.
const outDir = join(TEST_OUTPUT, `live-${createHash('sha256').update(articlesDir).digest('hex').slice(0, 12)}`);
const home = 'https://example.org/';
const articles = publishedArticles(articlesDir);

beforeAll(() => {
  // Its own output folder and a cache kept between runs, so a second check is quick.
  const { status, output } = runSite({ articles: articlesDir, outDir, args: ['--site', home, '--base', '/'] });
  if (status !== 0) throw new Error(output);
});

describe(`the articles in ${articlesDir}`, () => {
  it('include at least one published article', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it.each(articles.map((article) => ({ ...article, name: article.file })))(
    '$name: page, headline, dateline, sidebar, facts and JSON-LD',
    (article) => {
      expect(articleProblems(outDir, article)).toEqual([]);
    },
  );

  it('are all in the feed and the sitemap', () => {
    expect(listingProblems(outDir, home, articles)).toEqual([]);
  });
});
