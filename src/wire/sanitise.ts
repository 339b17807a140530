/**
 * The body sanitiser: every markup body passes through hast-util-sanitize
 * before the desk reads it. It removes, with everything inside them, the
 * elements whose content is never story text (script, style, svg, math,
 * template, noscript), keeps the elements the desk reads (markup-tags.ts) with
 * only the attributes it needs (a link's http, https or mailto address, a
 * class), and unwraps anything else, keeping its text. What it removed is
 * said to the editor as a review note.
 */
import type { Element, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { BLOCK, HEADINGS, INLINE, NOT_TEXT, SILENT } from './markup-tags.ts';

const REMOVED = ['script', 'style', 'svg', 'math', 'template', 'noscript'];
const NAMES: Record<string, string> = { svg: 'SVG image', math: 'MathML formula' };

const SCHEMA: Schema = {
  tagNames: [...new Set([...BLOCK, ...HEADINGS, ...Object.keys(NOT_TEXT), ...SILENT, ...INLINE])],
  strip: REMOVED,
  attributes: { a: ['href'], '*': ['className'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: {},
  required: {},
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

export interface Sanitised {
  tree: Root;
  /** What was removed with its text, counted: "1 script", "2 SVG images". */
  removed: string[];
}

export function sanitiseBody(tree: Root | Element): Sanitised {
  const counts = new Map<string, number>();
  const count = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (REMOVED.includes(node.tagName)) counts.set(node.tagName, (counts.get(node.tagName) ?? 0) + 1);
      else count(node.children);
    }
  };
  count(tree.children);
  const root: Root = tree.type === 'root' ? tree : { type: 'root', children: [tree] };
  const clean = sanitize(root, SCHEMA) as Root;
  const removed = [...counts].map(([name, n]) => `${n} ${NAMES[name] ?? name}${n === 1 ? '' : 's'}`);
  return { tree: clean, removed };
}
