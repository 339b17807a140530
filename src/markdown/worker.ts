/** A worker process of src/markdown/pool.ts: the articles' Markdown pipeline, one article per task. */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { articlePipeline } from './processor.ts';
import type { RenderTask } from './pool.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

export default async function render({ shared, content, frontmatter, fileURL }: RenderTask) {
  renderer ??= articlePipeline().createRenderer(shared);
  return (await renderer).render(content, { frontmatter, fileURL: fileURL === undefined ? undefined : new URL(fileURL) });
}
