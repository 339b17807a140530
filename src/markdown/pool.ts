/**
 * Articles rendered on every core. Markdown rendering is most of what a cold
 * build of a large archive does before its first page, and it is plain CPU
 * work on one thread; Astro's glob loader asks for ten renders at a time, so
 * a renderer that hands them to worker processes (src/markdown/worker.ts,
 * the same pipeline) keeps every core busy. A build's first few articles are
 * rendered in this thread: a build of a handful (an editor's correction, the
 * tests) does not pay for starting workers. Workers are processes, not
 * threads, and exit once idle: a thread's memory stays with the build after
 * it ends (about 150 MB each, never handed back to the system), while an
 * ended process gives all of it back before the build's peak, when the
 * content store is written and the pages are bundled.
 */
import { availableParallelism } from 'node:os';
import type { AstroMarkdownOptions, MarkdownRenderer, MarkdownRenderOptions } from '@astrojs/markdown-remark';
import { Tinypool } from 'tinypool';

/** Renders in this thread before the workers start. */
const RENDERS_IN_THREAD = 24;

/** What a worker needs for one article; the file's URL travels as text (a URL object cannot be sent to another process). */
export interface RenderTask {
  shared: AstroMarkdownOptions;
  content: string;
  frontmatter?: MarkdownRenderOptions['frontmatter'];
  fileURL?: string;
}

function canSend(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** `inThread` renders the first articles, and all of them when Astro's options cannot be sent to a worker. */
export function pooledRenderer(inThread: MarkdownRenderer, shared: AstroMarkdownOptions): MarkdownRenderer {
  const sendable = canSend(shared);
  let renders = 0;
  let pool: Tinypool | undefined;
  return {
    render(content, options) {
      renders += 1;
      if (!sendable || renders <= RENDERS_IN_THREAD) return inThread.render(content, options);
      pool ??= new Tinypool({
        filename: new URL('./worker.ts', import.meta.url).href,
        runtime: 'child_process',
        // Structured clone, like a thread's messages: a render's metadata holds Sets.
        serialization: 'advanced',
        maxThreads: availableParallelism(),
        minThreads: 0,
        idleTimeout: 200,
      });
      const task: RenderTask = { shared, content, frontmatter: options?.frontmatter, fileURL: options?.fileURL?.href };
      return pool.run(task) as ReturnType<MarkdownRenderer['render']>;
    },
  };
}
