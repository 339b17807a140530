/**
 * A quotation the finder cannot credit never blocks the site: one small story
 * (tests/fixtures/uncredited/) with one quote it credits and one it cannot,
 * built cold and warm, checked, checked with --strict, and silenced.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitArticle, joinArticle } from '../support/article-edits';
import { runSite, type BuildResult } from '../support/builds';
import { normaliseTypography, page } from '../support/html';

const work = mkdtempSync(join(tmpdir(), 'uncredited-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILE = 'talks-stall.md';
const CREDITED = 'We must talk, knowing that we have a strong and powerful army';
const UNCREDITED = 'There is nothing to discuss while troops stand on our border';
const SUMMARY = 'Quotes: 1 quotation in 1 story left uncredited; npm run check lists them.';
/** The warning `npm run check` lists: file and line, the opening words, why, and the ways out. */
const WARNING = new RegExp(
  `${FILE}:21: no source found for the quote “${UNCREDITED}”, so it is left uncredited: .*` +
    'add the person to people \\(id, name, role\\).*quotes\\.unnamed.*aliases.*' +
    `To leave it uncredited and stop this warning, add quotes\\.uncredited: \\["${UNCREDITED}"\\]`,
);

/** A copy of the fixture folder, `edit` applied to the story, to build and check. */
function articles(name: string, edit: (markdown: string) => string = (markdown) => markdown): string {
  const folder = join(work, name);
  cpSync(resolve(import.meta.dirname, '../fixtures/uncredited'), folder, { recursive: true });
  writeFileSync(join(folder, FILE), edit(readFileSync(join(folder, FILE), 'utf8')));
  return folder;
}

const folder = articles('as-filed');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const text = (el: Element | null | undefined) => normaliseTypography(el?.textContent ?? '');
let cold: BuildResult;
let warm: BuildResult;
beforeAll(() => {
  cold = runSite({ articles: folder, outDir, cacheDir });
  warm = runSite({ articles: folder, outDir, cacheDir });
});

describe('a story with a quotation left uncredited', () => {
  it('builds, and the build says how many were left uncredited, warm as cold', () => {
    expect(cold.status, cold.output).toBe(0);
    expect(cold.output).toContain(SUMMARY);
    expect(cold.output, 'the build counts, npm run check lists').not.toMatch(WARNING);
    expect(warm.status, warm.output).toBe(0);
    expect(warm.output).toMatch(/Markdown: 0 of 1 article rendered, 1 kept from the last build/);
    expect(warm.output).toContain(SUMMARY);
  });

  it('keeps the quotation in the text, word for word, and shows only the credited one in the sidebar', () => {
    const doc = page(outDir, 'articles/talks-stall/index.html');
    const paragraphs = [...doc.querySelectorAll('main article p')];
    const uncredited = paragraphs.find((p) => text(p).startsWith(`"${UNCREDITED}`));
    expect(text(uncredited)).toBe(`"${UNCREDITED}," Olena Petrenko said.`);
    expect(uncredited?.id, 'an uncredited quotation has no id').toBe('');
    expect([...doc.querySelectorAll('aside.quotes-sidebar blockquote')].map((q) => text(q))).toEqual([CREDITED]);
    const ld = doc.querySelector('script[type="application/ld+json"]')!.textContent;
    expect(ld).toContain('Volodymyr Zelensky');
    expect(ld).not.toMatch(/nothing to discuss|Petrenko/);
  });

  it('lists only the credited quotation on the person’s page', () => {
    const quotes = page(outDir, 'people/zelensky/index.html').querySelectorAll('.person-quotes blockquote');
    expect([...quotes].map((q) => text(q))).toEqual([CREDITED]);
  });

  it('npm run check lists it, with its ways out, and passes', () => {
    const { status, output } = runSite({ articles: folder, script: 'check' });
    expect(status, output).toBe(0);
    expect(output).toMatch(WARNING);
    expect(output.match(new RegExp(WARNING.source, 'g'))).toHaveLength(1);
  });

  it('npm run check -- --strict lists it and fails', () => {
    const { status, output } = runSite({ articles: folder, script: 'check', args: ['--strict'] });
    expect(status).toBe(1);
    expect(output).toMatch(WARNING);
    expect(output).toContain('Quotes: 1 quotation in 1 story left uncredited, listed above; --strict allows none.');
  });
});

describe('the same story with the quotation silenced under quotes.uncredited', () => {
  const silenced = articles('silenced', (markdown) => {
    const file = splitArticle(markdown);
    file.frontmatter.setIn(['quotes', 'uncredited'], ['There is nothing to discuss']);
    return joinArticle(file);
  });

  it('builds without a word about it, and passes npm run check -- --strict', () => {
    const build = runSite({ articles: silenced, outDir: join(work, 'silenced-dist') });
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain('left uncredited');
    const check = runSite({ articles: silenced, script: 'check', args: ['--strict'] });
    expect(check.status, check.output).toBe(0);
    expect(check.output).not.toContain('no source found');
  });
});
