/**
 * Writes `_headers` into the build once every page is written: its rules sit
 * under the configured base path, and its Content-Security-Policy allows the
 * inline stylesheets of exactly the pages built, and on each edition's search
 * page (/search/, /fr/search/) only that page's own and its scripts (see
 * src/integrations/response-headers.ts). An edition's folder (fr/) is listed
 * entry by entry, as the top level is, so that its search page has a rule of its own.
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
import { SEARCH_PATH, editionPath } from '../page-data/urls.ts';
import { DEFAULT_EDITION, EDITION_LANGUAGES } from '../article/language.ts';

/** Every edition's search page folder: "search/", "fr/search/". */
const SEARCH_PATHS = EDITION_LANGUAGES.map((edition) => editionPath(edition, SEARCH_PATH));
const EDITION_FOLDERS = new Set(EDITION_LANGUAGES.filter((edition) => edition !== DEFAULT_EDITION));

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
        const searchPages = SEARCH_PATHS.map((path) => join(outDir, path));
        const searchHashes = routeStyleHashes(
          routes.filter((files) => files.some((file) => searchPages.some((page) => fileURLToPath(file).startsWith(page)))),
        );
        const listed = (folder: string): { name: string; isDirectory: boolean }[] =>
          readdirSync(join(outDir, folder), { withFileTypes: true }).flatMap((entry) => {
            const name = `${folder}${entry.name}`;
            if (folder === '' && entry.isDirectory() && EDITION_FOLDERS.has(entry.name)) return listed(`${name}/`);
            return [{ name, isDirectory: entry.isDirectory() }];
          });
        const entries = listed('');
        writeFileSync(
          join(outDir, '_headers'),
          headersFile({ base, styleHashes: [...hashes], searchStyleHashes: [...searchHashes], entries }),
        );
        logger.info(`_headers written for ${base}, allowing ${hashes.size} inline stylesheets by hash`);
      },
    },
  };
}
