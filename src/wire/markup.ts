/**
 * Story bodies sent as markup: HTML or XHTML (ninjs `body_html`, `bodies[]`)
 * and NITF or XHTML inside a NewsML-G2 `inlineXML`. Both arrive here as hast
 * trees and leave as paragraphs and crossheads, with emphasis and links kept.
 * Whatever is not story text (pictures, tables, NITF's head and end) is
 * listed in `leftOut`, never dropped silently. Every body is sanitised first
 * (sanitise.ts); a block the agency marks as not for publication (dpa's
 * `np-nonpublic`) is removed with its text, and the editor told. Header blocks are metadata, not story: a byline in them
 * (`class="byline"`) is kept as the byline, the rest (dpa's slugline list,
 * genre and time, TT's vignette) is not shown; a lead set apart before the
 * story (dpa's `p.teaser`, a `lead` or `ingress`, TT's heading that wraps
 * paragraphs, TTNITF's `ingress`) is the standfirst. TT marks a paragraph
 * that opens a quotation as a quotation (`<blockquote>` in its HTML,
 * `<CITAT>` in TTNITF) where its plain text prints the Swedish quote dash
 * ("– Vi är nöjda, säger hon."): with `quoteDash`, such a paragraph keeps
 * the dash as TT wrote it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { PhrasingContent } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { BLOCK, HEADINGS, LEAD_CLASS, META_CLASS, NONPUBLIC_CLASS, NOT_TEXT, SILENT } from './markup-tags.ts';
import { sanitiseBody } from './sanitise.ts';
import { blockText, collapseSpace, crosshead, paragraph, type Block, type WireStory } from './story.ts';

export interface MarkupBody {
  blocks: Block[];
  leftOut: string[];
  /** What the sanitiser removed with its text. */
  removed: string[];
  /** Bylines found in the markup's header blocks. */
  bylines: string[];
  standfirst?: string;
}

/** A body's reading, into the story. */
export function applyBody(story: WireStory, body: MarkupBody): void {
  story.blocks = body.blocks;
  story.leftOut = body.leftOut;
  story.removed = body.removed;
  story.bylines.push(...body.bylines);
  story.standfirst ??= body.standfirst;
}

/** An HTML or XHTML body (a fragment or a whole document); `quoteDash` for TT's. */
export function blocksFromHtml(html: string, headline?: string, quoteDash = false): MarkupBody {
  return blocksFromTree(fromHtml(html, { fragment: true }), headline, quoteDash);
}

/** A body tree: headings that repeat the headline are not crossheads; `quoteDash` for TT's. */
export function blocksFromTree(tree: Root | Element, headline?: string, quoteDash = false): MarkupBody {
  const clean = sanitiseBody(tree);
  const body: MarkupBody = { blocks: [], leftOut: [], removed: clean.removed, bylines: [] };
  const reading = { headline: headline === undefined ? undefined : collapseSpace(headline).trim(), quoteDash };
  readBlocks(clean.tree.children, body, reading);
  return body;
}

/** TT's quote dash to open a quotation's text with: none when the text already opens with a dash. */
const quoteDashFor = (text: string) => (/^[-–—]/.test(text) ? '' : '– ');
/** A quotation paragraph opened with TT's quote dash. */
function withQuoteDash(children: PhrasingContent[]): PhrasingContent[] {
  const dash = quoteDashFor(children.map(blockText).join(''));
  return dash === '' ? children : mergeText([{ type: 'text', value: dash }, ...children]);
}

const classes = (node: Element): string[] => {
  const value: unknown = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};
const textIn = (nodes: readonly ElementContent[]) => collapseSpace(phrasing(nodes).map(blockText).join('')).trim();

/** Bylines inside a header block (`class="byline"`), in order. */
function headerBylines(nodes: readonly ElementContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [];
    if (classes(node).includes('byline')) return [textIn(node.children)].filter((t) => t !== '');
    return headerBylines(node.children);
  });
}

/** A lead's text, its paragraphs joined by a space (TT's quotation with its dash). */
function leadText(node: Element, quoteDash: boolean): string {
  const blocks = node.children.filter((c): c is Element => c.type === 'element' && BLOCK.has(c.tagName));
  const said = (b: Element) => {
    const text = textIn(b.children);
    return quoteDash && b.tagName === 'blockquote' && text !== '' ? quoteDashFor(text) + text : text;
  };
  return (blocks.length > 0 ? blocks.map(said) : [textIn(node.children)]).filter((t) => t !== '').join(' ');
}

/** A lead set apart from the body, before the story starts: a teaser, an ingress, a heading that wraps paragraphs. */
function isLead(node: Element, body: MarkupBody): boolean {
  if (body.blocks.length > 0 || body.standfirst !== undefined) return false;
  if (node.tagName === 'ingress' || classes(node).some((c) => LEAD_CLASS.test(c))) return true;
  return HEADINGS.has(node.tagName) && node.children.some((child) => child.type === 'element' && BLOCK.has(child.tagName));
}

function isBlock(node: RootContent): boolean {
  if (node.type !== 'element') return false;
  return BLOCK.has(node.tagName) || node.tagName in NOT_TEXT || SILENT.has(node.tagName) || node.children.some(isBlock);
}

type Reading = { headline: string | undefined; quoteDash: boolean };

function readBlocks(nodes: readonly RootContent[], body: MarkupBody, reading: Reading): void {
  const { headline } = reading;
  let inline: ElementContent[] = [];
  const flush = (quoted = false) => {
    const children = trimEnds(phrasing(inline));
    if (children.length > 0) body.blocks.push(paragraph(quoted ? withQuoteDash(children) : children));
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
    if (classes(node).some((c) => NONPUBLIC_CLASS.test(c))) {
      body.removed.push('a section marked not for publication');
    } else if (classes(node).includes('byline')) {
      body.bylines.push(...headerBylines([node]));
    } else if (SILENT.has(name) || classes(node).some((c) => META_CLASS.test(c))) {
      body.bylines.push(...headerBylines(node.children));
    } else if (isLead(node, body)) {
      const lead = leadText(node, reading.quoteDash);
      if (lead !== '') body.standfirst = lead;
    } else if (name in NOT_TEXT) {
      body.leftOut.push(NOT_TEXT[name]);
    } else if (HEADINGS.has(name)) {
      const text = collapseSpace(phrasing(node.children).map(blockText).join('')).trim();
      if (text !== '' && text !== headline) body.blocks.push(crosshead(text));
    } else if (name === 'p' || name === 'pre' || !node.children.some(isBlock)) {
      inline = [...node.children];
      flush(reading.quoteDash && name === 'blockquote');
    } else {
      readBlocks(node.children, body, reading);
    }
  }
  flush();
}

/** Inline markup as Markdown phrasing: text, emphasis, strong, https links, line breaks. */
function phrasing(nodes: readonly ElementContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    // STT writes some en dashes as escaped markup, which arrives as text: 800<endash>-</endash>1 000.
    if (node.type === 'text') out.push({ type: 'text', value: collapseSpace(node.value.replace(/<endash>-<\/endash>/g, '–')) });
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
      case 'endash':
        // STT marks its en dashes (800<endash>-</endash>1 000).
        out.push({ type: 'text', value: '–' });
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
