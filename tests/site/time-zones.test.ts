/**
 * The published date is the article's own (Kyiv) day, so the build machine's
 * time zone must not change a byte of the output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const outRoot = mkdtempSync(join(tmpdir(), 'tz-builds-'));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

function build(timeZone: string): Map<string, Buffer> {
  const outDir = join(outRoot, timeZone.replace('/', '-'));
  execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    env: { ...process.env, TZ: timeZone },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(outDir, path), readFileSync(path));
    }
  };
  walk(outDir);
  return files;
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
