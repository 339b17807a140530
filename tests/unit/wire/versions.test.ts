/**
 * Later versions of an item already on the site: an update changes the text
 * and the item's fields and keeps everything an editor added; an older or
 * identical version changes nothing; a correction appends its note; a kill
 * withdraws the story; a running embargo is refused. Each case works on a
 * temporary articles folder, never content/.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';
import { importWire, type DeskOptions } from '../../../src/wire/desk';
import { renderArticle } from '../../support/markdown';
import { newsmlVersion, ninjsVersion, SEED_SLUG, snapshot, tempDesk, WIRE } from '../../support/wire';

const desks: string[] = [];
afterAll(() => desks.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let articles: string;
let work: string;
let article: string;
const NOW = new Date('2021-12-10T12:00:00Z');
const run = (file: string, options: Partial<DeskOptions> = {}) =>
  importWire({ file, articlesDir: articles, now: NOW, slug: SEED_SLUG, ...options });
const frontmatter = () => parseFrontmatter(readFileSync(article, 'utf8')).frontmatter;

/** What an editor does to an imported draft before publishing it. */
function editorEdits(text: string): string {
  return text
    .replace('draft: true\n', '')
    .replace('    role: "Russian President"\n', '    role: "Russian President"\n    aliases: [the Russian leader]\n')
    .replace(
      /^# None is added for you.*\nfigures: \[\]\n/m,
      [
        '# Checked against the Ukrainian foreign ministry statement.',
        'figures:',
        '  - id: russian-troops',
        '    value: 115000',
        '    text: "115,000"',
        '    unit: troops',
        '    label: Russian troops massed around Ukraine',
        '    claimant: Ukrainian foreign ministry',
        'quotes:',
        '  exclude: [zelensky-2]',
        'corrections:',
        '  - date: "2021-12-01"',
        '    text: An earlier version of this article misspelt Lavrov.',
        '',
      ].join('\n'),
    );
}

beforeEach(() => {
  ({ articles, work } = tempDesk());
  desks.push(work);
  article = join(articles, `${SEED_SLUG}.md`);
  expect(run(WIRE.newsml).action).toBe('created');
  writeFileSync(article, editorEdits(readFileSync(article, 'utf8')));
  expect(frontmatter().figures).toHaveLength(1);
});

describe('a newer version', () => {
  it('updates the text, the item fields and `updated`, and keeps what the editor added', async () => {
    const v2 = newsmlVersion(join(work, 'v2.xml'), {
      version: '2',
      versionCreated: '2021-12-02T08:30:00Z',
      replace: ['in Stockholm on Thursday', 'in Stockholm on Thursday evening'],
    });
    const result = run(v2);
    expect(result.action).toBe('updated');
    const text = readFileSync(article, 'utf8');
    expect(text).toContain('Sergei Lavrov in Stockholm on Thursday evening.');
    const data = frontmatter();
    expect(data.source).toMatchObject({ version: 2, versionCreated: '2021-12-02T08:30:00Z' });
    expect(data.updated).toBe('2021-12-02');
    expect(data.draft).toBeUndefined();
    expect(data.figures.map((f: { id: string }) => f.id)).toEqual(['russian-troops']);
    expect(data.people.find((p: { id: string }) => p.id === 'putin').aliases).toEqual(['the Russian leader']);
    expect(data.quotes).toEqual({ exclude: ['zelensky-2'] });
    expect(data.corrections).toHaveLength(1);
    expect(text).toContain('# Checked against the Ukrainian foreign ministry statement.');
    expect(articleSchema.safeParse(data).error).toBeUndefined();
    expect((await renderArticle(article)).sidebarQuotes.map((q) => q.id)).toEqual([
      'zelensky-1',
      'zelensky-3',
      'zakharova-1',
      'zakharova-2',
      'putin-1',
    ]);
  });

  it('is found by the item id even after the editor renamed the file', () => {
    const renamed = join(articles, 'ukraine-talks.md');
    writeFileSync(renamed, readFileSync(article, 'utf8'));
    rmSync(article);
    const v2 = newsmlVersion(join(work, 'v2.xml'), { version: '2', versionCreated: '2021-12-02T08:30:00Z' });
    expect(run(v2, { slug: undefined })).toMatchObject({ action: 'updated', path: renamed });
    expect(Object.keys(snapshot(articles))).toEqual(['ukraine-talks.md']);
  });

  it('counts as newer by its version time when the version number is the same (ninjs)', () => {
    ({ articles, work } = tempDesk());
    desks.push(work);
    article = join(articles, `${SEED_SLUG}.md`);
    expect(run(WIRE.ninjs2).action).toBe('created');
    const later = ninjsVersion(join(work, 'later.json'), (item) => {
      item.versioncreated = '2021-12-01T15:00:00Z';
    });
    expect(run(later).action).toBe('updated');
    expect(frontmatter().updated).toBe('2021-12-01');
  });
});

describe('an older or identical version', () => {
  it.each([
    ['the same version', WIRE.newsml],
    ['an older version', 'older'],
  ])('changes nothing and says so: %s', (_, which) => {
    const v3 = newsmlVersion(join(work, 'v3.xml'), { version: '3', versionCreated: '2021-12-03T08:00:00Z' });
    run(v3);
    const before = snapshot(articles);
    const file = which === 'older' ? newsmlVersion(join(work, 'v2.xml'), { version: '2', replace: ['Kiev', 'Kyiv'] }) : v3;
    const result = run(file);
    expect(result).toMatchObject({
      action: 'unchanged',
      message: `${article} already has version 3 of this item; nothing changed`,
    });
    expect(snapshot(articles)).toEqual(before);
  });
});

describe('a correction', () => {
  it('appends the agency’s note, dated the day of the version, to the editor’s corrections', () => {
    const v2 = newsmlVersion(join(work, 'v2.xml'), {
      version: '2',
      versionCreated: '2021-12-02T23:30:00Z',
      signal: 'sig:correction',
      edNote: 'Corrects the venue of the Blinken-Lavrov talks in paragraph 2.',
      edNoteRole: 'ednoterole:correction',
      replace: ['in Stockholm', 'in Stockholm, Sweden,'],
    });
    expect(run(v2).action).toBe('corrected');
    const data = frontmatter();
    // 23:30 UTC on 2 December is already 3 December in Kyiv.
    expect(data.corrections).toEqual([
      { date: '2021-12-01', text: 'An earlier version of this article misspelt Lavrov.' },
      { date: '2021-12-03', text: 'Corrects the venue of the Blinken-Lavrov talks in paragraph 2.' },
    ]);
    expect(articleSchema.safeParse(data).error).toBeUndefined();
  });

  it('reads a neutral correction when the agency gives no public note, and tells the editor; --correction overrules it', () => {
    const v2 = newsmlVersion(join(work, 'v2.xml'), {
      version: '2',
      signal: 'sig:correction',
      edNote: 'Para 2 venue fixed.',
    });
    const result = run(v2, { dryRun: true });
    expect(result.action).toBe('corrected');
    expect(result.text).toContain('text: "Agence France-Presse has corrected this story since it was first published."');
    expect(result.text).not.toContain('Para 2 venue fixed.');
    expect(result.notes.join('\n')).toMatch(/no public note of what it corrected.*«Para 2 venue fixed\.».*--correction/);
    expect(run(v2, { correction: 'Corrects a typo.' }).action).toBe('corrected');
    expect(frontmatter().corrections.at(-1)).toEqual({ date: '2021-12-01', text: 'Corrects a typo.' });
  });

  it('of a story not on the site imports it as new, with no correction note, and says so', () => {
    rmSync(article);
    const v2 = newsmlVersion(join(work, 'v2.xml'), { version: '2', signal: 'sig:correction' });
    const result = run(v2);
    expect(result.action).toBe('created');
    expect(result.notes).toContain(
      'this version is a correction, but the story was not on the site: imported as new, with no correction note',
    );
    expect(frontmatter().corrections).toBeUndefined();
  });

  it('can be marked by the editor for plain text, which has no id: the file continues by its address', () => {
    ({ articles, work } = tempDesk());
    desks.push(work);
    article = join(articles, `${SEED_SLUG}.md`);
    expect(run(WIRE.plainText, { date: '2021-12-01' }).action).toBe('created');
    expect(run(WIRE.plainText, { date: '2021-12-02' }).action).toBe('unchanged');
    const fixed = join(work, 'fixed.txt');
    writeFileSync(fixed, readFileSync(WIRE.plainText, 'utf8').replace('eight years', 'seven years'));
    expect(
      run(fixed, { date: '2021-12-02', correction: 'An earlier version misstated how long the war had lasted.' }).action,
    ).toBe('corrected');
    expect(frontmatter()).toMatchObject({
      source: { version: 2 },
      updated: '2021-12-02',
      corrections: [{ date: '2021-12-02', text: 'An earlier version misstated how long the war had lasted.' }],
    });
  });
});

describe('a kill', () => {
  it('withdraws the story with the agency’s reason and date, keeping the file', () => {
    const kill = newsmlVersion(join(work, 'kill.xml'), {
      version: '2',
      versionCreated: '2021-12-03T10:00:00Z',
      pubStatus: 'stat:canceled',
      edNote: 'AFP has withdrawn this story. It will not be replaced.',
      edNoteRole: 'ednoterole:withdrawal',
    });
    expect(run(kill).action).toBe('withdrawn');
    const data = frontmatter();
    expect(data.withdrawn).toEqual({ date: '2021-12-03', reason: 'AFP has withdrawn this story. It will not be replaced.' });
    expect(data.source.version).toBe(2);
    expect(articleSchema.safeParse(data).error).toBeUndefined();
    expect(run(kill).action).toBe('unchanged');
  });

  it('gives a plain reason when the agency gives none (ninjs withheld)', () => {
    ({ articles, work } = tempDesk());
    desks.push(work);
    article = join(articles, `${SEED_SLUG}.md`);
    run(WIRE.ninjs2);
    const kill = ninjsVersion(join(work, 'kill.json'), (item) => {
      Object.assign(item, { version: '2', versioncreated: '2021-12-02T09:00:00Z', pubstatus: 'withheld' });
    });
    expect(run(kill).action).toBe('withdrawn');
    expect(frontmatter().withdrawn).toEqual({ date: '2021-12-02', reason: 'Agence France-Presse has withdrawn this story.' });
  });

  it('of a story not on the site writes nothing', () => {
    const kill = newsmlVersion(join(work, 'kill.xml'), { version: '2', pubStatus: 'stat:canceled' });
    rmSync(article);
    expect(run(kill)).toMatchObject({
      action: 'unchanged',
      message: expect.stringMatching(/not on the site: nothing to withdraw/),
    });
    expect(snapshot(articles)).toEqual({});
  });
});

describe('an embargo', () => {
  it('still running is refused, naming the embargo time, and nothing is written', () => {
    rmSync(article);
    const embargoed = newsmlVersion(join(work, 'embargo.xml'), { embargoed: '2021-12-11T06:00:00Z' });
    expect(() => run(embargoed)).toThrow(
      `${embargoed}: the item is embargoed until 2021-12-11T06:00:00Z; it cannot be imported before then`,
    );
    expect(snapshot(articles)).toEqual({});
  });

  it('that has ended is no obstacle', () => {
    rmSync(article);
    const lifted = newsmlVersion(join(work, 'lifted.xml'), { embargoed: '2021-12-01T12:00:00Z' });
    expect(run(lifted).action).toBe('created');
  });
});

it('--dry-run returns the file without writing it', () => {
  rmSync(article);
  const result = run(WIRE.newsml, { dryRun: true });
  expect(result.text).toMatch(/^---\n# Imported by npm run import/);
  expect(snapshot(articles)).toEqual({});
});
