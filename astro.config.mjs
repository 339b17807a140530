// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { articleProcessor } from './src/markdown/processor.ts';
import { normaliseBase } from './src/page-data/urls.ts';
import { ARTICLES_FOLDER } from './src/loading/articles-folder.ts';
import { sitemapDates } from './src/integrations/sitemap-dates.ts';
import { pipelineFingerprint } from './src/cache/cache-keys.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { keptOutput as keptOutputIntegration } from './src/integrations/kept-output.ts';

/**
 * The sitemap lists the pages that ask to be indexed; each article is dated
 * from its data by the function its page's article:modified_time uses, and a
 * killed story (its notice says noindex) leaves it: see src/integrations/sitemap-dates.ts.
 * Drafts have no page, so the sitemap never meets them. --base is final only
 * once the config is, hence the hook.
 */
let base = '/';
/** @type {() => Map<string, string | null>} */
let readArticleDates;
/** @type {Map<string, string | null> | undefined} */
let articleDates;
/** @type {import('astro').AstroIntegration} */
const captureBase = {
  name: 'sitemap-base',
  hooks: {
    'astro:config:done': ({ config }) => {
      base = config.base;
      const cache = fileURLToPath(new URL('sitemap-dates.json', config.cacheDir));
      // The dates come from the code that turns an article file into its entry.
      readArticleDates = () => sitemapDates(ARTICLES_FOLDER, cache, pipelineFingerprint(fileURLToPath(config.root)));
    },
  },
};
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function sitemapEntry(item) {
  articleDates ??= readArticleDates();
  const path = decodeURIComponent(new URL(item.url).pathname).slice(normaliseBase(base).length);
  const lastmod = articleDates.get(path);
  if (lastmod === null) return undefined;
  return lastmod === undefined ? item : { ...item, lastmod };
}

const keptOutput = keptOutputIntegration();

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.defaultSiteUrl,
  base: process.env.BASE_PATH || siteConfig.defaultBase,
  // Tests and the benchmark give each build its own cache (and ARTICLES_DIR its own articles).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Two pages at one address stop the build instead of one replacing the other
  // (two articles with one slug are caught earlier, by src/loading/article-loader.ts).
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // The CSS travels inside each page, so the first paint needs one response.
    // The Content-Security-Policy allows each inline stylesheet by its hash
    // (src/integrations/headers-file.ts), never with 'unsafe-inline'.
    inlineStylesheets: 'always',
  },
  markdown: {
    // unified() with the site's remark plugins; see src/markdown/processor.ts.
    processor: articleProcessor(),
  },
  // keptOutput.sweep first: it clears what the build did not write before the others write theirs.
  // pagefindIntegration indexes the pages once they are written; headersFileIntegration next to last:
  // it gives a cache rule to every file the others write (the search bundle too); keptOutput.seal
  // records the finished outDir.
  integrations: [
    captureBase,
    keptOutput.sweep,
    sitemap({ serialize: sitemapEntry }),
    pagefindIntegration(),
    headersFileIntegration(),
    keptOutput.seal,
  ],
  vite: {
    build: {
      // Scripts stay files of their own (only /search/ has one), so its Content-Security-Policy
      // allows scripts from the site itself rather than an inline script by hash.
      assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
      // A warm build leaves unchanged pages where they are: see src/integrations/kept-output.ts.
      emptyOutDir: false,
    },
  },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (a digest of what they show) and code are unchanged are restored
  // from the cache instead of rendered: see src/cache/cache-keys.ts. `npm run build:cold` ignores it.
  experimental: { incrementalBuild: true },
});
