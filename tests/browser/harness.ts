/**
 * What every browser test shares: the run's one Chromium (launched by
 * tests/setup/chromium-server.ts, connected to once per file), serving each
 * build on 127.0.0.1, listing the pages a build contains, and opening them.
 *
 * Two ways to open a page. `openPage` gives a fresh context (no cache, no
 * state at all) per visit: for tests that count what a page requests, which a
 * shared cache would hide. `useSharedPage` keeps one context and one tab per
 * variant (width, colour scheme, CSP bypass) for a file's tests, because a
 * context and tab per visit cost more than most checks themselves. A shared
 * tab is reset before every visit so each test sees what a fresh tab would:
 * it goes to about:blank first (the last page's document, focus, fragment,
 * scroll position and script state go with it, and the visit is a new
 * navigation, never a reload that restores the scroll), its media and colour
 * scheme are set back to the variant's screen ones (a test may have emulated
 * print), the viewport to the variant's, and the mouse to the top-left corner
 * where a new tab has it. What it keeps between visits is the HTTP cache,
 * which changes no check made through it.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { SITE_BUILDS, type SiteBuild } from '../support/builds';
import { startStaticServer, type StaticServer } from '../support/static-server';

/** The widths the layout must hold at: small and common phones, a tablet, a laptop. */
export const WIDTHS = [320, 375, 768, 1280] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * Both colour schemes and both a phone and a laptop width, in two visits
 * rather than four: for what depends on either but not on the two together
 * (which files a page requests, whether its styles pass the CSP).
 */
export const SCHEME_AND_WIDTH_PAIRS = [
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 1280 },
] as const;

export interface ServedSite {
  build: SiteBuild;
  server: StaticServer;
}

/** Serve every build (root and sub-path) on its own random port. */
export async function serveAllBuilds(): Promise<ServedSite[]> {
  return Promise.all(SITE_BUILDS.map(async (build) => ({ build, server: await startStaticServer(build.outDir, build.base) })));
}

/**
 * This file's connection to the run's Chromium. Closing it closes the
 * contexts the file opened and leaves the browser to the other files.
 */
export async function connectChromium(): Promise<Browser> {
  const provided = inject('chromium');
  if ('error' in provided) throw new Error(provided.error);
  return chromium.connect(provided.endpoint);
}

/**
 * For a test file: serves every build and connects to Chromium before its
 * tests, closes both after them. Returns accessors, valid once the tests run.
 */
export function useBrowserAndSites(): { browser: () => Browser; site: (index: number) => ServedSite } {
  let browser: Browser | undefined;
  let sites: ServedSite[] = [];
  beforeAll(async () => {
    sites = await serveAllBuilds();
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(sites.map((site) => site.server.close()));
  });
  return { browser: () => browser!, site: (index) => sites[index] };
}

/**
 * The pages a build contains, as paths under its base: "" for the front page,
 * "articles/x/" for an article, "404.html". Found by walking the output, so a
 * new page is tested without anyone listing it.
 */
function builtPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.push(relative(outDir, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
      else if (entry.name === '404.html') pages.push(relative(outDir, path).split(sep).join('/'));
    }
  };
  walk(outDir);
  return pages.sort();
}

/**
 * What a browser test visits in a build. The root build: every page, in every
 * variant the test lists (widths, colour schemes). The sub-path build is the
 * same pages under /news/: what can break there is an address, so it is
 * visited in the first variant only, at every article and at one page of each
 * other kind (the first person page stands for them all).
 */
export function pagesToVisit(build: SiteBuild): string[] {
  const pages = builtPages(build.outDir);
  if (build.base === '/') return pages;
  const seen = new Set<string>();
  return pages.filter((path) => {
    const kind = path.startsWith('articles/') ? path : path.replace(/^([^/]+)\/[^/]+\/$/, '$1/*');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** The variants (widths, colour schemes) a test runs in for a build: all of them at the root, the first under a sub-path. */
export function variantsFor<T>(build: SiteBuild, variants: readonly T[]): readonly T[] {
  return build.base === '/' ? variants : variants.slice(0, 1);
}

export interface OpenOptions {
  width: number;
  colorScheme?: ColorScheme;
  /** Inject scripts despite any Content-Security-Policy (for axe only; the site itself ships none). */
  bypassCSP?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, in order, including those made after load. */
  requests: Request[];
  /**
   * Resolves once no request has been in flight for `quietMs`: "nothing more
   * is coming", as Playwright's networkidle says with a fixed 500 ms.
   */
  settled: (quietMs: number) => Promise<void>;
}

const HEIGHT = 800;

function contextFor(browser: Browser, options: OpenOptions): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width, height: HEIGHT },
    colorScheme: options.colorScheme ?? 'light',
    bypassCSP: options.bypassCSP ?? false,
  });
}

/** Open `url` in a fresh context (no shared cache or focus state) at the given width and colour scheme. */
export async function openPage(browser: Browser, url: string, options: OpenOptions): Promise<OpenedPage> {
  const context = await contextFor(browser, options);
  const requests: Request[] = [];
  // A data: URL reaches no server, and Chromium reports no end for it: it is recorded but never waited for.
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  context.on('request', (request) => {
    requests.push(request);
    if (!request.url().startsWith('data:')) inFlight.add(request);
    lastChange = Date.now();
  });
  const ended = (request: Request): void => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  const settled = async (quietMs: number): Promise<void> => {
    while (inFlight.size > 0 || Date.now() - lastChange < quietMs) await new Promise((done) => setTimeout(done, 10));
  };
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests, settled };
}

/**
 * For a test file: `visit(url, variant)` loads `url` in the file's tab for that
 * variant, reset as the header says, and returns the tab. The tabs close after
 * the file's tests; a test never closes one.
 */
export function useSharedPage(browser: () => Browser): (url: string, options: OpenOptions) => Promise<Page> {
  const tabs = new Map<string, Promise<Page>>();
  afterAll(async () => {
    await Promise.all([...tabs.values()].map(async (tab) => (await tab).context().close()));
  });
  return async (url, options) => {
    const colorScheme = options.colorScheme ?? 'light';
    const key = JSON.stringify([options.width, colorScheme, options.bypassCSP ?? false]);
    if (!tabs.has(key))
      tabs.set(
        key,
        contextFor(browser(), options).then((context) => context.newPage()),
      );
    const page = await tabs.get(key)!;
    await page.goto('about:blank');
    await page.emulateMedia({ media: 'screen', colorScheme });
    await page.setViewportSize({ width: options.width, height: HEIGHT });
    await page.mouse.move(0, 0);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
}
