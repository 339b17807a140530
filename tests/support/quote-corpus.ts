/**
 * The hand-labelled quote corpus (tests/fixtures/quotes/): each story's
 * direct quotations as the finder sees them through the site's own Markdown
 * pipeline (remark-gfm, SmartyPants), its labels, and the scores both the
 * corpus test and `npm run quote-accuracy` report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { findQuotes, type FoundQuote, type UnattributedQuote } from '../../src/quotes/find-quotes';
import { bodyParagraphs } from '../../src/markdown/body-paragraphs';
import { articleSchema } from '../../src/article/schema';
import type { Paragraph } from '../../src/text/sentences';
import { normaliseTypography } from './html';

export const CORPUS = resolve(import.meta.dirname, '../fixtures/quotes');

/** One direct quotation as labelled by hand: its words, and a source id or an unnamed source's description. */
export interface Label {
  text: string;
  source?: string;
  unnamed?: string;
  why: string;
}

export interface StoryResult {
  story: string;
  agency: string;
  labels: Label[];
  quotes: FoundQuote[];
  unattributed: UnattributedQuote[];
}

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

/** Runs the finder over one story of the corpus. */
export async function readStory(story: string): Promise<StoryResult> {
  const path = join(CORPUS, `${story}.md`);
  const parsed = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  const article = articleSchema.parse(parsed.frontmatter);
  const paragraphs = await renderedParagraphs(parsed.content.trim(), path, parsed.frontmatter);
  const { quotes, unattributed } = findQuotes(paragraphs, article.people, {
    organisations: article.organisations,
    unnamed: article.quotes.unnamed,
  });
  const labels = (JSON.parse(readFileSync(join(CORPUS, `${story}.labels.json`), 'utf8')) as { quotes: Label[] }).quotes;
  return { story, agency: article.source.agency, labels, quotes, unattributed };
}

/** The corpus's stories, by file name without `.md`. */
export function corpusStories(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
}

/** Quote text as labels and finder are compared: straight quote marks, one kind of dash, single spaces. */
export const sameText = (a: string, b: string) => normaliseTypography(a) === normaliseTypography(b);

/** Whether a found quote is credited to the labelled source (an unnamed description's first letter may differ in case). */
export function sameSource(label: Label, quote: FoundQuote): boolean {
  if (label.source !== undefined) return quote.sourceId === label.source;
  const fold = (s: string) => normaliseTypography(s.charAt(0).toLowerCase() + s.slice(1));
  return quote.kind === 'unnamed' && label.unnamed !== undefined && fold(quote.description ?? '') === fold(label.unnamed);
}

/** What went wrong in one story, in words: missed, extra, uncredited and wrongly credited quotes. */
export function misses(result: StoryResult): string[] {
  const found = [...result.quotes, ...result.unattributed];
  const out: string[] = [];
  for (const label of result.labels) {
    const quote = result.quotes.find((q) => sameText(q.text, label.text));
    const want = label.source ?? `unnamed "${label.unnamed}"`;
    if (quote && !sameSource(label, quote))
      out.push(`wrong source: “${label.text}” credited to ${quote.sourceId ?? `unnamed "${quote.description}"`}, not ${want}`);
    else if (!quote && result.unattributed.some((q) => sameText(q.text, label.text)))
      out.push(`no source: “${label.text}” (${want})`);
    else if (!quote) out.push(`not found: “${label.text}” (${want})`);
  }
  for (const quote of found) {
    if (!result.labels.some((label) => sameText(label.text, quote.text))) out.push(`not a labelled quote: “${quote.text}”`);
  }
  return out;
}

export interface Scores {
  labelled: number;
  /** Direct quotations the finder reports, credited or not. */
  found: number;
  /** Found quotations that are labelled ones. */
  foundRight: number;
  /** Found quotations credited to some source. */
  credited: number;
  /** Credited to the labelled source. */
  creditedRight: number;
}

export function score(results: readonly StoryResult[]): Scores {
  const scores: Scores = { labelled: 0, found: 0, foundRight: 0, credited: 0, creditedRight: 0 };
  for (const result of results) {
    const found = [...result.quotes, ...result.unattributed];
    scores.labelled += result.labels.length;
    scores.found += found.length;
    scores.foundRight += result.labels.filter((label) => found.some((q) => sameText(q.text, label.text))).length;
    scores.credited += result.quotes.length;
    scores.creditedRight += result.labels.filter((label) =>
      result.quotes.some((q) => sameText(q.text, label.text) && sameSource(label, q)),
    ).length;
  }
  return scores;
}

/** Precision and recall of quotes found and of sources credited, as fractions. */
export function rates(s: Scores) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    quotes: { precision: ratio(s.foundRight, s.found), recall: ratio(s.foundRight, s.labelled) },
    sources: { precision: ratio(s.creditedRight, s.credited), recall: ratio(s.creditedRight, s.labelled) },
  };
}
