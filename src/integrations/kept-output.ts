/**
 * Lets a warm build keep the last build's files in outDir. Astro would empty
 * outDir first and copy back every page it skips from its cache: at 10,000
 * articles, deleting and copying back 26,000 files was a third of a rebuild
 * with nothing changed. With Vite's emptyOutDir off (astro.config.mjs), Astro
 * leaves a skipped page where it is, and this integration does the rest:
 *
 * - `sweep`, first of the build:done hooks, removes every file the build
 *   neither wrote nor kept as a page's output (a deleted article's page and
 *   card, a list page that no longer exists, an old stylesheet), so outDir
 *   holds what a cold build writes; the later hooks write their own files anew,
 *   except the folders they keep up to date themselves (`ownFolders`: the
 *   search index's years, each rewritten only when its pages changed).
 * - `seal`, the last hook, records outDir as this build left it (each file's
 *   path, size and time) in cacheDir. A build whose outDir is not as recorded
 *   (a build with another cache wrote there, a file was edited, the last
 *   build failed) empties it first, as Astro would.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { digestOf, filesUnder } from '../cache/cache-keys.ts';

/** A digest of `outDir` (where it is, so one cache never vouches for another folder) and of every file under it: path, size and time. */
function listing(outDir: string): string {
  if (!existsSync(outDir)) return '';
  const files = filesUnder(outDir).map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `${relative(outDir, file)} ${size} ${mtimeMs}`;
  });
  return digestOf([outDir, ...files].join('\n'));
}

function emptyFolder(folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true, force: true });
}

/**
 * Walks `folder` once: removes each file that `keep` refuses, then each folder
 * left holding no file (a deleted article's). Says whether `folder` is now empty.
 */
function sweepFolder(folder: string, keep: (file: string) => boolean): boolean {
  let left = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() ? sweepFolder(path, keep) : !keep(path)) {
      rmSync(path, { recursive: true });
    } else left += 1;
  }
  return left === 0;
}

export function keptOutput(ownFolders: readonly string[]): { sweep: AstroIntegration; seal: AstroIntegration } {
  let outDir = '';
  let publicDir = '';
  let stampFile = '';
  let started = 0;
  const sweep: AstroIntegration = {
    name: 'kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        stampFile = fileURLToPath(new URL('kept-output.txt', config.cacheDir));
      },
      'astro:build:start': () => {
        const recorded = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : undefined;
        if (recorded !== listing(outDir)) emptyFolder(outDir);
        // Until this build ends well, outDir is not as any build left it.
        rmSync(stampFile, { force: true });
        // A second early: a file's time comes from a clock coarser than Date.now().
        started = Date.now() - 1000;
      },
      'astro:build:done': ({ assets }) => {
        const outputs = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const owned = ownFolders.map((folder) => join(outDir, folder));
        const keep = (file: string) =>
          owned.some((folder) => file.startsWith(folder)) ||
          outputs.has(file) ||
          existsSync(join(publicDir, relative(outDir, file))) ||
          statSync(file).mtimeMs >= started;
        if (existsSync(outDir)) sweepFolder(outDir, keep);
      },
    },
  };
  const seal: AstroIntegration = {
    name: 'kept-output-seal',
    hooks: {
      'astro:build:done': () => {
        mkdirSync(dirname(stampFile), { recursive: true });
        writeFileSync(stampFile, listing(outDir));
      },
    },
  };
  return { sweep, seal };
}
