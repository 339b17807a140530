/**
 * What a build derives from a file's bytes (an article file's sitemap date,
 * its year of publication), kept between builds in Astro's cacheDir under
 * a digest of those bytes. A large archive's rebuild reads mostly the same
 * files again; what they gave is looked up instead of worked out again. The cache is thrown away
 * when the code that derives it changes (`fingerprint`), and saving keeps only
 * the pages of this build, so it never grows with deleted ones.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { digestOf } from './cache-keys.ts';

export interface DerivedCache<T> {
  /** `derive(content)`, or what it gave last time for the same bytes. */
  get(content: string, derive: (content: string) => T): T;
  save(): void;
}

export function derivedCache<T>(file: string, fingerprint: string): DerivedCache<T> {
  let previous: Record<string, T> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string; entries: Record<string, T> };
    if (saved.fingerprint === fingerprint) previous = saved.entries;
  } catch {
    // No cache yet, or an unreadable one: derive everything.
  }
  const next: Record<string, T> = {};
  return {
    get(content, derive) {
      const digest = digestOf(content);
      next[digest] ??= Object.hasOwn(previous, digest) ? previous[digest] : derive(content);
      return next[digest];
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ fingerprint, entries: next }));
    },
  };
}
