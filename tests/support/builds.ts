import { resolve } from 'node:path';

export interface SiteBuild {
  name: string;
  outDir: string;
  site: string;
  base: string;
}

const root = resolve(import.meta.dirname, '../..');

/** The two deploys every test checks: a domain root and a sub-path. */
export const SITE_BUILDS: readonly SiteBuild[] = [
  { name: 'root', outDir: resolve(root, 'dist'), site: 'https://example.org', base: '/' },
  { name: 'sub-path', outDir: resolve(root, 'tests/.output/news'), site: 'https://example.org', base: '/news/' },
];

export const ROOT_BUILD = SITE_BUILDS[0]!;
export const NEWS_BUILD = SITE_BUILDS[1]!;

export const ARTICLE_SLUG = 'ukraine-leader-calls-for-talks-with-russia';
