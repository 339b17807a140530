/**
 * What the integrations derive from the article files, read once per build:
 * the sitemap's dates (sitemap-dates.ts) and the search index's years
 * (publication-years.ts). Each file is read and digested once, however many
 * of them derive something from it, and what it gave is kept in Astro's
 * cacheDir under the digest of its name and bytes (derived-cache.ts), so
 * only a new or edited file has its frontmatter parsed. The cache is dropped
 * when the code deriving it changes (integrationFingerprint: these modules
 * and what they import).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { derivedCache } from '../cache/derived-cache.ts';
import { integrationFingerprint } from '../cache/fingerprints.ts';
import { ARTICLES_FOLDER } from '../loading/articles-folder.ts';
import { publicationYear, type PublicationYear } from './publication-years.ts';
import { sitemapDate, type SitemapDate, type SitemapDates } from './sitemap-dates.ts';

/** Per article path ("articles/x/", relative to the base): its sitemap dates, and its year of publication. */
export interface ArticleFacts {
  dates: Map<string, SitemapDates>;
  years: Map<string, string>;
}

interface Derived {
  dates: SitemapDate;
  year: PublicationYear;
}

function readFacts(folder: string, cache: string, fingerprint: string): ArticleFacts {
  const known = derivedCache<Derived>(cache, fingerprint);
  const facts: ArticleFacts = { dates: new Map(), years: new Map() };
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    const { dates, year } = known.get(`${name}\n${text}`, () => ({
      dates: sitemapDate(name, text),
      year: publicationYear(name, text),
    }));
    if (dates) facts.dates.set(...dates);
    if (year) facts.years.set(...year);
  }
  known.save();
  return facts;
}

/** The hook that says where the facts are cached and forgets the last build's, and `read`, which gives this build's. */
export function articleFacts(): { integration: AstroIntegration; read: () => ArticleFacts } {
  let cache = '';
  let root = '';
  let facts: ArticleFacts | undefined;
  return {
    integration: {
      name: 'article-facts',
      hooks: {
        'astro:config:done': ({ config }) => {
          cache = fileURLToPath(new URL('article-facts.json', config.cacheDir));
          root = fileURLToPath(config.root);
        },
        'astro:build:start': () => {
          facts = undefined;
        },
      },
    },
    read: () => (facts ??= readFacts(ARTICLES_FOLDER, cache, integrationFingerprint(root))),
  };
}
