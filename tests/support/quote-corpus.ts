/**
 * The hand-labelled quote corpora: the house corpus (tests/fixtures/quotes/)
 * and the parts of the agency corpus (tests/fixtures/agency-quotes/tuning/,
 * seen/ and held-out/, in English; fr/ in French, es/ in Spanish and ar/ in
 * Arabic; its README.txt says which may be tuned to). A corpus is a folder of articles,
 * each `<story>.md` beside its `<story>.labels.json`; a story is read as the
 * finder sees it, through the site's own Markdown pipeline (remark-gfm,
 * SmartyPants). The scores both the corpus tests and `npm run quote-accuracy`
 * report are in quote-scores.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { findQuotes } from '../../src/quotes/find-quotes';
import { bodyParagraphs } from '../../src/markdown/body-paragraphs';
import { articleSchema } from '../../src/article/schema';
import type { Paragraph } from '../../src/text/sentences';
import type { Label, StoryResult } from './quote-scores';

export * from './quote-scores';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** The house corpus, the one the corpus test expects the finder to get entirely right. */
export const CORPUS = join(FIXTURES, 'quotes');

/** Every corpus, in the order `npm run quote-accuracy` reports them. */
export const CORPORA = [
  { name: 'house', dir: CORPUS },
  { name: 'agency tuning', dir: join(FIXTURES, 'agency-quotes/tuning') },
  { name: 'agency seen', dir: join(FIXTURES, 'agency-quotes/seen') },
  { name: 'agency held-out', dir: join(FIXTURES, 'agency-quotes/held-out') },
  { name: 'agency fr', dir: join(FIXTURES, 'agency-quotes/fr') },
  { name: 'agency es', dir: join(FIXTURES, 'agency-quotes/es') },
  { name: 'agency ar', dir: join(FIXTURES, 'agency-quotes/ar') },
  { name: 'agency de', dir: join(FIXTURES, 'agency-quotes/de') },
  { name: 'agency pt', dir: join(FIXTURES, 'agency-quotes/pt') },
] as const;

/** A body's paragraphs as the finder sees them on the site: through remark-gfm and SmartyPants (curly quotes). */
export async function renderedParagraphs(body: string, path?: string, frontmatter = {}): Promise<Paragraph[]> {
  let paragraphs: Paragraph[] = [];
  const capture = () => (tree: Parameters<typeof bodyParagraphs>[0], file: Parameters<typeof bodyParagraphs>[1]) => {
    paragraphs = bodyParagraphs(tree, file).paragraphs;
  };
  const processor = await createMarkdownProcessor({ gfm: false, smartypants: true, remarkPlugins: [remarkGfm, capture] });
  await processor.render(body, { frontmatter, ...(path ? { fileURL: pathToFileURL(path) } : {}) });
  return paragraphs;
}

/** Runs the finder over one story of the house corpus. */
export const readStory = (story: string) => readStoryIn(CORPUS, story);

/** Runs the finder over one story of the corpus in `dir`. */
export async function readStoryIn(dir: string, story: string): Promise<StoryResult> {
  const path = join(dir, `${story}.md`);
  const { article, quotes, unattributed } = await findQuotesInFile(readFileSync(path, 'utf8'), path);
  return { story, agency: article.source.agency, labels: readLabels(dir, story), quotes, unattributed };
}

/** A story's labelled quotations. */
export function readLabels(dir: string, story: string): Label[] {
  return (JSON.parse(readFileSync(join(dir, `${story}.labels.json`), 'utf8')) as { quotes: Label[] }).quotes;
}

/** An article file's frontmatter and the finder's quotes in it, read as the site reads them (`path` names it for the pipeline). */
export async function findQuotesInFile(text: string, path: string) {
  const parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  const article = articleSchema.parse(parsed.frontmatter);
  const paragraphs = await renderedParagraphs(parsed.content.trim(), path, parsed.frontmatter);
  const { quotes, unattributed } = findQuotes(paragraphs, article.people, {
    organisations: article.organisations,
    unnamed: article.quotes.unnamed,
    lang: article.lang,
  });
  return { article, body: parsed.content, quotes, unattributed };
}

/** The stories of the corpus in `dir` (the house corpus by default), by file name without `.md`; none when the folder is missing. */
export function corpusStories(dir: string = CORPUS): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
}
