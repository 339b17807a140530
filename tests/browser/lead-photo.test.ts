/**
 * The lead-photo fixture in Chromium, served with its _headers: the browser
 * picks the AVIF source at a width to suit the screen, the photo's box is
 * reserved before it arrives (no layout shift), its caption and credit show,
 * and the page stays accessible and inside its Content-Security-Policy.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { ARTICLE_SLUG } from '../support/builds';
import { PHOTO } from '../support/lead-photo';
import { PHOTO_BUILD } from '../support/photo-build';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { COLOR_SCHEMES, connectChromium, openPage } from './harness';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(PHOTO_BUILD.outDir, PHOTO_BUILD.base);
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const article = () => `${server.url}articles/${ARTICLE_SLUG}/`;

describe.each([320, 375, 1280].flatMap((width) => COLOR_SCHEMES.map((colorScheme) => ({ width, colorScheme }))))(
  'at $width px, $colorScheme',
  ({ width, colorScheme }) => {
    it('shows the AVIF photo at a fitting width, with its caption and credit, without shifting the page', async () => {
      const { page, context, requests } = await openPage(browser, article(), { width, colorScheme });
      // Layout shifts since the start of the page, as the browser records them.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            const img = document.querySelector('.lead-photo img') as HTMLImageElement;
            if (img.complete) done();
            else img.addEventListener('load', () => done(), { once: true });
          }),
      );
      const shown = await page.evaluate(() => {
        const img = document.querySelector('.lead-photo img') as HTMLImageElement;
        const rect = img.getBoundingClientRect();
        const shifts = performance.getEntriesByType('layout-shift') as (PerformanceEntry & { value: number })[];
        return {
          currentSrc: img.currentSrc,
          naturalWidth: img.naturalWidth,
          width: rect.width,
          height: rect.height,
          dpr: devicePixelRatio,
          layoutShift: shifts.reduce((sum, entry) => sum + entry.value, 0),
          caption: (document.querySelector('.lead-photo figcaption') as HTMLElement).innerText,
          scrollsSideways: document.scrollingElement!.scrollWidth > innerWidth,
        };
      });
      const images = requests.filter((r) => r.resourceType() === 'image' && !r.url().endsWith('.svg')).map((r) => r.url());
      await context.close();

      expect(shown.currentSrc).toMatch(/\.avif$/);
      expect(images, 'one photo file is fetched, not one per format').toEqual([shown.currentSrc]);
      // The smallest candidate that covers the box at this pixel density.
      expect(shown.naturalWidth).toBeGreaterThanOrEqual(Math.min(1600, shown.width * shown.dpr));
      expect(shown.naturalWidth).toBeLessThanOrEqual(Math.max(480, shown.width * shown.dpr * 2));
      expect(shown.height / shown.width).toBeCloseTo(1000 / 1600, 2);
      expect(shown.layoutShift).toBe(0);
      expect(shown.scrollsSideways).toBe(false);
      expect(shown.caption.replace(/\s+/g, ' ')).toBe(`${PHOTO.caption} Photo: ${PHOTO.credit}`);
    });

    it('has no axe violations', async () => {
      const { page, context } = await openPage(browser, article(), { width, colorScheme, bypassCSP: true });
      await page.addScriptTag({ path: AXE_SCRIPT });
      const results = await page.evaluate(() =>
        (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      );
      await context.close();
      expect(results.passes.length).toBeGreaterThan(10);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  },
);

it('keeps the story unbroken on a phone: at most 600 px from the lede to the next paragraph', async () => {
  const { page, context } = await openPage(browser, article(), { width: 320 });
  const gap = await page.evaluate(
    () =>
      document.querySelector('.story-text p')!.getBoundingClientRect().top -
      document.querySelector('p.lede')!.getBoundingClientRect().bottom,
  );
  await context.close();
  expect(gap).toBeLessThanOrEqual(600);
});

it('prints the photo with its caption', async () => {
  const { page, context } = await openPage(browser, article(), { width: 1280 });
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.lead-photo img').isVisible()).toBe(true);
  expect(await page.locator('.lead-photo figcaption').isVisible()).toBe(true);
  await context.close();
});
