/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page
 * whose key and code are unchanged is restored from the last build instead of
 * rendered. A page's key is the digest of its props (`keyedPath`), and its
 * props hold everything it shows that can change, so a page is never
 * restored stale; code changes are Astro's to see (the page's module
 * graph, the config and the lockfile are part of its check), and a change to
 * the Markdown pipeline re-renders the entries, which changes their keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every file under `path` (or `path` itself), in a stable order. */
export function filesUnder(path: string): string[] {
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => filesUnder(join(path, name)))
    : [path];
}

/** A digest of the files under `sources` (paths relative to `root`; missing ones are skipped): code whose output a cache keeps. */
export function codeFingerprint(root: string, sources: readonly string[]): string {
  const hash = createHash('sha256');
  const present = sources.map((source) => join(root, source)).filter((path) => existsSync(path));
  for (const file of present.flatMap(filesUnder)) {
    hash
      .update(`${file.slice(root.length)}\n`)
      .update(readFileSync(file))
      .update('\n');
  }
  return hash.digest('base64url');
}

/**
 * A digest of the code that turns an article file into its entry: the
 * Markdown pipeline and its plugins (the folders that were src/lib/), the schema and config, and
 * the locked dependency versions. The content layer keeps rendered entries
 * between builds and only knows when a file changed, not when this code did.
 */
export function pipelineFingerprint(root: string): string {
  return codeFingerprint(root, [
    'src/text',
    'src/article',
    'src/quotes',
    'src/figures',
    'src/cache',
    'src/loading',
    'src/markdown',
    'src/newsroom',
    'src/page-data',
    'src/social-card',
    'src/wire',
    'src/integrations/sitemap-dates.ts',
    'src/integrations/response-headers.ts',
    'src/integrations/inline-styles.ts',
    'src/content.config.ts',
    'src/site.config.ts',
    'astro.config.mjs',
    'package-lock.json',
  ]);
}
