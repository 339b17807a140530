/**
 * Writes `_headers` into the build once every page is written: its rules sit
 * under the configured base path, and its Content-Security-Policy allows the
 * inline stylesheets of exactly the pages built, and on /search/ only that
 * page's own and its scripts (see src/integrations/response-headers.ts).
 * It must come after every integration that writes files of its own (the
 * sitemap), so that each of them gets its cache rule. A page's hashes are
 * kept in Astro's cacheDir, so a rebuild parses only the pages that changed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, styleHash } from './response-headers.ts';
import { inlineStylesheets } from './inline-styles.ts';
import { integrationFingerprint } from '../cache/fingerprints.ts';
import { derivedCache } from '../cache/derived-cache.ts';
import { builtPages } from './built-pages.ts';
import { SEARCH_PATH } from '../page-data/urls.ts';

export function headersFileIntegration(): AstroIntegration {
  let base = '/';
  let root = '';
  let cacheFile = '';
  return {
    name: 'headers-file',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
        cacheFile = fileURLToPath(new URL('inline-style-hashes.json', config.cacheDir));
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cache = derivedCache<string[]>(cacheFile, integrationFingerprint(root));
        const stylesheetHashes = (html: string) => inlineStylesheets(html).map(styleHash);
        const hashesOf = (files: string[]) =>
          new Set(files.flatMap((file) => cache.get(readFileSync(file, 'utf8'), stylesheetHashes)));
        const pages = builtPages(outDir);
        const hashes = hashesOf(pages);
        const searchHashes = hashesOf(
          pages.filter((file) => relative(outDir, file).split(sep).join('/').startsWith(SEARCH_PATH)),
        );
        const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          isDirectory: entry.isDirectory(),
        }));
        cache.save();
        writeFileSync(
          join(outDir, '_headers'),
          headersFile({ base, styleHashes: [...hashes], searchStyleHashes: [...searchHashes], entries }),
        );
        logger.info(`_headers written for ${base}, allowing ${hashes.size} inline stylesheets by hash`);
      },
    },
  };
}
