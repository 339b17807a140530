/**
 * The lede handed to the page apart from the rest of the body
 * (src/markdown/rehype-lede.ts), through the site's own Markdown processor, and
 * the body rule that a story opens with a paragraph (src/markdown/remark-body-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { derivedOf } from '../../../src/markdown/derived';
import { articleProcessor } from '../../../src/markdown/processor';

async function render(markdown: string) {
  const renderer = await articleProcessor().createRenderer({});
  const result = await renderer.render(markdown, { frontmatter: {} });
  const { lede, problems = [] } = derivedOf(result);
  return { lede: lede!, html: result.code, problems };
}

describe('the lede', () => {
  it('is the first paragraph, as HTML and as plain text, and leaves the body', async () => {
    const { lede, html } = await render(
      'Ukraine\'s President said *"We are ready"* & <abbr title="North Atlantic Treaty Organization">NATO</abbr>  agreed.\n\n' +
        '## Talks\n\nThe second paragraph.',
    );
    expect(lede.html).toBe(
      'Ukraine’s President said <em>“We are ready”</em> &#x26; <abbr title="North Atlantic Treaty Organization">NATO</abbr>  agreed.',
    );
    // Tags gone, entities decoded, whitespace collapsed: what a feed reader or search engine shows.
    expect(lede.text).toBe('Ukraine’s President said “We are ready” & NATO agreed.');
    expect(html).not.toContain('President');
    expect(html).toContain('<h2 id="talks">Talks</h2>');
    expect(html).toContain('<p>The second paragraph.</p>');
  });

  it('skips an HTML comment the editor left above it', async () => {
    const { lede } = await render('<!-- checked with the desk -->\n\nThe lede.\n\nMore.');
    expect(lede.text).toBe('The lede.');
  });

  it.each([
    ['a heading', '## Background\n\nThe lede.'],
    ['a list', '- one\n- two\n\nThe lede.'],
    ['a block quote', '> "Quoted."\n\nThe lede.'],
  ])('must open the story: %s first stops the build, naming it', async (what, markdown) => {
    expect((await render(markdown)).problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `:1: the story opens with ${what}, but it must open with a paragraph: the lede, which the dateline leads\\. Move it below`,
        ),
      ),
    );
  });
});
