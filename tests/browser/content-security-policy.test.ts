/**
 * The Content-Security-Policy as a browser enforces it: every page of both
 * builds, served with its build's `_headers` applied as Netlify and
 * Cloudflare Pages apply them, loads and is styled by its inline CSS without
 * a single CSP violation in Chromium, light and dark, phone and laptop.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTICLE_SLUG, ROOT_BUILD, SITE_BUILDS } from '../support/builds';
import { PHOTO_BUILD } from '../support/photo-build';
import { startStaticServer } from '../support/static-server';
import {
  SCHEME_AND_WIDTH_PAIRS,
  pagesToVisit,
  useBrowserAndSites,
  variantsFor,
  type ColorScheme,
  type ServedSite,
} from './harness';

const { browser, site: servedSite } = useBrowserAndSites();

interface Visit {
  status: number;
  policy: string | undefined;
  violations: string[];
  /** The page's background colour: the inline stylesheet's, if it applied. */
  background: string;
}

/** Opens a page in a fresh context that records every CSP violation from the start of the document. */
async function visit(browser: Browser, url: string, width: number, colorScheme: ColorScheme): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  // Injected by the browser's debugging protocol, not by the page: the policy does not apply to it.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}: ${event.sample}`);
    });
  });
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  // Violation events are queued as tasks; let them arrive.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  const result = await page.evaluate(() => ({
    violations: (window as unknown as { cspViolations: string[] }).cspViolations,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  await context.close();
  return { status: response?.status() ?? 0, policy: response?.headers()['content-security-policy'], ...result };
}

const PAPER: Record<ColorScheme, string> = { light: 'rgb(253, 252, 248)', dark: 'rgb(20, 20, 19)' };

describe.each(SITE_BUILDS.map((build, index) => ({ name: build.name, index })))(
  '$name build, with _headers applied',
  ({ index }) => {
    const site = (): ServedSite => servedSite(index);

    describe.each(variantsFor(SITE_BUILDS[index], SCHEME_AND_WIDTH_PAIRS))(
      '$colorScheme at $width px',
      ({ colorScheme, width }) => {
        it.each(pagesToVisit(SITE_BUILDS[index]))('/%s is styled, with no CSP violation', async (path) => {
          const result = await visit(browser(), site().server.url + path, width, colorScheme);
          expect(result.policy, 'the server sends the policy from _headers').toMatch(/^default-src 'none'; style-src 'sha256-/);
          expect(result.policy).not.toContain('unsafe-inline');
          expect(result.violations).toEqual([]);
          expect(result.background, 'the inline stylesheet applied').toBe(PAPER[colorScheme]);
        });
      },
    );
  },
);

describe('the lead-photo build, with _headers applied', () => {
  it.each([375, 1280])('shows the photo at %i px with no CSP violation', async (width) => {
    const server = await startStaticServer(PHOTO_BUILD.outDir, PHOTO_BUILD.base);
    try {
      const result = await visit(browser(), `${server.url}articles/${ARTICLE_SLUG}/`, width, 'light');
      expect(result.status).toBe(200);
      expect(result.violations).toEqual([]);
      expect(result.background).toBe(PAPER.light);
    } finally {
      await server.close();
    }
  });
});

describe('the violation listener (so that these tests can fail)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'csp-tampered-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('reports an inline style the policy has no hash for', async () => {
    cpSync(ROOT_BUILD.outDir, copy, { recursive: true });
    const file = join(copy, 'articles', ARTICLE_SLUG, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', '<style>body{outline:1px solid red}</style></head>'));
    const server = await startStaticServer(copy, ROOT_BUILD.base);
    try {
      const result = await visit(browser(), `${server.url}articles/${ARTICLE_SLUG}/`, 375, 'light');
      expect(result.violations).toEqual(['style-src-elem refused inline: ']);
      // The page's own stylesheets, hashed in _headers, still apply.
      expect(result.background).toBe(PAPER.light);
    } finally {
      await server.close();
    }
  });
});
