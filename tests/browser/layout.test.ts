/**
 * The layout in a real browser, at phone, tablet and laptop widths, light and
 * dark: nothing scrolls sideways; the quotes-and-facts sidebar sits beside the
 * text on a wide screen, and on a phone follows the story, which reads
 * unbroken, with a refer under the lede one tap from both.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { COLOR_SCHEMES, WIDTHS, pagesToVisit, useBrowserAndSites, useSharedPage, variantsFor, type ServedSite } from './harness';

const { browser, site: servedSite } = useBrowserAndSites();
const visit = useSharedPage(browser);

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

  describe.each(
    variantsFor(
      SITE_BUILDS[index],
      // The dark scheme swaps colours only (src/styles/global.css): one width in it is enough.
      [...WIDTHS.map((width) => ({ width, colorScheme: 'light' as const })), { width: 320, colorScheme: 'dark' as const }],
    ),
  )('at $width px, $colorScheme', ({ width, colorScheme }) => {
    it('no page scrolls horizontally', async () => {
      for (const path of pagesToVisit(site().build)) {
        const page = await visit(site().server.url + path, { width, colorScheme });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `/${path} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
      }
    });
  });

  it('puts the sidebar beside the text at 1280 px, level with the lede', async () => {
    const page = await visit(site().server.url + article, { width: 1280 });
    const side = await boxOf(page, '.story__side');
    const text = await boxOf(page, '.story-text');
    const lede = await boxOf(page, 'p.lede');
    expect(side.left, 'the sidebar starts right of the body text').toBeGreaterThan(text.right);
    expect(side.left, 'the sidebar starts right of the lede').toBeGreaterThan(lede.right);
    // "Level with" allows for the sidebar's small top margin and the lede's line box.
    expect(Math.abs(side.top - lede.top), `sidebar top ${side.top}px vs lede top ${lede.top}px`).toBeLessThan(40);
  });

  it('keeps the refer to the quotes and facts off the wide screen, where the sidebar is in view', async () => {
    const page = await visit(site().server.url + article, { width: 1280 });
    expect(await page.locator('aside.quotes-sidebar').isVisible()).toBe(true);
    expect(await page.locator('.sidebar-refer').count()).toBe(1);
    expect(await page.locator('.sidebar-refer').isVisible()).toBe(false);
  });

  describe.each([320, 375].flatMap((width) => COLOR_SCHEMES.map((colorScheme) => ({ width, colorScheme }))))(
    'on a phone, $width px, $colorScheme',
    ({ width, colorScheme }) => {
      it('leaves at most 600 px between the end of the lede and the second paragraph', async () => {
        const page = await visit(site().server.url + article, { width, colorScheme });
        const lede = await boxOf(page, 'p.lede');
        const next = await boxOf(page, '.story-text p');
        expect(next.top - lede.bottom, `${next.top - lede.bottom}px from the lede to the next paragraph`).toBeLessThanOrEqual(
          600,
        );
        expect(next.top).toBeGreaterThan(lede.bottom);
      });

      it('puts the quotes and key facts after the story, full width', async () => {
        const page = await visit(site().server.url + article, { width, colorScheme });
        const side = await boxOf(page, '.story__side');
        const last = await boxOf(page, '.story-text > :last-child');
        expect(side.top, 'the sidebar starts below the last paragraph').toBeGreaterThanOrEqual(last.bottom);
        expect(side.right - side.left).toBeGreaterThan(width / 2);
      });

      it('shows a refer under the lede whose links reach the quotes and the key facts in one tap', async () => {
        const page = await visit(site().server.url + article, { width, colorScheme });
        const refer = page.getByRole('navigation', { name: 'Quotes and key facts' });
        const lede = await boxOf(page, 'p.lede');
        const referBox = await boxOf(page, '.sidebar-refer');
        expect(referBox.top, 'the refer follows the lede').toBeGreaterThanOrEqual(lede.bottom);
        for (const [name, target] of [
          [/^In their words/, 'quotes-heading'],
          [/^Key facts/, 'key-facts-heading'],
        ] as const) {
          await page.evaluate(() => scrollTo(0, 0));
          const link = refer.getByRole('link', { name });
          expect(await link.isVisible(), `${name} is on screen`).toBe(true);
          await link.click();
          await page.waitForFunction((id) => location.hash === `#${id}`, target);
          const heading = await page.evaluate((id) => {
            const rect = document.getElementById(id)!.getBoundingClientRect();
            // Within a pixel: a jump can land a fraction of a pixel off.
            return { inViewport: rect.top >= -1 && rect.bottom <= innerHeight, top: rect.top };
          }, target);
          expect(heading.inViewport, `#${target} is on screen after the tap (top at ${heading.top}px)`).toBe(true);
        }
      });
    },
  );

  it('lets a keyboard user reach the quotes and facts from the refer, right after the lede', async () => {
    const page = await visit(site().server.url + article, { width: 375 });
    // Tab until focus leaves the page header: the first stop in the story must be the refer.
    let inStory = false;
    for (let i = 0; i < 20 && !inStory; i++) {
      await page.keyboard.press('Tab');
      inStory = await page.evaluate(() => Boolean(document.activeElement?.closest('.story__columns')));
    }
    expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(
      'Quotes and key facts',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#quotes-heading');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('aside')?.getAttribute('aria-labelledby'));
    expect(focused, 'the next Tab after the jump lands in the quotes').toBe('quotes-heading');
  });
});
