/**
 * Printing a story: the site's navigation has no use on paper, the article,
 * its quotes and its key facts do.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { pagesToVisit, useBrowserAndSites, useSharedPage, type ServedSite } from './harness';

const { browser, site: servedSite } = useBrowserAndSites();
const visit = useSharedPage(browser);

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build, print media', ({ index }) => {
  const site = (): ServedSite => servedSite(index);

  it('hides the masthead, footer and skip link on every page', async () => {
    for (const path of pagesToVisit(site().build)) {
      const page = await visit(site().server.url + path, { width: 1280 });
      // The same elements are on screen before print media, so "hidden" below is the print stylesheet's doing.
      for (const selector of ['.masthead', '.site-footer']) {
        expect(await page.locator(selector).isVisible(), `/${path}: ${selector} on screen`).toBe(true);
      }
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.masthead', '.site-footer', '.skip-link']) {
        expect(await page.locator(selector).count(), `/${path}: ${selector} exists`).toBe(1);
        expect(await page.locator(selector).isVisible(), `/${path}: ${selector} is hidden in print`).toBe(false);
      }
    }
  });

  it('keeps the article, its quotes and its key facts', async () => {
    // At a phone's width, where the refer is on screen, so that hiding it is the print stylesheet's doing.
    const page = await visit(`${site().server.url}articles/${ARTICLE_SLUG}/`, { width: 375 });
    expect(await page.locator('.sidebar-refer').isVisible()).toBe(true);
    expect(await page.locator('.share').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      'article.story h1',
      'p.lede',
      '.story-text p',
      'aside.quotes-sidebar',
      '.pull-quote blockquote',
      'aside.key-facts',
      '.key-fact',
    ]) {
      const first = page.locator(selector).first();
      expect(await first.isVisible(), `${selector} is printed`).toBe(true);
    }
    // A refer to other parts of the page, or a share link, means nothing on paper.
    expect(await page.locator('.sidebar-refer').isVisible(), 'the refer is hidden in print').toBe(false);
    expect(await page.locator('.share').isVisible(), 'the share links are hidden in print').toBe(false);
    // Every paragraph of the story is printed, not only the first.
    const hiddenParagraphs = await page
      .locator('.story-text p')
      .evaluateAll((ps) => ps.filter((p) => p.getClientRects().length === 0).length);
    expect(hiddenParagraphs).toBe(0);
  });
});
