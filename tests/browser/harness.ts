/**
 * What every browser test shares: finding Debian's Chromium, launching it the
 * same way each time, serving each build on 127.0.0.1, and listing the pages a
 * build contains.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { SITE_BUILDS, type SiteBuild } from '../support/builds';
import { startStaticServer, type StaticServer } from '../support/static-server';

/** The widths the layout must hold at: small and common phones, a tablet, a laptop. */
export const WIDTHS = [320, 375, 768, 1280] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * Flags for a quiet, reproducible headless run: no GPU, no QUIC, and none of
 * the background traffic (updates, sync, field trials) a normal profile makes,
 * so every request a test sees comes from the page.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_CHROMIUM =
  'Run `npm run install-browser` (or `sudo apt-get install chromium`), or set CHROME_PATH to a Chromium executable.';

/**
 * The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Throws
 * (so the browser tests fail rather than skip) when there is none: a missing
 * browser must not look like a passing run.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_CHROMIUM}`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(`No Chromium found for the browser tests (looked at $CHROME_PATH and /usr/bin/chromium). ${HOW_TO_GET_CHROMIUM}`);
}

/** Each launch gets a fresh temporary profile (Playwright's default), so no state leaks between runs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface ServedSite {
  build: SiteBuild;
  server: StaticServer;
}

/** Serve every build (root and sub-path) on its own random port. */
export async function serveAllBuilds(): Promise<ServedSite[]> {
  return Promise.all(SITE_BUILDS.map(async (build) => ({ build, server: await startStaticServer(build.outDir, build.base) })));
}

/**
 * The pages a build contains, as paths under its base: "" for the front page,
 * "articles/x/" for an article, "404.html". Found by walking the output, so a
 * new page is tested without anyone listing it.
 */
export function builtPages(outDir: string): string[] {
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
}

/** Open `url` in a fresh context (no shared cache or focus state) at the given width and colour scheme. */
export async function openPage(browser: Browser, url: string, options: OpenOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    bypassCSP: options.bypassCSP ?? false,
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests };
}
