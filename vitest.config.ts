import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'content',
          // The live articles, checked for what an edit can break (npm run check runs this project alone).
          include: ['tests/content/**/*.test.ts'],
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the site (root and sub-path) once, before the tests that read it.
          globalSetup: ['tests/setup/build-site.ts'],
          hookTimeout: 600_000,
          testTimeout: 120_000,
          // Several of these tests run whole builds; two at once would share Astro's content cache.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          // End-to-end tests in Debian's Chromium against the built site served on 127.0.0.1.
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-site.ts'],
          hookTimeout: 600_000,
          // Each test opens many pages (every width, scheme and build).
          testTimeout: 180_000,
          // One Chromium at a time: the machines this runs on have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
