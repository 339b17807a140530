/**
 * The agency quote corpus (tests/fixtures/agency-quotes/: tuning, seen and
 * held-out) is well formed: each story a valid article without the hints
 * an editor adds only after a build asks (`quotes.unnamed`, `pronoun`), each
 * label naming one source, a person or organisation of the story or an unnamed
 * description, with its reasoning. How well the finder does on it is not held
 * here: `npm run quote-accuracy` reports it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';
import { CORPORA, corpusStories, type Label } from '../../support/quote-corpus';

const agency = CORPORA.filter(({ name }) => name.startsWith('agency')).flatMap(({ dir }) =>
  corpusStories(dir).map((story) => [story, dir] as const),
);

describe('the agency quote corpus', () => {
  it.each(agency)('%s: a valid article, no hints, each label one source of the story', (story, dir) => {
    const text = readFileSync(join(dir, `${story}.md`), 'utf8');
    const article = articleSchema.parse(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter);
    expect(article.quotes.unnamed).toEqual([]);
    expect(article.people.filter((person) => person.pronoun !== undefined)).toEqual([]);
    const ids = new Set([...article.people, ...article.organisations].map((source) => source.id));
    const labels = (JSON.parse(readFileSync(join(dir, `${story}.labels.json`), 'utf8')) as { quotes: Label[] }).quotes;
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(
        [label.source, label.unnamed].filter((s) => s !== undefined),
        label.text,
      ).toHaveLength(1);
      if (label.source !== undefined) expect(ids, label.text).toContain(label.source);
      expect(label.why.length, label.text).toBeGreaterThan(0);
    }
  });
});
