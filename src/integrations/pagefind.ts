/**
 * Builds the search index once every page is written: Pagefind reads the
 * built HTML (only what the article pages mark with data-pagefind-body: the
 * headline, standfirst and body) and writes its bundle, the script,
 * WebAssembly and index fragments that only /search/ loads, into `pagefind/`.
 * Every build indexes the whole output afresh, restored pages included, so
 * the index never lags the pages and a warm build's bundle equals a cold one's.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: outDir });
          const written = await index.writeFiles({ outputPath: bundle });
          const problems = [...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          logger.info(`search index: ${added.page_count} stories`);
        } finally {
          await close();
        }
      },
    },
  };
}
