/**
 * The README's editing guide, step by step, on a temporary copy of the live
 * content/. Every step picks its target from what the articles say now (so an
 * editor's earlier corrections never break it), builds, and runs the
 * content-agnostic checks; the steps the guide says will fail must fail with
 * exactly the error the guide names (a quote left uncredited: be listed by
 * `npm run check` with the warning it names), and pass once fixed as it says.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_ARTICLES, runSite } from '../support/builds';
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
function editAndBuild(name: string, edit: (file: ArticleFile, articles: string) => void): Step {
  const articles = join(work, name, 'articles');
  cpSync(LIVE_ARTICLES, articles, { recursive: true });
  const path = join(articles, article.file);
  const file = splitArticle(readFileSync(path, 'utf8'));
  edit(file, articles);
  writeFileSync(path, joinArticle(file));
  const outDir = join(work, name, 'dist');
  return { articles, outDir, ...runSite({ articles, outDir, args: ['--site', home, '--base', '/'] }) };
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

let asIs: Step;
let original: Document;
beforeAll(() => {
  asIs = editAndBuild('as-is', () => {});
  original = expectPasses(asIs);
}, 120_000);

describe('the README’s editing guide, applied to a copy of content/', () => {
  it('correct a typo: change the word in the body; the page follows', () => {
    let changed = '';
    const step = editAndBuild('typo', (file) => {
      const lede = blocksOf(file.body)[0];
      const word = lede.match(/\b[a-z]{6,}\b/g)!.find((w) => file.body.split(w).length === 2)!;
      changed = `${word.slice(0, -1)}${word.at(-1) === 'e' ? 'a' : 'e'}`;
      file.body = file.body.replace(word, changed);
    });
    expect(text(expectPasses(step).querySelector('p.lede'))).toContain(changed);
  });

  it('correct a quote: change it in the body; the sidebar follows', () => {
    const quote = sidebarQuotes(original)[0];
    const lastWord = /(\w+)\W*$/.exec(quote)![1];
    const edited = `${quote.slice(0, quote.lastIndexOf(lastWord))}capable`;
    const step = editAndBuild('quote', (file) => {
      // The body keeps the agency's straight quotes, as the sidebar text reads once normalised.
      const at = file.body.indexOf(quote);
      expect(at, 'the sidebar quote is in the body').toBeGreaterThan(-1);
      const wordAt = at + quote.lastIndexOf(lastWord);
      file.body = `${file.body.slice(0, wordAt)}capable${file.body.slice(wordAt + lastWord.length)}`;
    });
    expect(sidebarQuotes(expectPasses(step))).toContain(edited);
  });

  it('record a correction: the page says Updated and dateModified moves to its date', () => {
    let date = '';
    const step = editAndBuild('correction', (file) => {
      date = dayAfterLatest(file.frontmatter);
      appendTo(file.frontmatter, 'corrections', { date, text: 'An earlier version of this article misspelt a word.' });
    });
    const doc = expectPasses(step);
    expect(doc.querySelector(`.article-meta time[datetime="${date}"]`)).not.toBeNull();
    expect(text(doc.querySelector('.corrections--end'))).toContain('misspelt a word');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as { dateModified: string };
    expect(ld.dateModified.slice(0, 10)).toBe(date);
  });

  it('respell the dateline place (Kiev → Kyiv) with a correction, in the dateline and the body', () => {
    const place = article.place;
    const respelt = place === 'Kiev' ? 'Kyiv' : place === 'Kyiv' ? 'Kiev' : `${place}a`;
    const step = editAndBuild('respelling', (file) => {
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

  it('add a person: a quote by someone not in people is left uncredited with the guide’s warning, then credited once added', () => {
    const missing = editAndBuild('person-missing', (file) => {
      file.body = `${file.body.trimEnd()}\n\n${newQuote}\n`;
    });
    const doc = expectPasses(missing);
    expect(uncreditedCount(missing.output)).toBe(uncreditedCount(asIs.output) + 1);
    expect(sidebarQuotes(doc)).not.toContain('We are ready to keep talking');
    expect(text(doc.querySelector('main article'))).toContain(normaliseTypography(newQuote));
    const check = runSite({ articles: missing.articles, script: 'check' });
    expect(check.status, check.output).toBe(0);
    expect(check.output).toMatch(
      new RegExp(`${article.file}:\\d+: no source found for the quote “We are ready to keep talking”, so it is left uncredited`),
    );
    const added = editAndBuild('person-added', (file) => {
      file.body = `${file.body.trimEnd()}\n\n${newQuote}\n`;
      appendTo(file.frontmatter, 'people', janeRoe);
    });
    const credited = expectPasses(added);
    expect(uncreditedCount(added.output)).toBe(uncreditedCount(asIs.output));
    if (!splitArticle(readFileSync(join(added.articles, article.file), 'utf8')).frontmatter.hasIn(['quotes', 'feature'])) {
      expect(sidebarQuotes(credited)).toContain('We are ready to keep talking');
    }
  });

  it('add a figure: its text is traced to the body and shown in the key facts', () => {
    const step = editAndBuild('figure', (file) => {
      file.body = `${file.body.trimEnd()}\n\nInspectors counted 4,321 armoured vehicles near the border.\n`;
      appendTo(file.frontmatter, 'figures', {
        id: 'armoured-vehicles',
        value: 4321,
        text: '4,321',
        unit: 'vehicles',
        label: 'Armoured vehicles near the border',
        claimant: 'Inspectors',
      });
    });
    const facts = [...expectPasses(step).querySelectorAll('aside.key-facts .key-fact')].map((f) => text(f));
    expect(facts.some((fact) => fact.includes('4,321') && fact.includes('Armoured vehicles near the border'))).toBe(true);
  });

  it('add an article with npm run new: both are published, checked and listed', () => {
    const step = editAndBuild('second-article', (_file, articles) => {
      const created = runSite({
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

  it('remove a figure’s sentence: the build names the figure; removing the figure too fixes it', () => {
    let figure = { id: '', text: '' };
    const broken = editAndBuild('figure-removed', (file) => {
      figure = (file.frontmatter.toJS() as { figures: { id: string; text: string }[] }).figures[0]!;
      file.body = blocksOf(file.body)
        .filter((block) => !block.includes(figure.text))
        .join('\n\n');
      file.body = `\n\n${file.body}\n`;
    });
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(
      `${article.file}: figures[0].text (${figure.id}): "${figure.text}" does not appear in the article body`,
    );
    const fixed = editAndBuild('figure-removed-fixed', (file) => {
      file.body = `\n\n${blocksOf(file.body)
        .filter((block) => !block.includes(figure.text))
        .join('\n\n')}\n`;
      file.frontmatter.deleteIn(['figures', 0]);
    });
    expectPasses(fixed);
  });
});
