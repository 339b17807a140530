/**
 * The README's editing guide, step by step, on a temporary copy of the live
 * content/. Every step picks its target from what the articles say now (so an
 * editor's earlier corrections never break it), builds, and runs the
 * content-agnostic checks; the steps the guide says will fail must fail with
 * exactly the error the guide names (a quote left uncredited: be listed by
 * `npm run check` with the warning it names), and pass once fixed as it says.
 * Steps run two at a time, each building its own copy; three edits to different
 * parts of the article (a word of the lede, a quotation, a new figure) share one
 * build, as an editor may make them at once, and each is checked on its own.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_ARTICLES, startSite } from '../support/builds';
import { articleProblems, listingProblems, publishedArticles, type PublishedArticle } from '../support/content-checks';
import { appendTo, blocksOf, dayAfterLatest, joinArticle, splitArticle, type ArticleFile } from '../support/article-edits';
import { normaliseTypography, page } from '../support/html';

const work = mkdtempSync(join(tmpdir(), 'dispatch-editing-guide-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const home = 'https://example.org/';
const [article] = publishedArticles(LIVE_ARTICLES) as [PublishedArticle];

interface Step {
  articles: string;
  outDir: string;
  status: number | null;
  output: string;
}

/** Copies content/, lets `edit` change the first article, builds, and returns where it all is. */
async function editAndBuild(name: string, edit: (file: ArticleFile, articles: string) => void | Promise<void>): Promise<Step> {
  const articles = join(work, name, 'articles');
  cpSync(LIVE_ARTICLES, articles, { recursive: true });
  const path = join(articles, article.file);
  const file = splitArticle(readFileSync(path, 'utf8'));
  await edit(file, articles);
  writeFileSync(path, joinArticle(file));
  const outDir = join(work, name, 'dist');
  return { articles, outDir, ...(await startSite({ articles, outDir, args: ['--site', home, '--base', '/'] })) };
}

/** The content-agnostic checks over every article of a step's build. */
function problems(step: Step): string[] {
  const articles = publishedArticles(step.articles);
  return [...articles.flatMap((a) => articleProblems(step.outDir, a)), ...listingProblems(step.outDir, home, articles)];
}

function expectPasses(step: Step): Document {
  expect(step.status, step.output).toBe(0);
  expect(problems(step)).toEqual([]);
  return page(step.outDir, `articles/${article.slug}/index.html`);
}

const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
const sidebarQuotes = (doc: Document) => [...doc.querySelectorAll('aside.quotes-sidebar blockquote')].map((q) => text(q));

/** How many quotations the build says it left uncredited (none when it says nothing). */
const uncreditedCount = (output: string) => Number(/Quotes: (\d+) quotations? in/.exec(output)?.[1] ?? 0);

/** The three edits of the shared build: what each changed, for its test to look for. */
interface Edits {
  /** The lede's word as respelt. */
  word: string;
  /** The first sidebar quotation, its last word replaced by "capable"; where the body had it. */
  quote: { edited: string; at: number };
  step: Step;
}

/** A figure as the guide adds one: a sentence in the body, and its entry in the frontmatter. */
const newFigure = {
  sentence: 'Inspectors counted 4,321 armoured vehicles near the border.',
  entry: {
    id: 'armoured-vehicles',
    value: 4321,
    text: '4,321',
    unit: 'vehicles',
    label: 'Armoured vehicles near the border',
    claimant: 'Inspectors',
  },
};

/** The lede's word, the sidebar's first quotation and a new figure, edited in one copy and built once. */
async function threeEdits(original: Document): Promise<Edits> {
  const quote = sidebarQuotes(original)[0];
  const lastWord = /(\w+)\W*$/.exec(quote)![1];
  const edits = { word: '', quote: { edited: `${quote.slice(0, quote.lastIndexOf(lastWord))}capable`, at: -1 } };
  const step = await editAndBuild('three-edits', (file) => {
    const lede = blocksOf(file.body)[0];
    const word = lede.match(/\b[a-z]{6,}\b/g)!.find((w) => file.body.split(w).length === 2 && !quote.includes(w))!;
    edits.word = `${word.slice(0, -1)}${word.at(-1) === 'e' ? 'a' : 'e'}`;
    file.body = file.body.replace(word, edits.word);
    // The body keeps the agency's straight quotes, as the sidebar text reads once normalised.
    edits.quote.at = file.body.indexOf(quote);
    if (edits.quote.at !== -1) {
      const wordAt = edits.quote.at + quote.lastIndexOf(lastWord);
      file.body = `${file.body.slice(0, wordAt)}capable${file.body.slice(wordAt + lastWord.length)}`;
    }
    file.body = `${file.body.trimEnd()}\n\n${newFigure.sentence}\n`;
    appendTo(file.frontmatter, 'figures', newFigure.entry);
  });
  return { ...edits, step };
}

let asIs: Step;
let original: Document;
let edited: Promise<Edits>;
beforeAll(async () => {
  asIs = await editAndBuild('as-is', () => {});
  original = expectPasses(asIs);
  // Builds beside the first steps; its three tests wait for it.
  edited = threeEdits(original);
}, 120_000);

describe.concurrent('the README’s editing guide, applied to a copy of content/', () => {
  it('correct a typo: change the word in the body; the page follows', async () => {
    const { word, step } = await edited;
    expect(text(expectPasses(step).querySelector('p.lede'))).toContain(word);
  });

  it('correct a quote: change it in the body; the sidebar follows', async () => {
    const { quote, step } = await edited;
    expect(quote.at, 'the sidebar quote is in the body').toBeGreaterThan(-1);
    expect(sidebarQuotes(expectPasses(step))).toContain(quote.edited);
  });

  it('record a correction: the page says Updated and dateModified moves to its date', async () => {
    let date = '';
    const step = await editAndBuild('correction', (file) => {
      date = dayAfterLatest(file.frontmatter);
      appendTo(file.frontmatter, 'corrections', { date, text: 'An earlier version of this article misspelt a word.' });
    });
    const doc = expectPasses(step);
    expect(doc.querySelector(`.article-meta time[datetime="${date}"]`)).not.toBeNull();
    expect(text(doc.querySelector('.corrections--end'))).toContain('misspelt a word');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as { dateModified: string };
    expect(ld.dateModified.slice(0, 10)).toBe(date);
  });

  it('respell the dateline place (Kiev → Kyiv) with a correction, in the dateline and the body', async () => {
    const place = article.place;
    const respelt = place === 'Kiev' ? 'Kyiv' : place === 'Kyiv' ? 'Kiev' : `${place}a`;
    const step = await editAndBuild('respelling', (file) => {
      file.frontmatter.setIn(['dateline', 'place'], respelt);
      file.body = file.body.replaceAll(place, respelt);
      const date = dayAfterLatest(file.frontmatter);
      appendTo(file.frontmatter, 'corrections', { date, text: `The city's name is now spelt ${respelt}.` });
    });
    const doc = expectPasses(step);
    expect(text(doc.querySelector('p.lede .dateline'))).toMatch(new RegExp(`^${respelt.toUpperCase()} \\(`));
    expect(text(doc.querySelector('main article'))).not.toContain(` ${place} `);
  });

  const newQuote = '"We are ready to keep talking," Jane Roe said.';
  const janeRoe = { id: 'jane-roe', name: 'Jane Roe', role: 'Spokeswoman, Example ministry' };

  it('add a person: a quote by someone not in people is left uncredited with the guide’s warning, then credited once added', async () => {
    const missing = await editAndBuild('person-missing', (file) => {
      file.body = `${file.body.trimEnd()}\n\n${newQuote}\n`;
    });
    const doc = expectPasses(missing);
    expect(uncreditedCount(missing.output)).toBe(uncreditedCount(asIs.output) + 1);
    expect(sidebarQuotes(doc)).not.toContain('We are ready to keep talking');
    expect(text(doc.querySelector('main article'))).toContain(normaliseTypography(newQuote));
    // The check reads the step before the person is added; the added step builds beside it.
    const [check, added] = await Promise.all([
      startSite({ articles: missing.articles, script: 'check' }),
      editAndBuild('person-added', (file) => {
        file.body = `${file.body.trimEnd()}\n\n${newQuote}\n`;
        appendTo(file.frontmatter, 'people', janeRoe);
      }),
    ]);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(
      new RegExp(`${article.file}:\\d+: no source found for the quote “We are ready to keep talking”, so it is left uncredited`),
    );
    const credited = expectPasses(added);
    expect(uncreditedCount(added.output)).toBe(uncreditedCount(asIs.output));
    if (!splitArticle(readFileSync(join(added.articles, article.file), 'utf8')).frontmatter.hasIn(['quotes', 'feature'])) {
      expect(sidebarQuotes(credited)).toContain('We are ready to keep talking');
    }
  });

  it('add a figure: its text is traced to the body and shown in the key facts', async () => {
    const { step } = await edited;
    const facts = [...expectPasses(step).querySelectorAll('aside.key-facts .key-fact')].map((f) => text(f));
    expect(facts.some((fact) => fact.includes('4,321') && fact.includes('Armoured vehicles near the border'))).toBe(true);
  });

  it('add an article with npm run new: both are published, checked and listed', async () => {
    const step = await editAndBuild('second-article', async (_file, articles) => {
      const created = await startSite({
        articles,
        script: 'new',
        args: ['Talks resume in Geneva', '--place', 'Geneva', '--zone', 'Europe/Zurich', '--date', '2021-12-09'],
      });
      expect(created.status, created.output).toBe(0);
      const path = join(articles, 'talks-resume-in-geneva.md');
      const fresh = splitArticle(readFileSync(path, 'utf8'));
      fresh.frontmatter.delete('draft');
      writeFileSync(path, joinArticle({ ...fresh, body: '\n\nDiplomats met again on Thursday.\n' }));
    });
    expectPasses(step);
    expect(publishedArticles(step.articles)).toHaveLength(publishedArticles(LIVE_ARTICLES).length + 1);
    expect(text(page(step.outDir, 'index.html').querySelector('main'))).toContain('Talks resume in Geneva');
  });

  it('remove a figure’s sentence: the build names the figure; removing the figure too fixes it', async () => {
    const { figures } = splitArticle(readFileSync(join(LIVE_ARTICLES, article.file), 'utf8')).frontmatter.toJS() as {
      figures: { id: string; text: string }[];
    };
    const figure = figures[0];
    const withoutItsSentence = (body: string) =>
      `\n\n${blocksOf(body)
        .filter((block) => !block.includes(figure.text))
        .join('\n\n')}\n`;
    // The broken step and its fix are two copies, built side by side.
    const [broken, fixed] = await Promise.all([
      editAndBuild('figure-removed', (file) => {
        file.body = withoutItsSentence(file.body);
      }),
      editAndBuild('figure-removed-fixed', (file) => {
        file.body = withoutItsSentence(file.body);
        file.frontmatter.deleteIn(['figures', 0]);
      }),
    ]);
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(
      `${article.file}: figures[0].text (${figure.id}): "${figure.text}" does not appear in the article body`,
    );
    expectPasses(fixed);
  });
});
