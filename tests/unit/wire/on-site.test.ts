/**
 * How the desk reads the article already on the site: by the site's own
 * schema, and only the fields it needs (source, dateline, withdrawn). A
 * draft the editor is still working on, or fields the desk does not know,
 * are no obstacle to a later version; a field the schema rejects stops the
 * import with a message naming it (no stack trace), and nothing is written.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importWire } from '../../../src/wire/desk';
import { newsmlVersion, runImport, SEED_SLUG, snapshot, tempDesk, WIRE } from '../../support/wire';

const desks: string[] = [];
afterAll(() => desks.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

let articles: string;
let work: string;
let article: string;
const NOW = new Date('2021-12-10T12:00:00Z');
const run = (file: string) => importWire({ file, articlesDir: articles, now: NOW, slug: SEED_SLUG });
const edit = (from: string | RegExp, to: string) => writeFileSync(article, readFileSync(article, 'utf8').replace(from, to));
const v2 = () => newsmlVersion(join(work, 'v2.xml'), { version: '2', versionCreated: '2021-12-02T08:30:00Z' });

beforeEach(() => {
  ({ articles, work } = tempDesk());
  desks.push(work);
  article = join(articles, `${SEED_SLUG}.md`);
  expect(run(WIRE.newsml).action).toBe('created');
});

describe('a later version of an article the editor has not finished', () => {
  it('updates a draft whose people still lack a role, keeping fields the desk does not know', () => {
    edit('people:\n', 'standfirst: "Talks, not war."\nlayout: wide\npeople:\n  - id: someone\n    name: "Some One"\n');
    expect(run(v2()).action).toBe('updated');
    const { frontmatter } = parseFrontmatter(readFileSync(article, 'utf8'));
    expect(frontmatter).toMatchObject({ draft: true, standfirst: 'Talks, not war.', layout: 'wide', source: { version: 2 } });
    expect(frontmatter.people[0]).toEqual({ id: 'someone', name: 'Some One' });
  });
});

// Each case starts npm and Node: allow for a busy machine.
describe('an article whose source or dateline the schema rejects', { timeout: 60_000 }, () => {
  it('stops npm run import with the field and what to write, even after the file was renamed', () => {
    edit('  version: 1\n', '  version: "one"\n');
    const renamed = join(articles, 'talks.md');
    renameSync(article, renamed);
    const before = snapshot(articles);
    const { status, stdout, stderr } = runImport(articles, [v2()]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${renamed} is on the site, but the desk cannot read it (source.version: version is a whole number, for example version: 2); ` +
        'fix it first (npm run check), then import again\nNothing was written.',
    );
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(articles)).toEqual(before);
  });

  it('names every field it cannot read, a kill included', () => {
    edit(/^ {2}timeZone: .*$/m, '  timeZone: "Europe/Kyyv"');
    edit(/^ {2}name: "Agence France-Presse"$/m, '  name: ""');
    const kill = newsmlVersion(join(work, 'kill.xml'), { version: '2', pubStatus: 'stat:canceled' });
    expect(() => run(kill)).toThrow(
      /cannot read it \(source\.name: .*; dateline\.timeZone: "Europe\/Kyyv" is not an IANA time zone; use a name such as "Europe\/Kyiv"/,
    );
  });
});
