/**
 * `npm run wire-conformance`: one line per file of a folder (here the
 * project's own container fixtures), the outcome and what the desk said,
 * then the counts; and, without the shared samples beside the project (a
 * user's clone), a sentence saying so instead of a failure.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npm', ['run', '--silent', 'wire-conformance', '--', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

describe('npm run wire-conformance', { timeout: 60_000 }, () => {
  it('tries every file of a folder (but its README.md) and prints a line for each, then the counts', () => {
    const { status, stdout } = run(['tests/fixtures/wire/containers']);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain(
      'news-message.xml\tNewsML-G2 newsMessage\timported: "Tram line to the airport opens after four years of works" (Berlin, 2024-03-01, 2 paragraphs); ' +
        '"Hamburg museum returns nineteen bronze objects" (Hamburg, 2024-02-29, 3 paragraphs)',
    );
    expect(lines).toContain(
      'package-item.xml\tNewsML-G2 packageItem\trefused: a NewsML-G2 packageItem (a package of other items) is not a text story: import its text items',
    );
    expect(stdout).toMatch(/^7 files: 6 imported, 0 withdrawal, 1 refused, 0 FAILED$/m);
  });

  it('says there are no samples, and succeeds, when the folder beside the project is absent', () => {
    const { status, stdout } = run([], { WIRE_SAMPLES: resolve(root, 'no-such-folder') });
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^No wire samples at .*no-such-folder \(they are kept beside the project, not in it\): nothing to try\.$/m,
    );
  });
});
