// @ts-check
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { articleProcessor } from './src/lib/article-processor.ts';
import { normaliseBase } from './src/lib/urls.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/**
 * The sitemap lists the pages that ask to be indexed, each dated by its own
 * article:modified_time (ArticleLayout computes it with lastModified() from the
 * dateline, the update and the corrections). Reading both back from the built
 * page keeps one computation and a sitemap that cannot disagree with the page:
 * a killed story's notice says noindex, so it leaves the sitemap (drafts are
 * never built). --outDir and --base are final only once the config is, hence the hook.
 */
const built = { outDir: new URL('./dist/', import.meta.url), base: '/' };
/** @type {import('astro').AstroIntegration} */
const captureBuildPaths = {
  name: 'sitemap-lastmod-paths',
  hooks: { 'astro:config:done': ({ config }) => void Object.assign(built, { outDir: config.outDir, base: config.base }) },
};
/** @param {import('@astrojs/sitemap').SitemapItem} item */
function sitemapEntry(item) {
  const path = decodeURIComponent(new URL(item.url).pathname).slice(normaliseBase(built.base).length);
  const file = new URL(path === '' || path.endsWith('/') ? `${path}index.html` : path, built.outDir);
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (/<meta name="robots" content="noindex"/.test(html)) return undefined;
  const modified = /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1];
  return modified ? { ...item, lastmod: modified } : item;
}

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.defaultSiteUrl,
  base: process.env.BASE_PATH || siteConfig.defaultBase,
  // Tests and the benchmark give each build its own cache (and ARTICLES_DIR its own articles).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Two pages at one address stop the build instead of one replacing the other
  // (two articles with one slug are caught earlier, by src/lib/article-loader.ts).
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // The CSS travels inside each page, so the first paint needs one response.
    // The Content-Security-Policy allows each inline stylesheet by its hash
    // (src/integrations/headers-file.ts), never with 'unsafe-inline'.
    inlineStylesheets: 'always',
  },
  markdown: {
    // unified() with the site's remark plugins; see src/lib/article-processor.ts.
    processor: articleProcessor(),
  },
  // pagefindIntegration indexes the pages once they are written; headersFileIntegration last:
  // it gives a cache rule to every file the others write (the search bundle too).
  integrations: [captureBuildPaths, sitemap({ serialize: sitemapEntry }), pagefindIntegration(), headersFileIntegration()],
  // Scripts stay files of their own (only /search/ has one), so its Content-Security-Policy
  // allows scripts from the site itself rather than an inline script by hash.
  vite: { build: { assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined) } },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (a digest of what they show) and code are unchanged are restored
  // from the cache instead of rendered: see src/lib/cache-keys.ts. `npm run build:cold` ignores it.
  experimental: { incrementalBuild: true },
});
