/**
 * The site's integrations, in the order their build:done hooks must run
 * (article-facts, which reads the article files once for the sitemap and the
 * search index, has none):
 *
 * 1. keptOutput.sweep clears what the build did not write, before the others write theirs;
 * 2. the sitemap;
 * 3. Pagefind indexes the years whose article pages changed (kept.sweep leaves its folder to it);
 * 4. the headers file gives a cache rule to every file the others wrote (the search bundle too);
 * 5. keptOutput.seal records the finished outDir.
 */
import type { AstroIntegration } from 'astro';
import { headersFileIntegration } from './headers-file.ts';
import { keptOutput } from './kept-output.ts';
import { PAGEFIND_FOLDER, pagefindIntegration } from './pagefind.ts';
import { sitemapIntegrations } from './sitemap.ts';
import { articleFacts } from './article-facts.ts';

export function siteIntegrations(): AstroIntegration[] {
  const kept = keptOutput([PAGEFIND_FOLDER]);
  const facts = articleFacts();
  return [
    facts.integration,
    kept.sweep,
    ...sitemapIntegrations(() => facts.read().dates),
    pagefindIntegration(() => facts.read().years),
    headersFileIntegration(),
    kept.seal,
  ];
}
