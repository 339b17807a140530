/**
 * The inline stylesheets of a built page, read from its parsed HTML tree: the
 * exact text a browser hashes to check a `<style>` element against the
 * Content-Security-Policy.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export function inlineStylesheets(html: string): string[] {
  const sheets: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'style') return;
    sheets.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
  });
  return sheets;
}
