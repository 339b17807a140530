/**
 * The wire desk runs in plain Node, outside Vite and vitest: `npm run import`
 * is a Node script loading src/ directly (hence the explicit `.ts` imports).
 * Run as an editor runs it, through npm (so the project's pinned Node runs
 * it), a dry run of the NewsML-G2 fixture prints the article it would write
 * and writes nothing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runImport, snapshot, tempDesk } from '../../support/wire';

const desk = tempDesk();
afterAll(() => rmSync(desk.work, { recursive: true, force: true }));

it('npm run import -- <NewsML-G2 file> --dry-run succeeds in plain Node and writes nothing', { timeout: 60_000 }, () => {
  const { status, stdout, stderr } = runImport(desk.articles, ['tests/fixtures/wire/ukraine-talks.newsml.xml', '--dry-run']);
  expect(stderr).not.toMatch(/Nothing was written|Error/);
  expect(status).toBe(0);
  expect(stdout).toMatch(
    /^---\n# Imported by npm run import from tests\/fixtures\/wire\/ukraine-talks\.newsml\.xml \(IPTC NewsML-G2\)\.\n/,
  );
  expect(stdout).toMatch(/^title: "Ukraine leader calls for talks with Russia amid invasion fears"$/m);
  const path = join(desk.articles, 'ukraine-leader-calls-for-talks-with-russia-amid.md');
  expect(stderr.trimEnd().split('\n').at(-1)).toBe(`(dry run) Created ${path}; nothing written`);
  expect(snapshot(desk.articles)).toEqual({});
});
