/**
 * `npm run new`, run as an editor runs it, into a temporary articles folder:
 * it writes a draft through the wire desk's writer, with frontmatter the
 * schema accepts, and refuses what the site could not use (a headline that
 * gives no address, a zone or day that does not exist), saying what to give
 * instead and writing nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';
import { snapshot, tempDesk } from '../../support/wire';

const root = resolve(import.meta.dirname, '../../..');
const desks: string[] = [];
afterAll(() => desks.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runNew(args: string[]) {
  const { articles, work } = tempDesk();
  desks.push(work);
  const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articles, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { articles, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run new` and checks it stopped with nothing written; returns what it printed. */
function refused(args: string[]): string {
  const { articles, status, stdout, stderr } = runNew(args);
  expect(status).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(/RangeError|^\s+at /m);
  expect(stderr.trimEnd()).toMatch(/\nNothing was written\.$/);
  expect(snapshot(articles)).toEqual({});
  return stderr;
}

// Each case starts npm and Node: allow for a busy machine.
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes a draft with the headline, dateline and agency given, which the schema accepts', () => {
    const { articles, status, stdout } = runNew([
      'Ukraine leader calls for "talks"',
      '--place',
      'Kiev',
      '--zone',
      'Europe/Kyiv',
      '--date',
      '2021-12-05',
    ]);
    expect(status).toBe(0);
    const path = join(articles, 'ukraine-leader-calls-for-talks.md');
    expect(stdout).toContain(`Created ${path}, a draft.`);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(
      [
        '---',
        'title: "Ukraine leader calls for \\"talks\\""',
        '# A draft: npm run dev shows it, npm run build leaves it out. Delete this line to publish.',
        'draft: true',
        'dateline:',
        '  place: "Kiev"',
        '  date: "2021-12-05"',
        '  timeZone: "Europe/Kyiv"',
        'source:',
        '  agency: "AFP"',
        '  name: "Agence France-Presse"',
        'section: "World"',
        'tags: []',
        '# Everyone quoted directly must be listed here (id, name, role; aliases for other ways the text names them).',
        'people: []',
        '# Each figure\'s text must appear in the body exactly as written there, e.g. text: "115,000".',
        'figures: []',
        '---',
        '',
        'Write the lede here: the first paragraph, without the dateline (it comes from the frontmatter).',
        '',
      ].join('\n'),
    );
    expect(articleSchema.safeParse(parseFrontmatter(text).frontmatter).error).toBeUndefined();
  });

  it('takes the address from --slug', () => {
    const { articles, status } = runNew(['Переговоры в Киеве', '--slug', 'kyiv-talks', '--date', '2021-12-05']);
    expect(status).toBe(0);
    expect(Object.keys(snapshot(articles))).toEqual(['kyiv-talks.md']);
  });

  it('refuses a headline that gives no address, asking for --slug', () => {
    expect(refused(['Переговоры в Киеве'])).toMatch(
      /^the headline "Переговоры в Киеве" gives no address \(it has no Latin letter or digit\); give one with --slug, for example --slug /,
    );
  });

  it('refuses a --slug that cannot be an address', () => {
    expect(refused(['Talks', '--slug', 'Kyiv Talks'])).toMatch(
      /^--slug "Kyiv Talks" cannot be an article's address; use lower-case/,
    );
  });

  it('refuses a zone that is not an IANA time zone', () => {
    expect(refused(['Talks', '--zone', 'Europe/Kyyv'])).toMatch(
      /^--zone "Europe\/Kyyv" is not an IANA time zone; use a name such as Europe\/Kyiv or America\/New_York\n/,
    );
  });

  it('refuses a day that does not exist', () => {
    expect(refused(['Talks', '--date', '2021-02-30'])).toMatch(/^--date "2021-02-30" is not a real day; write it as YYYY-MM-DD/);
  });
});
