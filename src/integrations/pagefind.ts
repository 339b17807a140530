/**
 * Builds the search index once every page is written: Pagefind reads the
 * built article pages (only what they mark with data-pagefind-body: the
 * headline, standfirst and body; no other page has any) and writes its bundle, the script,
 * WebAssembly and index fragments that only /search/ loads, into `pagefind/`.
 * The index covers the whole output, restored pages included, so it never
 * lags the pages. A rebuild in which no page changed takes the bundle of the
 * last build from Astro's cacheDir, kept under a digest of every article page
 * and of the code: indexing a large archive again would give the same bytes.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { digestOf } from '../cache/cache-keys.ts';
import { integrationFingerprint } from '../cache/fingerprints.ts';
import { builtPages } from './built-pages.ts';
import { ARTICLES_PATH } from '../page-data/urls.ts';

/** Where Pagefind looks: reading the other pages (a large archive's lists) would double its work for nothing. */
const ARTICLE_PAGES = `${ARTICLES_PATH}**/*.html`;

/** A digest of every article page (its path and bytes) and of the code that indexes them. */
function pagesDigest(outDir: string, code: string): string {
  const pages = builtPages(outDir)
    .map((page) => relative(outDir, page).split(sep).join('/'))
    .filter((page) => page.startsWith(ARTICLES_PATH));
  return digestOf([code, ...pages.map((page) => `${page} ${digestOf(readFileSync(join(outDir, page), 'utf8'))}`)].join('\n'));
}

async function indexPages(outDir: string, bundle: string): Promise<number> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
    const written = await index.writeFiles({ outputPath: bundle });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return added.page_count;
  } finally {
    await close();
  }
}

export function pagefindIntegration(): AstroIntegration {
  let root = '';
  let cached = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cached = fileURLToPath(new URL('pagefind/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
        const digest = pagesDigest(outDir, integrationFingerprint(root));
        const digestFile = join(cached, 'pages-digest.txt');
        if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) {
          cpSync(join(cached, 'bundle'), bundle, { recursive: true });
          logger.info('search index: no page changed, bundle taken from the cache');
          return;
        }
        const count = await indexPages(outDir, bundle);
        rmSync(cached, { recursive: true, force: true });
        cpSync(bundle, join(cached, 'bundle'), { recursive: true });
        writeFileSync(digestFile, digest);
        logger.info(`search index: ${count} stories`);
      },
    },
  };
}
