import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files run side by side, two at a time even on two cores (where vitest's default is one):
 * most of the time goes to builds, child processes of the workers, and each file builds in a copy
 * of the project of its own (tests/support/builds.ts), so no two builds share Astro's .astro/.
 * Every project shares these workers (one value, so vitest runs them as one group: a long
 * browser file runs beside builds rather than after them).
 */
const maxWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers,
          // A worker runs its unit files in one module graph rather than a fresh one per file: the
          // files test pure logic, and importing src/ again for each of 95 files was 45% of the
          // project's CPU time. A file that changes shared state (process.env, a mock) restores it.
          isolate: false,
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
        },
      },
    ],
  },
});
