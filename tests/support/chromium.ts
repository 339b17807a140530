/**
 * Debian's Chromium, found and launched the same way by the browser tests and
 * the benchmark. No tool may download a browser of its own here.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

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
  throw new Error(
    `No Chromium found for the browser tests (looked at $CHROME_PATH and /usr/bin/chromium). ${HOW_TO_GET_CHROMIUM}`,
  );
}

/** Each launch gets a fresh temporary profile (Playwright's default), so no state leaks between runs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * The same Chromium, served to other processes on a loopback WebSocket: the
 * browser tests launch one for the run and every test file connects to it
 * (tests/setup/chromium-server.ts), instead of each file launching its own.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, host: '127.0.0.1' });
}
