/**
 * The layout in a real browser, at phone, tablet and laptop widths, light and
 * dark: nothing scrolls sideways, and the quotes-and-facts sidebar sits beside
 * the text on a wide screen but right under the lede on a phone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { COLOR_SCHEMES, WIDTHS, builtPages, openPage, useBrowserAndSites, type ServedSite } from './harness';

const { browser, site: servedSite } = useBrowserAndSites();

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page-relative box of the first element matching `selector` (scroll position does not matter). */
async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.$eval(selector, (element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left + scrollX, right: rect.right + scrollX };
  });
  return box;
}

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build', ({ index }) => {
  const site = (): ServedSite => servedSite(index);
  const article = `articles/${ARTICLE_SLUG}/`;

  describe.each(WIDTHS.flatMap((width) => COLOR_SCHEMES.map((colorScheme) => ({ width, colorScheme }))))(
    'at $width px, $colorScheme',
    ({ width, colorScheme }) => {
      it('no page scrolls horizontally', async () => {
        for (const path of builtPages(site().build.outDir)) {
          const { page, context } = await openPage(browser(), site().server.url + path, { width, colorScheme });
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.scrollingElement!.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          await context.close();
          expect(scrollWidth, `/${path} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
        }
      });
    },
  );

  it('puts the sidebar beside the text at 1280 px, level with the lede', async () => {
    const { page, context } = await openPage(browser(), site().server.url + article, { width: 1280 });
    const side = await boxOf(page, '.story__side');
    const text = await boxOf(page, '.story-text');
    const lede = await boxOf(page, 'p.lede');
    await context.close();
    expect(side.left, 'the sidebar starts right of the body text').toBeGreaterThan(text.right);
    expect(side.left, 'the sidebar starts right of the lede').toBeGreaterThan(lede.right);
    // "Level with" allows for the sidebar's small top margin and the lede's line box.
    expect(Math.abs(side.top - lede.top), `sidebar top ${side.top}px vs lede top ${lede.top}px`).toBeLessThan(40);
  });

  describe.each([320, 375])('at %i px', (width) => {
    it('puts the sidebar under the lede, before the next paragraph', async () => {
      const { page, context } = await openPage(browser(), site().server.url + article, { width });
      const side = await boxOf(page, '.story__side');
      const lede = await boxOf(page, 'p.lede');
      const next = await boxOf(page, '.story-text p');
      await context.close();
      expect(side.top, 'the sidebar starts below the lede').toBeGreaterThanOrEqual(lede.bottom);
      expect(side.bottom, 'the sidebar ends above the second paragraph').toBeLessThanOrEqual(next.top);
      // Stacked, not squeezed beside: it uses the column's width.
      expect(side.right - side.left).toBeGreaterThan(width / 2);
    });
  });
});
