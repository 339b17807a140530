import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './loading/article-loader';
import { trustPagesLoader } from './loading/trust-pages';
import { articleSchemaWithPhoto } from './article/schema';
import { ARTICLES_FOLDER } from './loading/articles-folder';
import { problemsOf, uncreditedOf } from './markdown/derived';

const articles = defineCollection({
  // One folder, one file per article: the file name is the article's URL slug.
  // ARTICLES_DIR points a build at another folder (the bad-input tests and the benchmark use it).
  loader: articleLoader(ARTICLES_FOLDER, { problemsOf, uncreditedOf }),
  schema: ({ image }) => articleSchemaWithPhoto(image),
});

// The pages about the site itself (content/pages/<slug>.md), one for each of TRUST_PAGES in src/site.config.ts.
const pages = defineCollection({
  loader: trustPagesLoader(),
  schema: z.object({
    /** The page's headline. */
    title: z.string({ error: 'add a title, for example title: "Our standards"' }).trim().min(1),
    /** One sentence for search results and link previews. */
    description: z.string({ error: 'add a description: one sentence saying what the page covers' }).trim().min(1),
  }),
});

export const collections = { articles, pages };
