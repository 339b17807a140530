/**
 * Articles rendered on every core. Markdown rendering is most of what a cold
 * build of a large archive does before its first page, and it is plain CPU
 * work on one thread; Astro's glob loader asks for ten renders at a time, so
 * a renderer that hands them to worker threads (src/lib/markdown-worker.ts,
 * the same pipeline) keeps every core busy. A build's first few articles are
 * rendered in this thread: a build of a handful (an editor's correction, the
 * tests) does not pay for starting workers. Idle workers exit at once, so the rest of the build has their memory back.
 */
import { availableParallelism } from 'node:os';
import type { AstroMarkdownOptions, MarkdownRenderer, MarkdownRenderOptions } from '@astrojs/markdown-remark';
import { Piscina } from 'piscina';

/** Renders in this thread before the workers start. */
const RENDERS_IN_THREAD = 24;

/** What a worker needs for one article; the file's URL travels as text (a URL object cannot be sent to a thread). */
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
  let pool: Piscina<RenderTask, Awaited<ReturnType<MarkdownRenderer['render']>>> | undefined;
  return {
    render(content, options) {
      renders += 1;
      if (!sendable || renders <= RENDERS_IN_THREAD) return inThread.render(content, options);
      pool ??= new Piscina({
        filename: new URL('./markdown-worker.ts', import.meta.url).href,
        maxThreads: availableParallelism(),
        minThreads: 0,
        idleTimeout: 200,
      });
      return pool.run({ shared, content, frontmatter: options?.frontmatter, fileURL: options?.fileURL?.href });
    },
  };
}
