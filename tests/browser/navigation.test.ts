/**
 * Moving around the page as readers do: following a pull quote to the
 * paragraph it comes from, skipping the masthead with the keyboard, and always
 * seeing where keyboard focus is.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, SITE_BUILDS } from '../support/builds';
import { COLOR_SCHEMES, pagesToVisit, useBrowserAndSites, useSharedPage, variantsFor, type ServedSite } from './harness';

const { browser, site: servedSite } = useBrowserAndSites();
const visit = useSharedPage(browser);

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build', ({ index }) => {
  const site = (): ServedSite => servedSite(index);
  const article = `articles/${ARTICLE_SLUG}/`;

  describe.each([375, 1280])('at %i px', (width) => {
    it('every quote link in the sidebar jumps to its paragraph', async () => {
      const page = await visit(site().server.url + article, { width });
      const links = page.locator('.story__side a.pull-quote__source');
      const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      expect(hrefs.length, 'the sidebar has quote links').toBeGreaterThan(0);

      for (const [i, href] of hrefs.entries()) {
        expect(href, 'a quote links to a paragraph on this page').toMatch(/^#quote-/);
        // Start from no fragment at the top, so each click must change the hash and scroll.
        await page.evaluate(() => {
          location.hash = '';
          scrollTo(0, 0);
        });
        await links.nth(i).click();
        await page.waitForFunction((expected) => location.hash === expected, href);

        const target = await page.evaluate((id) => {
          const element = document.getElementById(id);
          if (!element) return null;
          const rect = element.getBoundingClientRect();
          return {
            tag: element.tagName,
            isTarget: element.matches(':target'),
            inViewport: rect.top >= 0 && rect.top < innerHeight && rect.bottom > 0,
            top: Math.round(rect.top),
          };
        }, href.slice(1));
        expect(target, `${href} exists`).not.toBeNull();
        expect(target!.tag, `${href} is a paragraph`).toBe('P');
        expect(target!.isTarget, `${href} is :target`).toBe(true);
        expect(target!.inViewport, `${href} is on screen after the jump (top at ${target?.top}px)`).toBe(true);
      }
    });
  });

  describe.each(variantsFor(SITE_BUILDS[index], COLOR_SCHEMES))('%s', (colorScheme) => {
    it('the skip link is the first Tab stop, is visible, and Enter moves to #main', async () => {
      for (const path of pagesToVisit(site().build)) {
        const page = await visit(site().server.url + path, { width: 375, colorScheme });
        await page.keyboard.press('Tab');
        const skip = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          const rect = active.getBoundingClientRect();
          return {
            isSkipLink: active.matches('a.skip-link'),
            href: active.getAttribute('href'),
            // Wholly inside the viewport and big enough to read, not just "rendered" off-screen.
            onScreen:
              rect.top >= 0 &&
              rect.left >= 0 &&
              rect.bottom <= innerHeight &&
              rect.right <= innerWidth &&
              rect.height > 10 &&
              rect.width > 10,
          };
        });
        expect(skip.isSkipLink, `/${path}: the first Tab focuses the skip link`).toBe(true);
        expect(skip.href).toBe('#main');
        expect(skip.onScreen, `/${path}: the focused skip link is on screen`).toBe(true);

        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#main');
        const focusedId = await page.evaluate(() => document.activeElement?.id);
        expect(focusedId, `/${path}: Enter moves focus to #main, so the next Tab starts in the content`).toBe('main');
      }
    });

    it('a link or form control focused from the keyboard shows a visible outline', async () => {
      const page = await visit(site().server.url + article, { width: 1280, colorScheme });
      // Tab past the skip link to the masthead's link and search box, then on into the article.
      for (let stop = 0; stop < 6; stop++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          const style = getComputedStyle(active);
          return {
            tag: active.tagName,
            text: active.textContent?.trim().slice(0, 40),
            outlineStyle: style.outlineStyle,
            outlineWidth: parseFloat(style.outlineWidth),
          };
        });
        const label = `Tab stop ${stop + 1} (<${focus.tag.toLowerCase()}> "${focus.text}")`;
        expect(['A', 'INPUT', 'BUTTON'], label).toContain(focus.tag);
        expect(focus.outlineStyle, `${label} has an outline`).not.toBe('none');
        expect(focus.outlineWidth, `${label} outline width`).toBeGreaterThanOrEqual(2);
      }
    });
  });
});
