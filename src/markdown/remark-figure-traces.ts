/**
 * The remark plugin that traces each of the frontmatter's key figures to the
 * paragraph stating it, for the key-facts box's links, and reports a figure
 * the body no longer states, which stops the build (src/figures/trace.ts has
 * the matching rules and the message).
 *
 * Runs after src/markdown/remark-quote-sidebar.ts: a paragraph stating a
 * figure keeps its quote's id if it has one, else gets `fact-${figureId}`.
 * Hands the page `traces` (src/markdown/derived.ts).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { articleSchema } from '../article/schema.ts';
import { missingFigureMessage, traceFigures } from '../figures/trace.ts';
import { bodyParagraphs, paragraphId } from './body-paragraphs.ts';
import { reportProblems, writeDerived } from './derived.ts';
import { markdownPath } from './source-lines.ts';

export const remarkFigureTraces: Plugin<[], Root> = function () {
  return function (tree, file) {
    // Raw frontmatter, as for the quotes: invalid figures are the content collection's to report.
    const figures = articleSchema.shape.figures.safeParse(file.data.astro?.frontmatter?.figures);
    if (!figures.success) {
      writeDerived(file, 'traces', []);
      return;
    }
    const path = markdownPath(file);
    const { nodes, paragraphs } = bodyParagraphs(tree, file);
    const { found, missing } = traceFigures(paragraphs, figures.data);
    writeDerived(
      file,
      'traces',
      found.map(({ figure, paragraphIndex }) => ({
        id: figure.id,
        paragraphId: paragraphId(nodes[paragraphIndex], `fact-${figure.id}`),
      })),
    );
    reportProblems(
      file,
      missing.map(({ index, figure }) => missingFigureMessage(path, index, figure)),
    );
  };
};
