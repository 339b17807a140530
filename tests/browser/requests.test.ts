/**
 * What a page loads: only files from the site's own server (no fonts, analytics
 * or CDN from elsewhere, so a reader's visit is seen by no third party), no
 * JavaScript at all but on /search/, and nothing that is missing.
 */
import { describe, expect, it } from 'vitest';
import { SITE_BUILDS } from '../support/builds';
import { SCHEME_AND_WIDTH_PAIRS, openPage, pagesToVisit, useBrowserAndSites, variantsFor, type ServedSite } from './harness';

const { browser, site: servedSite } = useBrowserAndSites();

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))('$name build', ({ index }) => {
  const site = (): ServedSite => servedSite(index);

  describe.each(variantsFor(SITE_BUILDS[index], SCHEME_AND_WIDTH_PAIRS))(
    '$colorScheme at $width px',
    ({ colorScheme, width }) => {
      it.each(pagesToVisit(SITE_BUILDS[index]))('/%s loads only local, script-free resources', async (path) => {
        const { page, context, requests } = await openPage(browser(), site().server.url + path, { width, colorScheme });
        // Scroll through the page so lazily loaded images and fonts are requested too, then print (print-only assets).
        await page.evaluate(() => scrollTo(0, document.scrollingElement!.scrollHeight));
        await page.emulateMedia({ media: 'print' });
        await page.waitForLoadState('networkidle');

        const { host } = site().server;
        const offsite = requests.map((r) => r.url()).filter((url) => !url.startsWith('data:') && new URL(url).host !== host);
        expect(offsite, `requests to hosts other than ${host}`).toEqual([]);
        const scripts = requests.filter((r) => r.resourceType() === 'script').map((r) => r.url());
        // Search alone runs a script (tests/browser/search.test.ts); with no query it loads nothing more.
        if (path === 'search/') expect(scripts, 'JavaScript requested').toEqual([expect.stringMatching(/\/_astro\/[^/]+\.js$/)]);
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
