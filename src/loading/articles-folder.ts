/** The articles folder a build reads: content/articles, or ARTICLES_DIR (tests and the benchmark build other folders). */
export const ARTICLES_FOLDER = process.env.ARTICLES_DIR ?? './content/articles';
