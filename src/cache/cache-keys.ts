/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged is restored from the last build instead of
 * rendered. A page's key is the digest of its props (`keyedPath`), and its
 * props hold everything it shows that can change, so a page is never
 * restored stale; code changes are Astro's to see (the page's module
 * graph, the config and the lockfile are part of its check), and a change to
 * the Markdown pipeline re-renders the entries (fingerprints.ts), which
 * changes their keys.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of some text: a page's bytes, a list of such digests. */
export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function cacheKeyOf(...shown: unknown[]): string {
  return digestOf(JSON.stringify(shown));
}

/** A route's path for getStaticPaths, keyed on its props: nothing its template reads is then left out of the key. */
export function keyedPath<Params, Props>(params: Params, props: Props): { params: Params; props: Props; cacheKey: string } {
  return { params, props, cacheKey: cacheKeyOf(props) };
}

/**
 * Every file under `path` (or `path` itself), in a stable order. Each folder's
 * listing says which of its names are folders, so a file is never looked up
 * on its own: a warm build lists its whole output (kept-output.ts) twice.
 */
export function filesUnder(path: string): string[] {
  return statSync(path).isDirectory() ? filesIn(path) : [path];
}

function filesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesIn(path);
      return entry.isSymbolicLink() ? filesUnder(path) : [path];
    });
}
