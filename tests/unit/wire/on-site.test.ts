/**
 * How the desk reads the article already on the site: by the site's own
 * schema, and only the fields it needs (source, dateline, withdrawn). A
 * draft the editor is still working on, or fields the desk does not know,
 * are no obstacle to a later version; a field the schema rejects stops the
 * import with a message naming it (no stack trace), and nothing is written.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { newsmlVersion, runImport, seededDesks, snapshot } from '../../support/wire';

const NOW = new Date('2021-12-10T12:00:00Z');
const desk = seededDesks(NOW);
const edit = (from: string | RegExp, to: string) =>
  writeFileSync(desk.article, readFileSync(desk.article, 'utf8').replace(from, to));
const v2 = () => newsmlVersion(join(desk.work, 'v2.xml'), { version: '2', versionCreated: '2021-12-02T08:30:00Z' });

describe('a later version of an article the editor has not finished', () => {
  it('updates a draft whose people still lack a role, keeping fields the desk does not know', () => {
    edit('people:\n', 'standfirst: "Talks, not war."\nlayout: wide\npeople:\n  - id: someone\n    name: "Some One"\n');
    expect(desk.run(v2()).action).toBe('updated');
    const { frontmatter } = parseFrontmatter(readFileSync(desk.article, 'utf8'));
    expect(frontmatter).toMatchObject({ draft: true, standfirst: 'Talks, not war.', layout: 'wide', source: { version: 2 } });
    expect(frontmatter.people[0]).toEqual({ id: 'someone', name: 'Some One' });
  });
});

// Each case starts npm and Node: allow for a busy machine.
describe('an article whose source or dateline the schema rejects', { timeout: 60_000 }, () => {
  it('stops npm run import with the field and what to write, even after the file was renamed', () => {
    edit('  version: 1\n', '  version: "one"\n');
    const renamed = join(desk.articles, 'talks.md');
    renameSync(desk.article, renamed);
    const before = snapshot(desk.articles);
    const { status, stdout, stderr } = runImport(desk.articles, [v2()]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${renamed} is on the site, but the desk cannot read it (source.version: version is a whole number, for example version: 2); ` +
        'fix it first (npm run check), then import again\nNothing was written.',
    );
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(desk.articles)).toEqual(before);
  });

  it('names every field it cannot read, a kill included', () => {
    edit(/^ {2}timeZone: .*$/m, '  timeZone: "Europe/Kyyv"');
    edit(/^ {2}name: "Agence France-Presse"$/m, '  name: ""');
    const kill = newsmlVersion(join(desk.work, 'kill.xml'), { version: '2', pubStatus: 'stat:canceled' });
    expect(() => desk.run(kill)).toThrow(
      /cannot read it \(source\.name: .*; dateline\.timeZone: "Europe\/Kyyv" is not an IANA time zone; use a name such as "Europe\/Kyiv"/,
    );
  });
});
