import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { AstroUserError } from 'astro/errors';
import { articleSchema } from './lib/schema';

/**
 * Astro's glob loader logs a Markdown rendering error (a remark plugin's
 * "no speaker for this quote", "figure not in the body") and carries on
 * without the body. For a newsroom that is silent data loss, so this wrapper
 * turns those logged errors into a failed `astro build` / `astro sync`. In
 * `astro dev` the error stays a log line and the page shows it.
 */
function failOnRenderErrors(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const errors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        errors.push(message.replace(/^Error rendering [^:]+: /, ''));
        context.logger.error(message);
      };
      await loader.load({ ...context, logger });
      if (errors.length > 0 && !import.meta.env.DEV) {
        throw new AstroUserError(
          `${errors.length} article${errors.length === 1 ? '' : 's'} could not be built:\n${errors.join('\n')}`,
          'Fix what each line names, then build again. The README’s editing guide explains every message.',
        );
      }
    },
  };
}

const articles = defineCollection({
  // One folder, one file per article: the file name is the article's URL slug.
  loader: failOnRenderErrors(glob({ pattern: '*.md', base: './content/articles' })),
  schema: articleSchema,
});

export const collections = { articles };
