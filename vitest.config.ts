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
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the site (root and sub-path) once, before the tests that read it.
          globalSetup: ['tests/setup/build-site.ts'],
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
