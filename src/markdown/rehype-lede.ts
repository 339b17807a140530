/**
 * The lede is the story's first paragraph. The page opens it with the
 * dateline and, on phones, follows it with the refer to the quotes and key
 * facts; the front page, the feed and the meta description use its text when
 * the article has no standfirst. This rehype step takes the lede out of the
 * body's tree and hands it to the page as data, so nothing cuts rendered HTML
 * apart or decodes its entities by hand.
 */
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { writeDerived } from './derived.ts';

export interface Lede {
  /** The paragraph's id (for links to it), when the remark step gave it one. */
  id: string | undefined;
  /** What the paragraph holds, as HTML, serialised as the rest of the body is. */
  html: string;
  /** Its text, whitespace collapsed: the summary when there is no standfirst. */
  text: string;
}

/** Raw HTML from the Markdown: rehype-raw parses it into elements after the site's rehype steps. */
const isRaw = (node: { type: string }): node is { type: 'raw'; value: string } => node.type === 'raw';

/** Before rehype-raw runs, an HTML comment in the Markdown is still a raw node. */
function isSkipped(node: { type: string; value?: unknown }): boolean {
  if (node.type === 'comment') return true;
  if (isRaw(node)) return node.value.trim().startsWith('<!--');
  return node.type === 'text' && String(node.value).trim() === '';
}

export const rehypeLede: Plugin<[], Root> = function () {
  return function (tree, file) {
    const index = tree.children.findIndex((node) => !isSkipped(node));
    const first = tree.children[index];
    // When the story does not open with a paragraph, src/markdown/remark-body-rules.ts has
    // reported it, and the renderer fails with that message once the pipeline ends.
    if (first?.type !== 'element' || first.tagName !== 'p') return;
    // Raw HTML inside the lede is parsed here, as rehype-raw parses the rest of the body.
    const paragraph = first.children.some(isRaw) ? (raw(first) as Element) : first;
    const lede: Lede = {
      id: typeof paragraph.properties.id === 'string' ? paragraph.properties.id : undefined,
      html: toHtml(paragraph.children, { allowDangerousHtml: true }),
      text: toString(paragraph).replace(/\s+/g, ' ').trim(),
    };
    tree.children.splice(index, 1);
    writeDerived(file, 'lede', lede);
  };
};
