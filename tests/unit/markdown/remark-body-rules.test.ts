/**
 * The body rules through the site's own Markdown processor: every mistake in
 * a body is reported at once, in the order of the text, each with the
 * message it has alone (tests/site/bad-input.test.ts checks each one in a build).
 */
import { describe, expect, it } from 'vitest';
import { derivedOf } from '../../../src/markdown/derived';
import { articleProcessor } from '../../../src/markdown/processor';

async function problemsOf(markdown: string): Promise<string[]> {
  const renderer = await articleProcessor().createRenderer({});
  return derivedOf(await renderer.render(markdown, { frontmatter: {} })).problems ?? [];
}

const SCRIPT = 'Remove it; write the text as plain Markdown (embeds and scripts are not published).';

describe('the body rules', () => {
  it('report every mistake in a body, in the order of the text', async () => {
    const body = [
      'The lede, with <script>alert(1)</script> in it.',
      '#### Too deep',
      'A [link](javascript:alert(1)).',
      '# A second title',
    ].join('\n\n');
    expect(await problemsOf(body)).toEqual([
      `(unnamed Markdown):1: raw HTML that could run script is not allowed: "<script>". ${SCRIPT}`,
      '(unnamed Markdown):3: heading level #### skips a level (after the title). Use ## here: crossheads in the body start at ##.',
      '(unnamed Markdown):5: the link "javascript:alert(1)" uses a scheme that is not allowed. Use an https:// address.',
      '(unnamed Markdown):7: a second title (# heading) in the body; the headline comes from the frontmatter title. Make it a crosshead with ## or move it to title.',
    ]);
  });

  it('report each scriptable tag once, not again where it closes', async () => {
    expect(await problemsOf('One <script>a</script> and <iframe src="x"></iframe>.\n\nA stray </script>.')).toEqual([
      `(unnamed Markdown):1: raw HTML that could run script is not allowed: "<script>". ${SCRIPT}`,
      `(unnamed Markdown):1: raw HTML that could run script is not allowed: "<iframe src=\\"x\\">". ${SCRIPT}`,
      `(unnamed Markdown):3: raw HTML that could run script is not allowed: "</script>". ${SCRIPT}`,
    ]);
  });

  it('report an empty body alone', async () => {
    expect(await problemsOf('<!-- nothing yet -->')).toEqual([
      '(unnamed Markdown): the article body is empty. Write the story below the frontmatter’s closing ---.',
    ]);
  });
});
