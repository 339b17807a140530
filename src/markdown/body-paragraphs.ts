/**
 * An article body's paragraphs as the quote finder and the figure tracer
 * read them: plain text with the .md line each starts on, and the node each
 * came from, so a plugin can give the paragraph an HTML id.
 */
import type { Paragraph as MdParagraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Paragraph } from '../text/sentences.ts';
import { bodyLineOffset } from './source-lines.ts';

export interface BodyParagraphs {
  nodes: MdParagraph[];
  paragraphs: Paragraph[];
}

/**
 * The visible text of a paragraph. Hand-rolled rather than
 * mdast-util-to-string because that drops hard line breaks (which would put
 * line numbers off by one) and keeps the source of inline HTML tags.
 */
export function plainText(node: MdParagraph | PhrasingContent): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return '';
}

/** Two plugins read the same paragraphs (and the .md file, for lines): once per render is enough. */
const read = new WeakMap<Root, BodyParagraphs>();

/** The body's paragraphs in order: their nodes, and their plain text with the .md line each starts on. */
export function bodyParagraphs(tree: Root, file: VFile): BodyParagraphs {
  const known = read.get(tree);
  if (known) return known;
  const offset = bodyLineOffset(file);
  const nodes: MdParagraph[] = [];
  visit(tree, 'paragraph', (node) => {
    nodes.push(node);
  });
  const paragraphs = nodes.map((node) => ({
    text: plainText(node),
    line: node.position ? node.position.start.line + offset : 0,
  }));
  read.set(tree, { nodes, paragraphs });
  return { nodes, paragraphs };
}

/**
 * Gives a paragraph an HTML id unless it has one already; returns the id it
 * ends up with. The quotes plugin runs first, so a paragraph with a quote and
 * a figure keeps its quote's id.
 */
export function paragraphId(node: MdParagraph, id: string): string {
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  const properties = (data.hProperties ??= {});
  if (typeof properties.id !== 'string') properties.id = id;
  return properties.id as string;
}
