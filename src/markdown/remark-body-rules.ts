/**
 * The editor's safety net for the article body: mistakes that would otherwise
 * reach readers silently (a script pasted from elsewhere, a heading level that
 * breaks the page outline, a link to nothing) stop the build with the file,
 * the line, what is wrong and what to do.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportProblems } from './derived.ts';
import { bodyLineOffset, markdownPath } from './source-lines.ts';

/** An editor's mistake in the body: where it is, what is wrong and what to do. */
type Report = (line: number | undefined, problem: string, fix: string) => void;

const SCRIPTABLE_HTML =
  /<\s*\/?\s*(script|iframe|object|embed|frame|frameset|form|base|meta|link|style|svg|math)\b|\son[a-z]+\s*=|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html/i;
const BLOCK_NAMES: Record<string, string> = {
  heading: 'a heading',
  list: 'a list',
  blockquote: 'a block quote',
  code: 'a code block',
  table: 'a table',
  thematicBreak: 'a rule (---)',
  html: 'raw HTML',
};
const isHtmlComment = (node: RootContent) => node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim());
const CLOSING_TAG = /^\s*<\s*\//;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SAFE_SCHEMES = /^(https?|mailto|tel):/i;

/**
 * The rules, in the order an editor would meet them:
 * - the body is not empty;
 * - it opens with a paragraph, the lede, which the page leads with the dateline;
 * - raw HTML that could run script is rejected, never passed through (other raw HTML is allowed);
 * - links use http(s), mailto or tel, or are relative links to a file that exists;
 * - the body's headings are crossheads: `##`, then `###` under them; no second `#` title.
 * Every mistake is reported, an empty body's alone (there is nothing else to check).
 */
function checkBody(tree: Root, file: VFile, report: Report): void {
  const offset = bodyLineOffset(file);
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    node.position ? node.position.start.line + offset : undefined;
  const hasText = tree.children.some((node) => node.type !== 'html' && node.type !== 'definition');
  if (!hasText) {
    report(undefined, 'the article body is empty.', 'Write the story below the frontmatter’s closing ---.');
    return;
  }
  const opening = tree.children.find((node) => node.type !== 'definition' && !isHtmlComment(node));
  if (opening && opening.type !== 'paragraph') {
    report(
      lineOf(opening),
      `the story opens with ${BLOCK_NAMES[opening.type] ?? opening.type}, but it must open with a paragraph: the lede, which the dateline leads.`,
      'Move it below the first paragraph.',
    );
  }

  // A tag closing one already reported (`<script>…</script>` inside a paragraph) is the same mistake.
  const reportedIn = new Set<unknown>();
  visit(tree, (node, _index, parent) => {
    const line = lineOf(node);
    if (node.type === 'html' && SCRIPTABLE_HTML.test(node.value)) {
      if (CLOSING_TAG.test(node.value) && reportedIn.has(parent)) return;
      reportedIn.add(parent);
      report(
        line,
        `raw HTML that could run script is not allowed: ${JSON.stringify(node.value.trim().slice(0, 80))}.`,
        'Remove it; write the text as plain Markdown (embeds and scripts are not published).',
      );
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url) {
      checkUrl(node.url, file, (problem, fix) => report(line, problem, fix));
    }
    if (node.type === 'heading' && node.depth === 1) {
      report(
        line,
        'a second title (# heading) in the body; the headline comes from the frontmatter title.',
        'Make it a crosshead with ## or move it to title.',
      );
    }
  });

  let previous = 1;
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    if (node.depth > previous + 1) {
      report(
        lineOf(node),
        `heading level ${'#'.repeat(node.depth)} skips a level (after ${previous === 1 ? 'the title' : '#'.repeat(previous)}).`,
        `Use ${'#'.repeat(previous + 1)} here: crossheads in the body start at ##.`,
      );
    }
    previous = node.depth;
  }
}

function checkUrl(url: string, file: VFile, report: (problem: string, fix: string) => void): void {
  if (SCHEME.test(url)) {
    if (!SAFE_SCHEMES.test(url)) {
      report(`the link ${JSON.stringify(url)} uses a scheme that is not allowed.`, 'Use an https:// address.');
    }
    return;
  }
  if (url.startsWith('#') || url.startsWith('//') || !file.path) return;
  const target = url.split(/[?#]/)[0] ?? '';
  if (target === '') return;
  const fromArticle = resolve(dirname(file.path), decodeURIComponent(target));
  const fromPublic = join(process.cwd(), 'public', decodeURIComponent(target));
  if (!existsSync(fromArticle) && !(target.startsWith('/') && existsSync(fromPublic))) {
    report(
      `the relative link ${JSON.stringify(url)} points to nothing.`,
      'Link to another article by its file name (other-story.md), to a file in public/, or use a full https:// address.',
    );
  }
}

/** Rewrites links to other article files (`other-story.md`) to their pages, which sit beside this one. */
function rewriteArticleLinks(tree: Root): void {
  visit(tree, 'link', (node) => {
    const match = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/i.exec(node.url);
    if (match) node.url = `../${match[1]}/${match[2] ?? ''}`;
  });
}

/** Checks the body (every mistake is reported) and points links to other articles at their pages. */
export const remarkBodyRules: Plugin<[], Root> = () => (tree, file) => {
  const path = markdownPath(file);
  const problems: { line: number; message: string }[] = [];
  checkBody(tree, file, (line, problem, fix) =>
    problems.push({ line: line ?? 0, message: `${path}${line === undefined ? '' : `:${line}`}: ${problem} ${fix}` }),
  );
  // In the order of the text, as the editor will fix them.
  reportProblems(
    file,
    problems.sort((a, b) => a.line - b.line).map((problem) => problem.message),
  );
  rewriteArticleLinks(tree);
};
