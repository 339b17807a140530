/**
 * The articles' content loader: Astro's glob loader over one folder, made
 * strict for a newsroom. Every way an article can fail to load ends the build
 * (and `astro sync`, which `npm run check` runs) with an editor's message.
 */
import { join } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { badSlugError, duplicateSlugError, explainLoadError, renderErrorText } from './editor-messages.ts';
import { pipelineFingerprint } from '../cache/fingerprints.ts';
import { leadPhotoProblem } from './lead-photo-check.ts';
import { nameClashes } from './name-clashes.ts';
import { articleSlug, isSlug } from '../article/slug.ts';
import type { Person } from '../article/schema.ts';

/** An editor's mistake is not a program bug: its location is in the Markdown, not in a stack. */
function withoutStack(error: Error): Error {
  error.stack = '';
  return error;
}

export function articleLoader(folder: string): Loader {
  // Which file claimed which slug in the current load, to catch two articles at one address.
  let claimed = new Map<string, string>();
  const inner = glob({
    pattern: '*.md',
    base: folder,
    // Pages are built from the rendered HTML; the raw Markdown would only take memory.
    retainBody: false,
    generateId({ entry, data }) {
      const slug = articleSlug(entry, data);
      const file = join(folder, entry);
      if (!isSlug(slug)) throw badSlugError(slug, file);
      const other = claimed.get(slug);
      if (other !== undefined && other !== file) throw duplicateSlugError(slug, other, file);
      claimed.set(slug, file);
      return slug;
    },
  });

  return {
    ...inner,
    async load(context) {
      claimed = new Map();
      // Entries rendered by other code (a changed remark plugin, schema or
      // dependency) are stale even though their files are not: render them all again.
      const fingerprint = pipelineFingerprint(process.cwd());
      if (context.meta.get('pipeline') !== fingerprint) {
        context.store.clear();
        context.meta.set('pipeline', fingerprint);
      }
      // Astro's glob loader logs a Markdown rendering error (a remark plugin's "no
      // source for this quote") and carries on without the body: silent loss of
      // text. Those logged errors are collected and end the build instead. In
      // `astro dev` (the only command with a file watcher) they stay log lines,
      // and the page shows the error.
      const renderErrors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        renderErrors.push(renderErrorText(message));
        // A build repeats the message in the error it ends with; dev only logs it.
        if (context.watcher) context.logger.error(message);
      };
      // The schema has checked the photo's fields; whether its file is there
      // and wide enough needs the article's own folder, known only here.
      const parseData: typeof context.parseData = async (entry) => {
        const data = await context.parseData(entry);
        const src = (entry.data.image as { src?: unknown } | undefined)?.src;
        const problem = entry.filePath ? await leadPhotoProblem(entry.filePath, src) : undefined;
        if (problem) throw problem;
        return data;
      };
      try {
        await inner.load({ ...context, logger, parseData });
      } catch (error) {
        const explained = explainLoadError(error);
        if (!explained) throw error;
        throw withoutStack(new AstroError(explained.message, explained.hint));
      }
      // One id is one person across articles: the people pages could not say whose name is right.
      const clashes = nameClashes(
        [...context.store.values()].map((entry) => ({
          file: entry.filePath ?? join(folder, `${entry.id}.md`),
          people: (entry.data.people ?? []) as Person[],
        })),
      );
      if (clashes.length > 0) {
        throw withoutStack(
          new AstroError(
            clashes.join('\n'),
            'Fix what each line names, then build again. The README’s “Editing” section explains every message.',
          ),
        );
      }
      if (renderErrors.length > 0 && !context.watcher) {
        const count = renderErrors.length === 1 ? '1 article' : `${renderErrors.length} articles`;
        throw withoutStack(
          new AstroError(
            `${count} could not be built:\n${renderErrors.join('\n')}`,
            'Fix what each line names, then build again. The README’s “Editing” section explains every message.',
          ),
        );
      }
    },
  };
}
