/**
 * Warm builds and the pages around the articles: adding a story updates every
 * related list, person, place and topic page it changes, leaves the rest
 * restored, and the warm output (search index included) equals a cold build's.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, runSite } from '../support/builds';
import { differingFiles, relativeFiles } from '../support/files';
import { normaliseTypography, page } from '../support/html';

const work = mkdtempSync(join(tmpdir(), 'dispatch-around-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
cpSync(FIXTURE_ARTICLES, articles, { recursive: true });
cpSync(join(FIXTURE_ARTICLES, '../places.yaml'), join(work, 'places.yaml'));

function warmBuild(): string {
  const { status, output } = runSite({ articles, outDir, cacheDir });
  expect(status, output).toBe(0);
  return output;
}

const built = (path: string) => page(outDir, `${path}index.html`);
const related = (slug: string) =>
  [...built(`articles/${slug}/`).querySelectorAll('aside.related a')].map((a) => a.getAttribute('href'));
const cards = (path: string) => [...built(path).querySelectorAll('.card__headline a')].map((a) => a.getAttribute('href'));

const ADDED = `---
title: "Zelensky meets Blinken in Kyiv"
dateline:
  place: Kyiv
  date: "2021-12-02"
  timeZone: Europe/Kyiv
source:
  agency: TW
  name: Test Wire (fixture text written for the tests)
tags: [Ukraine, Diplomacy]
people:
  - id: zelensky
    name: Volodymyr Zelensky
    role: President of Ukraine
---

Ukrainian President Volodymyr Zelensky received a visitor in the capital on Thursday.

"Our door is always open to our friends," Zelensky said after the meeting.
`;

const UNRELATED = `---
title: "Andean farmers count the cost of frost"
dateline:
  place: Lima
  date: "2021-12-02"
  timeZone: America/Lima
source:
  agency: TW
  name: Test Wire (fixture text written for the tests)
tags: [Agriculture]
---

Farmers in the Peruvian highlands said on Thursday that a late frost had destroyed much of the potato crop.
`;

describe('a warm build after a story is added', () => {
  it('puts the story on the related lists, person, place and topic pages it belongs to, and restores the rest', () => {
    warmBuild();
    expect(related(ARTICLE_SLUG)).not.toContain('/articles/zelensky-meets-blinken/');
    writeFileSync(join(articles, 'zelensky-meets-blinken.md'), ADDED);
    writeFileSync(join(articles, 'andean-frost.md'), UNRELATED);
    const output = warmBuild();

    // Yermak's page lists only a story whose card did not change.
    expect(output).toMatch(/people\/yermak\/index\.html \((restored|cached)\)/);
    expect(related(ARTICLE_SLUG)).toContain('/articles/zelensky-meets-blinken/');
    expect(related('zelensky-says-ukraine-ready-for-any-escalation')).toContain('/articles/zelensky-meets-blinken/');
    expect(related('zelensky-meets-blinken')).toHaveLength(3);
    expect(related('andean-frost')).toEqual([]);
    const quotes = [...built('people/zelensky/').querySelectorAll('.person-quotes__story blockquote')].map((q) =>
      normaliseTypography(q.textContent ?? ''),
    );
    expect(quotes).toContain('Our door is always open to our friends');
    expect(cards('places/kyiv/')[1]).toBe('/articles/zelensky-meets-blinken/');
    expect(cards('topics/diplomacy/')).toContain('/articles/zelensky-meets-blinken/');
    expect(normaliseTypography(built('topics/').querySelector('main')?.textContent ?? '')).toContain('Ukraine 4 stories');
    expect(cards('places/lima/')).toEqual(['/articles/andean-frost/']);
  });

  it('equals a cold build byte for byte, search index included', () => {
    const coldDir = join(work, 'cold');
    const cold = runSite({ articles, outDir: coldDir, cacheDir: join(work, 'cold-cache'), script: 'build:cold' });
    expect(cold.status, cold.output).toBe(0);
    expect(relativeFiles(outDir)).toEqual(relativeFiles(coldDir));
    expect(relativeFiles(outDir).filter((file) => file.startsWith('pagefind/')).length).toBeGreaterThan(5);
    expect(differingFiles(coldDir, outDir)).toEqual([]);
  });
});
