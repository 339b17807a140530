import { defineCollection } from 'astro:content';
import { articleLoader } from './loading/article-loader';
import { articleSchemaWithPhoto } from './article/schema';
import { ARTICLES_FOLDER } from './loading/articles-folder';
import { problemsOf, uncreditedOf } from './markdown/derived';

const articles = defineCollection({
  // One folder, one file per article: the file name is the article's URL slug.
  // ARTICLES_DIR points a build at another folder (the bad-input tests and the benchmark use it).
  loader: articleLoader(ARTICLES_FOLDER, { problemsOf, uncreditedOf }),
  schema: ({ image }) => articleSchemaWithPhoto(image),
});

export const collections = { articles };
