/**
 * A translation names its original (`translationOf`): the loader's check that
 * the link holds, and that each message says what to write instead.
 */
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../../src/loading/translation-links';

const original = { file: 'content/articles/talks.md', slug: 'talks' };
const french = { file: 'content/articles/pourparlers.md', slug: 'pourparlers', lang: 'fr', translationOf: 'talks' };

describe('translationProblems', () => {
  it('accepts an original and its versions in other editions', () => {
    expect(translationProblems([original, french])).toEqual([]);
  });

  it('names the file and the link when the original is no article', () => {
    const [message] = translationProblems([{ ...french, translationOf: 'tlaks' }]);
    expect(message).toContain('content/articles/pourparlers.md: translationOf: "tlaks" is no article of this build');
    expect(message).toContain('write the slug (file name without .md)');
  });

  it('sends a translation of a translation to the original', () => {
    const spanish = { file: 'content/articles/es.md', slug: 'es', lang: 'es', translationOf: 'pourparlers' };
    expect(translationProblems([original, french, spanish])).toEqual([
      'content/articles/es.md: translationOf: "pourparlers" is itself a translation of "talks"; name the original, "talks"',
    ]);
  });

  it('refuses a version in the original’s own edition, and two versions in one edition', () => {
    expect(translationProblems([original, { ...french, lang: undefined }])[0]).toContain(
      'already the version of "talks" in the en edition',
    );
    const canadian = { file: 'content/articles/qc.md', slug: 'qc', lang: 'fr-CA', translationOf: 'talks' };
    expect(translationProblems([original, french, canadian])).toHaveLength(1);
  });
});
