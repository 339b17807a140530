import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files run side by side, one more than the cores (three on two, where vitest's default is
 * one): most of the time goes to builds and Chromium, child processes the workers wait on, and
 * each file builds in a copy of the project of its own (tests/support/builds.ts), so no two
 * builds share Astro's .astro/. Every project shares these workers (one value, so vitest runs
 * them as one group: a long browser file runs beside builds rather than after them).
 */
const maxWorkers = Math.max(3, availableParallelism() + 1);

/**
 * A worker runs its files one after another in one module graph, not a fresh one per file:
 * importing src/ and the test helpers again for every file was 45% of the unit project's CPU
 * time, and about a quarter of a second per site or browser file. Each file still evaluates
 * itself anew (its own folders, builds and browser contexts); a file that changes what the
 * others share (process.env, a mock, the working directory) restores it before it ends.
 */
const isolate = false;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers,
          isolate,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'content',
          // The live articles, checked for what an edit can break (npm run check runs this project alone).
          include: ['tests/content/**/*.test.ts'],
          maxWorkers,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          maxWorkers,
          isolate,
          // Builds the site (root and sub-path) once, before the tests that read it.
          globalSetup: ['tests/setup/build-site.ts'],
          hookTimeout: 600_000,
          testTimeout: 120_000,
          // A file's concurrent tests (each a build or sync, one core's work) two at a time.
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'browser',
          // End-to-end tests in Debian's Chromium against the built site served on 127.0.0.1.
          include: ['tests/browser/**/*.test.ts'],
          // The builds, then one Chromium every file connects to (tests/browser/harness.ts).
          globalSetup: ['tests/setup/build-site.ts', 'tests/setup/chromium-server.ts'],
          hookTimeout: 600_000,
          // Each test opens many pages (every width, scheme and build).
          testTimeout: 180_000,
          // A file's Chromium beside another file's build or Chromium: a browser test mostly waits
          // on one renderer, so two files at a time keep both cores busy.
          maxWorkers,
          isolate,
        },
      },
    ],
  },
});
