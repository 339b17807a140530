import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface SiteBuild {
  name: string;
  outDir: string;
  site: string;
  base: string;
}

const root = resolve(import.meta.dirname, '../..');

/**
 * The frozen articles every fidelity test builds: the seed as filed, never
 * content/, so an editor's correction cannot break a test.
 */
export const FIXTURE_ARTICLES = resolve(root, 'tests/fixtures/articles');

/** The editor's live articles: only content-agnostic checks build these. */
export const LIVE_ARTICLES = resolve(root, 'content/articles');

/**
 * Where the shared test builds live: a temporary folder of this checkout's own
 * (so two clones never share one), never dist/ or Astro's cache in the
 * checkout, so `npm run dev` and `npm test` can run side by side.
 */
export const TEST_OUTPUT = join(tmpdir(), `dispatch-tests-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);

/** The two deploys every test checks, built from the fixtures: a domain root and a sub-path. */
export const SITE_BUILDS: readonly SiteBuild[] = [
  { name: 'root', outDir: join(TEST_OUTPUT, 'root'), site: 'https://example.org', base: '/' },
  { name: 'sub-path', outDir: join(TEST_OUTPUT, 'news'), site: 'https://example.org', base: '/news/' },
];

export const ROOT_BUILD = SITE_BUILDS[0];

/**
 * The shared builds' clock (SOURCE_DATE_EPOCH): noon UTC on 3 December 2021,
 * so the news sitemap's two days hold the fixture published on 3 December
 * (at 22:00 UTC on the 2nd, Kyiv time) and not the seed of 1 December.
 */
export const BUILD_CLOCK = String(Date.UTC(2021, 11, 3, 12) / 1000);

export const ARTICLE_SLUG = 'ukraine-leader-calls-for-talks-with-russia';

export interface BuildResult {
  status: number | null;
  /** Everything the build printed, stdout then stderr. */
  output: string;
}

export interface RunOptions {
  /** The articles folder (ARTICLES_DIR); the frozen fixtures unless given. */
  articles?: string;
  /** Where the site is written (--outDir). */
  outDir?: string;
  /** Astro's cache (ASTRO_CACHE_DIR); beside outDir unless given, so test builds start cold and alone. */
  cacheDir?: string;
  args?: string[];
  script?: string;
  /** The project to build: this one unless given (a test may build a changed copy). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const LOCK = `${TEST_OUTPUT}.build-lock`;
const HOLDS_LOCK = 'DISPATCH_HOLDS_BUILD_LOCK';

/** Whether a lock folder was left by a process that is gone (or never finished taking it). */
function staleLock(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch {
    try {
      return Date.now() - statSync(LOCK).mtimeMs > 10_000;
    } catch {
      return false;
    }
  }
}

/**
 * One build of this project at a time, across vitest's workers and projects:
 * with its outDir outside the project, Astro writes its prerender chunks to the
 * project's own .astro/.prerender/, which two builds at once would overwrite.
 * A build run by a build (npm run check inside a test) already holds the lock.
 */
function withBuildLock<T>(run: () => T): T {
  if (process.env[HOLDS_LOCK] === '1') return run();
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (staleLock()) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs an npm script of the project (`build` by default) as an editor would,
 * over an articles folder and into its own output and cache folders, and
 * returns how it ended.
 */
export function runSite(options: RunOptions): BuildResult {
  const { articles = FIXTURE_ARTICLES, outDir, args = [], script = 'build', env = {}, cwd = root } = options;
  const cacheDir = options.cacheDir ?? (outDir ? `${outDir}.cache` : mkdtempSync(join(tmpdir(), 'dispatch-cache-')));
  const allArgs = outDir ? ['--outDir', outDir, ...args] : args;
  const result = withBuildLock(() =>
    spawnSync('npm', ['run', script, ...(allArgs.length > 0 ? ['--', ...allArgs] : [])], {
      cwd,
      env: {
        ...process.env,
        ARTICLES_DIR: articles,
        ASTRO_CACHE_DIR: cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        [HOLDS_LOCK]: '1',
        ...env,
      },
      encoding: 'utf8',
    }),
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The seed article's Markdown as filed (the frozen fixture), for tests that build edited copies of it. */
export function seedArticle(): string {
  return readFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), 'utf8');
}
