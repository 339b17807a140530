/**
 * A body sent as plain text (NewsML-G2 `inlineData`, ninjs `body_text` or a
 * `text/plain` body). Some agencies send HTML there all the same (ANSA wraps
 * its text in `<p>`): text with HTML tags in it is read as HTML, so readers
 * never see literal tags. Inside it, ANSA's plain-text layout still holds: a
 * line indented by two spaces or more starts a new paragraph.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { blocksFromTree, type MarkupBody } from './markup.ts';
import { blocksFromPlainText } from './story.ts';

const HTML_TAG = /<\/?(?:p|br|div|h[1-6]|ul|ol|li|blockquote|strong|em|b|i|a|span)(?:\s[^<>]*)?\/?>/i;
const INDENTED = /\n[ \t]{2,}(?=\S)/;

export function bodyFromText(text: string, headline?: string, lineParagraphs = false): MarkupBody {
  if (!HTML_TAG.test(text)) return { blocks: blocksFromPlainText(text, lineParagraphs), leftOut: [], removed: [], bylines: [] };
  const tree = fromHtml(text, { fragment: true });
  return blocksFromTree({ type: 'root', children: tree.children.flatMap(splitIndented) }, headline);
}

/** A paragraph whose text has indented lines, as that many paragraphs (ANSA). */
function splitIndented(node: RootContent): RootContent[] {
  if (node.type !== 'element') return [node];
  if (node.tagName !== 'p') return [{ ...node, children: node.children.flatMap(splitIndented) as ElementContent[] }];
  const paragraphs: ElementContent[][] = [[]];
  for (const child of node.children) {
    if (child.type !== 'text' || !INDENTED.test(child.value)) {
      paragraphs.at(-1)!.push(child);
      continue;
    }
    child.value.split(INDENTED).forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      paragraphs.at(-1)!.push({ type: 'text', value: part });
    });
  }
  return paragraphs.map((children): Element => ({ ...node, children }));
}
