/**
 * A warm build keeps the last build's files in outDir (src/integrations/kept-output.ts):
 * what this build did not write or keep goes, and an outDir that is not as the
 * last build left it is emptied first. Driven through the integration's own
 * hooks, with the folders Astro would pass.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { keptOutput } from '../../../src/integrations/kept-output';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text = 'x', secondsAgo = 0): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(path, when, when);
}

/** One build: its start, then `writes` as Astro would (pages listed in `assets`), then its end. */
async function build(outDir: string, { pages = [] as string[], writes = () => {} } = {}) {
  const { sweep, seal } = keptOutput(['pagefind/']);
  const hooks = { ...sweep.hooks } as Record<string, (options: object) => unknown>;
  const folder = (path: string) => pathToFileURL(`${path}/`);
  await hooks['astro:config:done']({
    config: { outDir: folder(outDir), publicDir: folder(join(work, 'public')), cacheDir: folder(join(work, 'cache')) },
  });
  await hooks['astro:build:start']({});
  writes();
  const assets = new Map([['/[...page]', pages.map((page) => pathToFileURL(join(outDir, page)))]]);
  await hooks['astro:build:done']({ assets });
  await (seal.hooks['astro:build:done'] as (options: object) => unknown)({ assets });
}

describe('a build that keeps the last build’s files', () => {
  it('removes only what it neither wrote nor kept: a deleted page, an old asset, empty folders', async () => {
    work = mkdtempSync(join(tmpdir(), 'kept-output-'));
    const outDir = join(work, 'dist');
    write(join(work, 'public/favicon.svg'));
    const firstBuild = ['articles/a/index.html', 'articles/gone/index.html', '_astro/old.css', 'favicon.svg'];
    await build(outDir, {
      pages: firstBuild,
      writes: () => {
        firstBuild.forEach((page) => write(join(outDir, page), page, 60));
        // The search index's folder, which is not a page: left to the later hook that keeps it up to date.
        write(join(outDir, 'pagefind/2021/pagefind.js'), 'index', 60);
      },
    });
    await build(outDir, {
      pages: ['articles/a/index.html'],
      writes: () => write(join(outDir, '_astro/new.css')),
    });
    expect(existsSync(join(outDir, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(outDir, '_astro/new.css'))).toBe(true);
    expect(existsSync(join(outDir, '_astro/old.css'))).toBe(false);
    expect(existsSync(join(outDir, 'articles/gone'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind/2021/pagefind.js'))).toBe(true);
  });

  it('empties an outDir that something else changed since the last build', async () => {
    work = mkdtempSync(join(tmpdir(), 'kept-output-'));
    const outDir = join(work, 'dist');
    await build(outDir, {
      pages: ['articles/a/index.html'],
      writes: () => write(join(outDir, 'articles/a/index.html'), 'a', 60),
    });
    write(join(outDir, 'articles/a/index.html'), 'written by another build', 30);
    let seenAtStart: string[] = [];
    await build(outDir, { writes: () => (seenAtStart = readdirSync(outDir)) });
    expect(seenAtStart).toEqual([]);
  });

  it('keeps an outDir exactly as the last build left it', async () => {
    work = mkdtempSync(join(tmpdir(), 'kept-output-'));
    const outDir = join(work, 'dist');
    await build(outDir, {
      pages: ['articles/a/index.html'],
      writes: () => write(join(outDir, 'articles/a/index.html'), 'a', 60),
    });
    let seenAtStart: string[] = [];
    await build(outDir, { pages: ['articles/a/index.html'], writes: () => (seenAtStart = readdirSync(outDir)) });
    expect(seenAtStart).toEqual(['articles']);
  });

  it('empties an outDir the cache last saw another build write elsewhere, even one with the same files', async () => {
    work = mkdtempSync(join(tmpdir(), 'kept-output-'));
    const page = 'articles/a/index.html';
    const sameFile = (outDir: string) => () => {
      write(join(outDir, page), 'a');
      utimesSync(join(outDir, page), new Date(2021, 11, 1), new Date(2021, 11, 1));
    };
    await build(join(work, 'one'), { pages: [page], writes: sameFile(join(work, 'one')) });
    await build(join(work, 'two'), { pages: [page], writes: sameFile(join(work, 'two')) });
    let seenAtStart: string[] = [];
    await build(join(work, 'one'), { pages: [page], writes: () => (seenAtStart = readdirSync(join(work, 'one'))) });
    expect(seenAtStart).toEqual([]);
  });
});
