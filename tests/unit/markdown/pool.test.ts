/**
 * Large builds render articles in worker processes (src/markdown/pool.ts):
 * an article rendered there must come out exactly as in the build's own
 * thread, and its mistakes and warnings must still reach the editor, word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { derivedOf } from '../../../src/markdown/derived';
import { articleProcessor } from '../../../src/markdown/processor';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
// More renders than the pool leaves to the build's own thread (24), so the last ones go to workers.
const RENDERS = 32;
// Starting a worker loads the whole Markdown pipeline: seconds on a busy machine.

function article(path: string) {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { content, options: { frontmatter, fileURL: pathToFileURL(path) } };
}

describe('rendering in worker processes', () => {
  it('gives every article the same HTML and data as rendering in the build’s thread', async () => {
    const seed = article(join(FIXTURES, 'articles/ukraine-leader-calls-for-talks-with-russia.md'));
    const renderer = await articleProcessor().createRenderer({});
    const results = await Promise.all(
      Array.from({ length: RENDERS }, () =>
        renderer.render(seed.content, { ...seed.options, frontmatter: structuredClone(seed.options.frontmatter) }),
      ),
    );
    expect(results[0].code).toContain('Zelensky');
    expect(derivedOf(results[0]).quotes?.length).toBeGreaterThan(0);
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  }, 60_000);

  it('hands back an article’s mistakes and warnings with the same messages as in the build’s thread', async () => {
    const bad = article(join(FIXTURES, 'unknown-speaker.md'));
    const frontmatter = { ...bad.options.frontmatter, quotes: { exclude: ['putin-1'] } };
    const renderer = await articleProcessor().createRenderer({});
    const results = await Promise.all(
      Array.from({ length: RENDERS }, () =>
        renderer.render(bad.content, { ...bad.options, frontmatter: structuredClone(frontmatter) }),
      ),
    );
    const messages = results.map((result) => {
      const { problems = [], uncredited = [] } = derivedOf(result);
      return [...problems, ...uncredited].join('\n');
    });
    expect(messages[0]).toMatch(/unknown-speaker\.md: quotes\.exclude\[0\]: "putin-1" is not a quote/);
    expect(messages[0]).toMatch(/unknown-speaker\.md:\d+: no source found for the quote/);
    expect(new Set(messages)).toEqual(new Set([messages[0]]));
  }, 60_000);
});
