// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteConfig } from './src/site.config.ts';
import { remarkArticle } from './src/lib/remark-article.ts';
import { remarkBodyRules } from './src/lib/body-rules.ts';

export default defineConfig({
  site: process.env.SITE_URL || siteConfig.defaultSiteUrl,
  base: process.env.BASE_PATH || siteConfig.defaultBase,
  trailingSlash: 'always',
  // Two articles with one slug must stop the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  build: {
    format: 'directory',
    // External stylesheets keep the Content-Security-Policy free of 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  markdown: {
    // Astro 7's default processor (Sätteri) runs no remark plugins; unified() does.
    // SmartyPants runs before remarkArticle, which therefore sees curly quotes.
    processor: unified({ gfm: false, smartypants: true, remarkPlugins: [remarkGfm, remarkBodyRules, remarkArticle] }),
  },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
});
