/**
 * What a page loads: only files from the site's own server (no fonts, analytics
 * or CDN from elsewhere, so a reader's visit is seen by no third party), no
 * JavaScript at all but on the search pages (/search/, /fr/search/), and nothing that is missing.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { ROOT_BUILD, SITE_BUILDS } from '../support/builds';
import { startStaticServer, type StaticServer } from '../support/static-server';
import {
  SCHEME_AND_WIDTH_PAIRS,
  openPage,
  pagesToVisit,
  useBrowserAndSites,
  variantsFor,
  type OpenOptions,
  type ServedSite,
} from './harness';

const { browser, site: servedSite } = useBrowserAndSites();

/**
 * How long no request may be in flight before a page counts as done. The
 * browser asks for what a scroll or print media reveals at its next frame
 * (waited for below), and nothing the site serves starts a request on a timer
 * (its only script, search's, asks for nothing without a query), so a short
 * window proves what networkidle's 500 ms did; the test of a tampered page
 * below shows it still catches a lazy image and a print-only one.
 */
const QUIET_MS = 100;

/** Resolves after the browser has drawn a frame: style, layout and the lazy-load check done since the call. */
function nextFrame(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/**
 * Opens `url` in a fresh context (so nothing comes from another page's cache)
 * and returns every request it made once it has asked for all it will:
 * scrolled through, so lazily loaded images and fonts are requested too, then
 * in print media, for print-only assets.
 */
async function everyRequest(
  browser: Browser,
  url: string,
  options: OpenOptions,
): Promise<{ requests: Request[]; context: BrowserContext }> {
  const { page, context, requests, settled } = await openPage(browser, url, options);
  await page.evaluate(() => scrollTo(0, document.scrollingElement!.scrollHeight));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(nextFrame);
  await settled(QUIET_MS);
  return { requests, context };
}

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build', ({ index }) => {
  const site = (): ServedSite => servedSite(index);

  describe.each(variantsFor(SITE_BUILDS[index], SCHEME_AND_WIDTH_PAIRS))(
    '$colorScheme at $width px',
    ({ colorScheme, width }) => {
      it.each(pagesToVisit(SITE_BUILDS[index]))('/%s loads only local, script-free resources', async (path) => {
        const { requests, context } = await everyRequest(browser(), site().server.url + path, { width, colorScheme });

        const { host } = site().server;
        const offsite = requests.map((r) => r.url()).filter((url) => !url.startsWith('data:') && new URL(url).host !== host);
        expect(offsite, `requests to hosts other than ${host}`).toEqual([]);
        const scripts = requests.filter((r) => r.resourceType() === 'script').map((r) => r.url());
        // Search alone runs a script, each edition's (tests/browser/search.test.ts); with no query it loads nothing more.
        if (['search/', 'fr/search/'].includes(path))
          expect(scripts, 'JavaScript requested').toEqual([expect.stringMatching(/\/_astro\/[^/]+\.js$/)]);
        else expect(scripts, 'JavaScript requested').toEqual([]);

        // Every subresource the page asked for exists (the document itself is 404 on the 404 page).
        const failed: string[] = [];
        for (const request of requests) {
          if (request.url().startsWith('data:') || request.resourceType() === 'document') continue;
          const response = await request.response();
          if (!response || response.status() >= 400) failed.push(`${response?.status() ?? 'no response'} ${request.url()}`);
        }
        expect(failed, 'subresources that failed to load').toEqual([]);
        await context.close();
      });
    },
  );
});

describe('the wait for every request (so that these tests can fail)', () => {
  // A page of its own, served without the site's policy, with the site's logo as two images it asks
  // for late: one lazily loaded far below the fold, one a background in print media only.
  const copy = mkdtempSync(join(tmpdir(), 'requests-late-'));
  let server: StaticServer | undefined;
  beforeAll(async () => {
    for (const name of ['far-down.png', 'print-only.png']) cpSync(join(ROOT_BUILD.outDir, 'logo.png'), join(copy, name));
    writeFileSync(
      join(copy, 'late.html'),
      '<!doctype html><html lang="en"><title>Late</title>' +
        '<style>@media print { h1 { background: url(print-only.png) } }</style>' +
        '<h1>Late</h1><div style="height: 20000px"></div>' +
        '<img src="far-down.png" loading="lazy" alt="" width="100" height="100"></html>',
    );
    server = await startStaticServer(copy, '/');
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });
  const names = (requests: Request[]): string[] => requests.map((r) => new URL(r.url()).pathname);

  it.each(SCHEME_AND_WIDTH_PAIRS)(
    'records an image asked for only once scrolled to and one asked for only in print, $colorScheme at $width px',
    async ({ colorScheme, width }) => {
      const url = `${server!.url}late.html`;
      const atLoad = await openPage(browser(), url, { width, colorScheme });
      const seenAtLoad = names(atLoad.requests);
      await atLoad.context.close();
      // Neither is asked for at load: it is the scroll and the print media that bring them.
      expect(seenAtLoad).toContain('/late.html');
      expect(seenAtLoad).not.toContain('/far-down.png');
      expect(seenAtLoad).not.toContain('/print-only.png');

      const { requests, context } = await everyRequest(browser(), url, { width, colorScheme });
      await context.close();
      expect(names(requests)).toEqual(expect.arrayContaining(['/far-down.png', '/print-only.png']));
    },
  );
});
