/**
 * Story bodies sent as markup: HTML or XHTML (ninjs `body_html`, `bodies[]`)
 * and NITF or XHTML inside a NewsML-G2 `inlineXML`. Both arrive here as hast
 * trees and leave as paragraphs and crossheads, with emphasis and links kept.
 * Whatever is not story text (pictures, tables, NITF's head and end) is
 * listed in `leftOut`, never dropped silently.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { PhrasingContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { blockText, collapseSpace, crosshead, paragraph, type Block } from './story.ts';

/** Containers and blocks: their children are read as blocks. */
const BLOCK = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'header',
  'footer',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'pre',
  'address',
  'p',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // NITF
  'nitf',
  'body.content',
  'block',
  'hl1',
  'hl2',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl1', 'hl2']);
/** Not story text: skipped, and named in `leftOut` when it held anything. */
const NOT_TEXT: Record<string, string> = {
  figure: 'a picture',
  img: 'a picture',
  picture: 'a picture',
  video: 'a video',
  audio: 'an audio clip',
  iframe: 'an embed',
  object: 'an embed',
  table: 'a table',
  media: 'a media object (NITF)',
  'body.end': 'the NITF body.end (tagline, bibliography)',
};
/** Metadata the reader takes elsewhere (headline, byline), or never text. */
const SILENT = new Set(['head', 'title', 'meta', 'link', 'script', 'style', 'template', 'body.head', 'hr']);

interface MarkupBody {
  blocks: Block[];
  leftOut: string[];
}

/** An HTML or XHTML body (a fragment or a whole document). */
export function blocksFromHtml(html: string, headline?: string): MarkupBody {
  return blocksFromTree(fromHtml(html, { fragment: true }), headline);
}

/** A body tree: headings that repeat the headline are not crossheads. */
export function blocksFromTree(tree: Root | Element, headline?: string): MarkupBody {
  const body: MarkupBody = { blocks: [], leftOut: [] };
  readBlocks(tree.children, body, headline === undefined ? undefined : collapseSpace(headline).trim());
  return body;
}

function isBlock(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  return BLOCK.has(node.tagName) || node.tagName in NOT_TEXT || SILENT.has(node.tagName) || node.children.some(isBlock);
}

function readBlocks(nodes: readonly RootContent[], body: MarkupBody, headline: string | undefined): void {
  let inline: ElementContent[] = [];
  const flush = () => {
    const children = trimEnds(phrasing(inline));
    if (children.length > 0) body.blocks.push(paragraph(children));
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') inline.push(node);
    if (node.type !== 'element') continue;
    if (!isBlock(node)) {
      inline.push(node);
      continue;
    }
    flush();
    const name = node.tagName;
    if (SILENT.has(name)) continue;
    if (name in NOT_TEXT) {
      body.leftOut.push(NOT_TEXT[name]);
    } else if (HEADINGS.has(name)) {
      const text = collapseSpace(phrasing(node.children).map(blockText).join('')).trim();
      if (text !== '' && text !== headline) body.blocks.push(crosshead(text));
    } else if (name === 'p' || name === 'pre' || !node.children.some(isBlock)) {
      inline = [...node.children];
      flush();
    } else {
      readBlocks(node.children, body, headline);
    }
  }
  flush();
}

/** Inline markup as Markdown phrasing: text, emphasis, strong, https links, line breaks. */
function phrasing(nodes: readonly ElementContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: collapseSpace(node.value) });
    if (node.type !== 'element') continue;
    const children = phrasing(node.children);
    const href = String(node.properties?.href ?? '');
    switch (node.tagName) {
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'em':
      case 'i':
        out.push({ type: 'emphasis', children });
        break;
      case 'strong':
      case 'b':
        out.push({ type: 'strong', children });
        break;
      case 'a':
        out.push(...(/^https?:\/\//.test(href) ? [{ type: 'link' as const, url: href, children }] : children));
        break;
      case 'q':
        out.push({ type: 'text', value: '"' }, ...children, { type: 'text', value: '"' });
        break;
      default:
        // span, abbr, NITF's person, org, location, num …: their text, in place.
        out.push(...children);
    }
  }
  return mergeText(out);
}

/** Joins neighbouring text nodes (one space where two met). */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value = collapseSpace(last.value + node.value);
    else if (node.type !== 'text' || node.value !== '') merged.push(node);
  }
  return merged;
}

/** A paragraph starts and ends with its first and last word; an empty one is none. */
function trimEnds(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  const kept = nodes.filter((node) => node.type !== 'text' || node.value !== '');
  return kept.some((node) => blockText(node).trim() !== '') ? kept : [];
}
