/**
 * Writes `_headers` into the build once every page is written: its rules sit
 * under the configured base path, and its Content-Security-Policy allows the
 * inline stylesheets of exactly the pages built, and on /search/ only that
 * page's own and its scripts (see src/integrations/response-headers.ts).
 * It must come after every integration that writes files of its own (the
 * sitemap), so that each of them gets its cache rule. Every page of one
 * route carries the same stylesheets (Astro bundles a route's CSS from the
 * components it imports, whatever one page of it renders), so one page per
 * route is read, not every page of a large archive; the CSP tests
 * (tests/site/csp.test.ts) check every style of every page against it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, styleHash } from './response-headers.ts';
import { inlineStylesheets } from './inline-styles.ts';
import { SEARCH_PATH } from '../page-data/urls.ts';

/** The hashes of the inline stylesheets of one page of each route (`assets`: each route's files, as Astro gives them). */
function routeStyleHashes(routes: URL[][]): Set<string> {
  const samples = routes.map((files) => files.map((file) => fileURLToPath(file)).find((file) => file.endsWith('.html')));
  return new Set(
    samples.flatMap((page) => (page === undefined ? [] : inlineStylesheets(readFileSync(page, 'utf8')).map(styleHash))),
  );
}

export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const routes = [...assets.values()];
        const hashes = routeStyleHashes(routes);
        const searchPage = join(outDir, SEARCH_PATH);
        const searchHashes = routeStyleHashes(
          routes.filter((files) => files.some((file) => fileURLToPath(file).startsWith(searchPage))),
        );
        const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          isDirectory: entry.isDirectory(),
        }));
        writeFileSync(
          join(outDir, '_headers'),
          headersFile({ base, styleHashes: [...hashes], searchStyleHashes: [...searchHashes], entries }),
        );
        logger.info(`_headers written for ${base}, allowing ${hashes.size} inline stylesheets by hash`);
      },
    },
  };
}
