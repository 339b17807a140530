/**
 * Builds the search index once every page is written, one index per year of
 * publication: Pagefind reads the built article pages (only what they mark
 * with data-pagefind-body: the headline, standfirst and body; no other page
 * has any) and writes each year's bundle (the script, WebAssembly and index
 * fragments that only /search/ loads) into `pagefind/<year>/`, and the list
 * of years, newest first, into `pagefind/years.json`; the search page asks
 * every year and lists the newest year's stories first (src/client/search.ts).
 *
 * A year is indexed again only when one of its pages was written by this
 * build (a page's path, size and time, against what the last build
 * recorded): a story added to the archive re-indexes its own year, and each
 * index stays small (a 10,000-story archive in one index took Pagefind 2.7 GB).
 * The index covers the whole output, restored pages included, so it never
 * lags the pages; a year whose bundle is missing from outDir is copied from
 * Astro's cacheDir, where every year's last bundle is kept. Every edition's
 * article pages are indexed; Pagefind splits each bundle by the pages'
 * `<html lang>`, so an edition's search page finds its own language's stories.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { digestOf } from '../cache/cache-keys.ts';
import { integrationFingerprint } from '../cache/fingerprints.ts';
import { ARTICLES_FOLDER } from '../loading/articles-folder.ts';
import { ARTICLES_PATH, editionPath } from '../page-data/urls.ts';
import { EDITION_LANGUAGES } from '../article/language.ts';

/** The folders of every edition's article pages: "articles/", "fr/articles/". */
const ARTICLE_FOLDERS = EDITION_LANGUAGES.map((edition) => editionPath(edition, ARTICLES_PATH));

/** The bundles' folder in outDir, which this integration alone keeps up to date. */
export const PAGEFIND_FOLDER = 'pagefind/';

/** The file that lists the years' bundles, newest first, beside them. */
export const YEARS_FILE = 'years.json';

/**
 * The article pages of each year, of every edition (paths relative to outDir, "articles/x/index.html",
 * "fr/articles/y/index.html"), newest year first.
 * `files` are the build's outputs as Astro lists them, restored pages included: outDir is not walked.
 */
function pagesByYear(outDir: string, files: string[], years: Map<string, string>): Map<string, string[]> {
  const byYear = new Map<string, string[]>();
  for (const file of files.filter((name) => name.endsWith('.html')).sort()) {
    const page = relative(outDir, file).split(sep).join('/');
    if (!ARTICLE_FOLDERS.some((folder) => page.startsWith(folder))) continue;
    const year = years.get(page.replace(/index\.html$/, ''));
    if (year === undefined) throw new Error(`search index: ${page} has no article file in ${ARTICLES_FOLDER}`);
    byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  return new Map([...byYear].sort(([a], [b]) => b.localeCompare(a)));
}

/** A year's pages as this build left them (path, size, time) and the code that indexes them. */
function yearDigest(outDir: string, pages: string[], code: string): string {
  const stamps = pages.map((page) => {
    const { size, mtimeMs } = statSync(join(outDir, page));
    return `${page} ${size} ${mtimeMs}`;
  });
  return digestOf([code, ...stamps].join('\n'));
}

/** Indexes one year's pages into `bundle`, in a Pagefind process of its own that ends with it (and gives its memory back). */
async function indexPages(outDir: string, pages: string[], bundle: string): Promise<void> {
  try {
    const { index, errors } = await createIndex();
    if (!index) throw new Error(errors.join('\n'));
    const problems: string[] = [];
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: page, content: readFileSync(join(outDir, page), 'utf8') });
      problems.push(...added.errors);
    }
    problems.push(...(await index.writeFiles({ outputPath: bundle })).errors);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await close();
  }
}

/** `articleYears` gives this build's year of publication of each article path (article-facts.ts). */
export function pagefindIntegration(articleYears: () => Map<string, string>): AstroIntegration {
  let root = '';
  let cached = '';
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cached = fileURLToPath(new URL('pagefind/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundles = join(outDir, PAGEFIND_FOLDER);
        const code = integrationFingerprint(root);
        const files = [...assets.values()].flat().map((file) => fileURLToPath(file));
        const byYear = pagesByYear(outDir, files, articleYears());
        mkdirSync(bundles, { recursive: true });
        mkdirSync(cached, { recursive: true });
        // What a year no longer listed (or an older layout of the bundle) left behind.
        for (const name of readdirSync(bundles)) if (!byYear.has(name)) rmSync(join(bundles, name), { recursive: true });
        for (const name of readdirSync(cached)) if (!byYear.has(name)) rmSync(join(cached, name), { recursive: true });
        const indexed: string[] = [];
        for (const [year, pages] of byYear) {
          const bundle = join(bundles, year);
          const digestFile = join(cached, year, 'pages-digest.txt');
          const digest = yearDigest(outDir, pages, code);
          if (existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest) {
            if (!existsSync(bundle)) cpSync(join(cached, year, 'bundle'), bundle, { recursive: true });
            continue;
          }
          rmSync(bundle, { recursive: true, force: true });
          await indexPages(outDir, pages, bundle);
          rmSync(join(cached, year), { recursive: true, force: true });
          cpSync(bundle, join(cached, year, 'bundle'), { recursive: true });
          writeFileSync(digestFile, digest);
          indexed.push(year);
        }
        writeFileSync(join(bundles, YEARS_FILE), `${JSON.stringify([...byYear.keys()])}\n`);
        const count = [...byYear.values()].reduce((sum, pages) => sum + pages.length, 0);
        logger.info(
          `search index: ${count} article pages in ${byYear.size} years; indexed again: ${indexed.join(', ') || 'none'}`,
        );
      },
    },
  };
}
