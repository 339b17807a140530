/** The trust pages' files and the config's list of them must agree, or the build says which file to write or remove. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRUST_PAGES_FOLDER, trustPageMismatches } from '../../../src/loading/trust-pages';
import { TRUST_PAGES } from '../../../src/site.config';

describe('the trust pages', () => {
  it('name a missing file and a file no page lists', () => {
    expect(trustPageMismatches('content/pages', ['about.md', 'team.md', 'notes.txt'], ['about', 'standards'])).toEqual([
      'content/pages/standards.md: the trust page "standards" has no file; write it',
      'content/pages/team.md: "team" is not a trust page; add it to TRUST_PAGES in src/site.config.ts, or remove the file',
    ]);
  });

  it('each have their file in the site as it ships', () => {
    const listed = TRUST_PAGES.map((page) => page.slug);
    expect(trustPageMismatches(TRUST_PAGES_FOLDER, readdirSync(TRUST_PAGES_FOLDER), listed)).toEqual([]);
    expect(listed).toEqual(['about', 'standards', 'corrections', 'contact', 'accessibility']);
  });
});
