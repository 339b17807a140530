// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site.config.ts';
import { articleProcessor } from './src/markdown/processor.ts';
import { siteIntegrations } from './src/integrations/index.ts';
import { DEFAULT_EDITION, EDITION_LANGUAGES } from './src/article/language.ts';

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.defaultSiteUrl,
  base: process.env.BASE_PATH || siteConfig.defaultBase,
  // Tests and the benchmark give each build its own cache (and ARTICLES_DIR its own articles).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // One edition per language siteConfig.editions lists (src/article/language.ts): the default at the
  // root, the others under their tag (/fr/). Pages read their edition as Astro.currentLocale.
  i18n: {
    locales: [...EDITION_LANGUAGES],
    defaultLocale: DEFAULT_EDITION,
    routing: { prefixDefaultLocale: false },
  },
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
  // In the order their hooks must run: see src/integrations/index.ts.
  integrations: siteIntegrations(),
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
