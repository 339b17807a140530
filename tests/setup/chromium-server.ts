/**
 * One Chromium for the whole browser project, launched before its first test
 * file and closed after its last; each file connects to it
 * (tests/browser/harness.ts) rather than launching one of its own, which cost
 * about a second of both cores per file. Every file still gets contexts of its
 * own, so no page, cache or focus is shared between files.
 * A missing Chromium is handed on as its message, not thrown here: thrown, it
 * would stop the run before any test; handed on, every browser test fails with
 * the way to fix it (tests/browser/chromium.test.ts).
 */
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: { endpoint: string } | { error: string };
  }
}

export default async function startChromium(project: TestProject): Promise<() => Promise<void>> {
  try {
    const server = await launchChromiumServer();
    project.provide('chromium', { endpoint: server.wsEndpoint() });
    return () => server.close();
  } catch (error) {
    project.provide('chromium', { error: error instanceof Error ? error.message : String(error) });
    return () => Promise.resolve();
  }
}
