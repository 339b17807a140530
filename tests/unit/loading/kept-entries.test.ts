/**
 * A warm build leaves an unchanged article file's frontmatter unparsed and
 * keeps its stored entry; a file edited, new or renamed is read as before.
 */
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { keptEntries } from '../../../src/loading/kept-entries';

const root = new URL('file:///site/');
const digest = (text: string) => `digest of ${text}`;

/** A loader context whose store holds the entry `first` made from `first.md` as it was. */
function contextWith(parse: (contents: string) => unknown): LoaderContext {
  const entry = { id: 'first-story', data: {}, filePath: 'articles/first.md', digest: digest('as stored') };
  return {
    config: { root },
    store: { values: () => [entry] },
    generateDigest: digest,
    entryTypes: new Map([['.md', { getEntryInfo: ({ contents }: { contents: string }) => parse(contents) }]]),
  } as unknown as LoaderContext;
}

type Info = (params: { fileUrl: URL; contents: string }) => { data: Record<string, unknown> };
const markdownOf = (context: LoaderContext) =>
  (context as unknown as { entryTypes: Map<string, { getEntryInfo: Info }> }).entryTypes.get('.md')!;

describe('keptEntries', () => {
  it('gives an unchanged file its stored id without parsing it', () => {
    const parsed: string[] = [];
    const kept = keptEntries(contextWith((contents) => (parsed.push(contents), { data: { slug: 'other' } })));
    const { data } = markdownOf(kept.context).getEntryInfo({
      fileUrl: new URL('articles/first.md', root),
      contents: 'as stored',
    });
    expect(kept.idOf(data)).toBe('first-story');
    expect(parsed).toEqual([]);
  });

  it('parses an edited file, a new one and a renamed one, as Astro would', () => {
    const parsed: string[] = [];
    const kept = keptEntries(contextWith((contents) => (parsed.push(contents), { data: { title: contents } })));
    const read = (path: string, contents: string) =>
      markdownOf(kept.context).getEntryInfo({ fileUrl: new URL(path, root), contents });
    const edited = read('articles/first.md', 'edited');
    const added = read('articles/second.md', 'new');
    const renamed = read('articles/renamed.md', 'as stored');
    expect(parsed).toEqual(['edited', 'new', 'as stored']);
    expect([edited, added, renamed].map(({ data }) => kept.idOf(data))).toEqual([undefined, undefined, undefined]);
    expect(edited.data).toEqual({ title: 'edited' });
  });
});
