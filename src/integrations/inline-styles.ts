/**
 * The inline stylesheets of a built page, read from its parsed HTML tree: the
 * exact text a browser hashes to check a `<style>` element against the
 * Content-Security-Policy.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * Astro writes a page's stylesheets into its head, so only the head is parsed:
 * a tenth of the work on an article page, which a large archive repeats for
 * every page. A stylesheet in the body would go unhashed, and the CSP tests
 * (tests/site/csp.test.ts, which reads every style of every page, and
 * tests/browser/content-security-policy.test.ts) would fail.
 */
export function inlineStylesheets(html: string): string[] {
  const headEnd = html.indexOf('</head>');
  const sheets: string[] = [];
  visit(fromHtml(headEnd === -1 ? html : html.slice(0, headEnd)), 'element', (node: Element) => {
    if (node.tagName !== 'style') return;
    sheets.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
  });
  return sheets;
}
