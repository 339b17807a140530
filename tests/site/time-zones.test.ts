/**
 * The published date is the article's own (Kyiv) day, so the build machine's
 * time zone must not change a byte of the output.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSite } from '../support/builds';
import { filesUnder } from '../support/files';

const outRoot = mkdtempSync(join(tmpdir(), 'tz-builds-'));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

function build(timeZone: string): Map<string, Buffer> {
  const outDir = join(outRoot, timeZone.replace('/', '-'));
  const { status, output } = runSite({ outDir, env: { TZ: timeZone } });
  if (status !== 0) throw new Error(output);
  return new Map(filesUnder(outDir).map((path) => [relative(outDir, path), readFileSync(path)]));
}

describe('builds on machines in different time zones', () => {
  it('are byte-identical (Pacific/Kiritimati, UTC+14, and America/Los_Angeles, UTC-8)', () => {
    const east = build('Pacific/Kiritimati');
    const west = build('America/Los_Angeles');
    expect([...east.keys()].sort()).toEqual([...west.keys()].sort());
    const differing = [...east].filter(([path, bytes]) => !bytes.equals(west.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    const article = east.get('articles/ukraine-leader-calls-for-talks-with-russia/index.html')!.toString();
    expect(article).toMatch(/<time datetime="2021-12-01"[^>]*>Wednesday 1 December 2021<\/time>/);
  }, 120_000);
});
