/**
 * What the Markdown pipeline hands back besides the body's HTML: the one
 * contract between the plugins that derive data from an article's text and
 * the pages (and the loader) that read it. Astro passes only the frontmatter
 * through a render's metadata, so the plugins write into one field of it,
 * through `writeDerived` and `reportProblems`; the processor keeps only that
 * field (src/markdown/processor.ts); everything else reads it through
 * `readDerived`, `derivedOf`, `problemsOf` or `uncreditedOf`. No other file
 * names the field.
 */
import type { VFile } from 'vfile';
import type { Article } from '../article/schema.ts';
import type { FigureTrace } from '../figures/trace.ts';
import type { SidebarQuote } from '../quotes/selection.ts';
import type { Lede } from './rehype-lede.ts';
import type { ArticleQuote } from './remark-quote-sidebar.ts';

/** Each thing the plugins derive, and the plugin that derives it. */
export interface Derived {
  /** The story's first paragraph, taken out of the body (rehype-lede.ts). */
  lede: Lede;
  /** The direct quotations the sidebar shows (remark-quote-sidebar.ts). */
  quotes: SidebarQuote[];
  /** Every direct quotation credited to a person, featured or not: the people pages list them all (remark-quote-sidebar.ts). */
  allQuotes: ArticleQuote[];
  /** Where each key figure is stated (remark-figure-traces.ts). */
  traces: FigureTrace[];
  /** The editor's mistakes the plugins found, one message each: the loader stops the build with them. */
  problems: string[];
  /**
   * The quotations left uncredited and not silenced, one warning each
   * (remark-quote-sidebar.ts): the loader reports them and publishes the
   * article. Kept with the render, so a warm build counts what a cold one does.
   */
  uncredited: string[];
}

/**
 * The frontmatter field it all travels in. The frontmatter the plugins see is
 * the article's own, raw: one field of ours next to the article's, and no
 * article field has this name (src/article/schema.ts).
 */
const FIELD = 'derived';

/** A content entry as the pages get it from the articles collection. */
export interface RenderedEntry {
  id: string;
  filePath?: string;
  data: Article;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** What a render handed back: the `rendered` of an entry, or a renderer's result. */
type Rendered = { metadata?: { frontmatter?: unknown } } | undefined;

function written(file: VFile): Partial<Derived> {
  const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  const frontmatter = (astro.frontmatter ??= {});
  const derived = frontmatter[FIELD];
  if (typeof derived === 'object' && derived !== null) return derived;
  return (frontmatter[FIELD] = {});
}

/** Hands one derived value to the page (a plugin's last step). */
export function writeDerived<K extends keyof Derived>(file: VFile, key: K, value: Derived[K]): void {
  written(file)[key] = value;
}

/** Records mistakes a plugin found in an article, after any an earlier plugin found. */
export function reportProblems(file: VFile, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const derived = written(file);
  derived.problems = [...(derived.problems ?? []), ...problems];
}

/** Of the frontmatter a render hands back, only what the plugins derived: the article's own is in the entry's `data`. */
export function derivedFrontmatter(frontmatter: Record<string, unknown>): Record<string, unknown> {
  return FIELD in frontmatter ? { [FIELD]: frontmatter[FIELD] } : {};
}

/** What a render derived, as it is: nothing at all when it failed. */
export function derivedOf(rendered: Rendered): Partial<Derived> {
  const frontmatter = rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  return (frontmatter?.[FIELD] as Partial<Derived> | undefined) ?? {};
}

/** The editor's mistakes in an article, for the loader (src/loading/article-loader.ts). */
export function problemsOf(entry: { rendered?: Rendered }): readonly string[] {
  return derivedOf(entry.rendered).problems ?? [];
}

/** The warnings for an article's quotations left uncredited, for the loader. */
export function uncreditedOf(entry: { rendered?: Rendered }): readonly string[] {
  return derivedOf(entry.rendered).uncredited ?? [];
}

/** What the page reads of it: all but the messages for the editor, which are the loader's. */
type ForThePage = Omit<Derived, 'problems' | 'uncredited'>;

/**
 * The body, its lede apart from the rest, and what the plugins derived from
 * it. A build stops earlier, in src/loading/article-loader.ts, when an
 * article has problems; in `astro dev` the loader only logs them, and this
 * error shows on the page instead.
 */
export function readDerived(entry: Pick<RenderedEntry, 'id' | 'filePath' | 'rendered'>): ForThePage & {
  /** The body after the lede, as HTML. */
  html: string;
} {
  const { lede, quotes = [], allQuotes = [], traces = [] } = derivedOf(entry.rendered);
  if (lede === undefined) {
    throw new Error(
      `${entry.filePath ?? entry.id}: the article body is empty or could not be rendered. ` +
        'If an error about this file is printed above, fix what it names; otherwise write the story below the frontmatter.',
    );
  }
  return { lede, html: entry.rendered?.html ?? '', quotes, allQuotes, traces };
}

/** What lists, feeds and the meta description say of a story: its standfirst, else its lede's text. */
export function summaryOf(entry: Omit<RenderedEntry, 'data'> & { data: Pick<Article, 'standfirst'> }): string {
  return entry.data.standfirst ?? readDerived(entry).lede.text;
}
