/**
 * Bad wire input: each case runs the real `npm run import` and must exit
 * non-zero with a message naming the file and what is wrong, and write
 * nothing at all (the articles folder is byte-for-byte as before, with no
 * temporary file left behind).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES } from '../../support/builds';
import { runImport, SEED_SLUG, snapshot, tempDesk, WIRE } from '../../support/wire';

const BAD = resolve(import.meta.dirname, '../../fixtures/wire/bad');
const bad = (name: string) => join(BAD, name);
const desks: string[] = [];
afterAll(() => desks.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the import over a folder holding the seed article as filed; returns what it printed, checking nothing changed. */
function refused(args: string[]): string {
  const { articles, work } = tempDesk();
  desks.push(work);
  copyFileSync(join(FIXTURE_ARTICLES, `${SEED_SLUG}.md`), join(articles, `${SEED_SLUG}.md`));
  const before = snapshot(articles);
  const { status, stdout, stderr } = runImport(articles, args);
  expect(status).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trimEnd()).toMatch(/\nNothing was written\.$/);
  expect(snapshot(articles)).toEqual(before);
  return stderr;
}

/** The path as the command prints it: relative to the project, where npm runs it. */
const shown = (path: string) => path.replace(`${resolve(import.meta.dirname, '../../..')}/`, '');

// Each case starts npm and Node: allow for a busy machine.
describe('npm run import refuses, naming the file and what is wrong', { timeout: 60_000 }, () => {
  it('an unrecognised format', () => {
    const file = bad('not-ninjs.json');
    expect(refused([file])).toMatch(
      new RegExp(
        `^${shown(file)}: unrecognised format: JSON, but not IPTC ninjs .* Import agency plain text or IPTC 7901, IPTC ninjs \\(JSON\\), IPTC NewsML-G2, NewsML 1.2, NITF or Ritzau RBNews \\(XML\\)`,
      ),
    );
  });

  it('no body', () => {
    const file = bad('no-body.json');
    expect(refused([file])).toMatch(
      new RegExp(`^${shown(file)}: no body: the IPTC ninjs 2.x item has no story text in \`bodies\``),
    );
  });

  it('an unknown zone', () => {
    const file = WIRE.newsml;
    expect(refused([file, '--tz', 'Europe/Kyyv'])).toMatch(
      new RegExp(`^${shown(file)}: --tz "Europe/Kyyv" is not an IANA time zone; use a name such as Europe/Kyiv`),
    );
  });

  it('an item id that clashes with a different story’s address', () => {
    const file = WIRE.newsml;
    expect(refused([file, '--slug', SEED_SLUG])).toMatch(
      new RegExp(
        `^${shown(file)}: .*/${SEED_SLUG}\\.md already holds a different story \\(a story not imported from this item\\); give --slug`,
      ),
    );
  });

  it('malformed JSON, with the line', () => {
    const file = bad('malformed.json');
    expect(refused([file])).toMatch(new RegExp(`^${shown(file)}:5:5: malformed JSON on line 5, column 5: Expected ',' or '}'`));
  });

  it('malformed XML, with the line', () => {
    const file = bad('malformed.xml');
    expect(refused([file])).toMatch(
      new RegExp(`^${shown(file)}:9:\\d+: malformed XML on line 9: Opening and ending tag mismatch: "headline" != "headlin"`),
    );
  });
});
