/**
 * Fingerprints of the code whose output a cache keeps between builds. A cache
 * knows when its input changed (an article file, a page's bytes), not when the
 * code that turned that input into its output did: the fingerprint is that
 * code, and a cache whose fingerprint changed is thrown away.
 *
 * Each fingerprint is a set of folders chosen by the layer rules (README,
 * "Layers"; eslint.config.js enforces them), so it is complete by
 * construction: the loader and the Markdown pipeline may import only the
 * folders below them, so those folders are all the code that turns an
 * article file into its entry. Editing the newsroom, the page data, the social
 * card or the wire desk leaves the articles' rendered entries in place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './cache-keys.ts';

/** The configs and the locked dependency versions, which every cache depends on. */
const CONFIGS = ['src/site.config.ts', 'astro.config.mjs', 'package-lock.json'];

/** What turns an article file into its entry: the content config, the loader, the pipeline and all they may import. */
export const PIPELINE_SOURCES = [
  'src/content.config.ts',
  ...['text', 'article', 'quotes', 'figures', 'cache', 'loading', 'markdown'].map((folder) => `src/${folder}`),
  ...CONFIGS,
];

/** What derives data from the built pages (style hashes, the search index): the integrations and what they may import. */
export const INTEGRATION_SOURCES = [
  'src/integrations',
  'src/text',
  'src/article',
  'src/cache',
  'src/loading/articles-folder.ts',
  'src/page-data/urls.ts',
  ...CONFIGS,
];

/** A digest of the files under `sources` (paths relative to `root`; missing ones are skipped). */
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

/** The fingerprint of the code that turns an article file into its entry (the content layer keeps the entries). */
export function pipelineFingerprint(root: string): string {
  return codeFingerprint(root, PIPELINE_SOURCES);
}

/** The fingerprint of the code that derives what the integrations keep from the built pages. */
export function integrationFingerprint(root: string): string {
  return codeFingerprint(root, INTEGRATION_SOURCES);
}
