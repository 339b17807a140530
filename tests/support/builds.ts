/**
 * How a test gets a build of the site.
 * - To read the fixture site, read what tests/setup/build-site.ts built once per run:
 *   SITE_BUILDS (root and /news/) or PHOTO_BUILD (tests/support/photo-build.ts). Prefer this.
 * - For a build of its own (other articles, a failing article, warm and cold builds), a test
 *   calls runSite({ articles, outDir, cacheDir?, args?, script? }) with folders of its own under
 *   tmpdir(). Each build costs seconds: share one among the tests that only read it (build in
 *   beforeAll), and never build what a unit test of src/ can prove.
 * - Builds of one test process run in that process's copy of the project (below), so test files
 *   run side by side (vitest.config.ts) without sharing Astro's .astro/; startSite runs one
 *   without waiting, in a copy no other run is using, for builds that can run at once.
 * - For an article's mistake, which stops a build in its content layer, startSync runs that
 *   layer alone (`astro sync`), as a build would, in a copy no other run is using.
 */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';

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
  /** The project to build: this process's copy of this one unless given (a test may build a changed copy). */
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Where the copies of the project are made; tests/setup/build-site.ts clears it after a run. */
export const PROJECT_COPIES = join(TEST_OUTPUT, 'projects');
/** What a copy of the project leaves out: git, the dependencies (linked instead), and what builds write. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', '.astro']);
/** Set to the copy's path in the builds run in a copy, so a build run by a build (npm run check) stays in it. */
const IN_COPY = 'DISPATCH_PROJECT_COPY';
/** The copies this process made: the builds in them name their articles inside them (see `within`). */
const copies = new Set<string>();
let processCopy: string | undefined;

/**
 * A new copy of the project in a temporary folder, removed when the process exits.
 * A build writes into its project's .astro/ (the content layer's asset and
 * module imports, and the prerender chunks when outDir lies outside the
 * project), so two builds at once in one project would overwrite each other's;
 * in copies of their own, builds run side by side.
 */
function copyProject(): string {
  mkdirSync(PROJECT_COPIES, { recursive: true });
  const made = mkdtempSync(join(PROJECT_COPIES, 'project-'));
  process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  for (const entry of readdirSync(root)) {
    if (NOT_COPIED.has(entry)) continue;
    cpSync(join(root, entry), join(made, entry), {
      recursive: true,
      filter: (source) => !source.startsWith(join(root, 'tests/.output')),
    });
  }
  symlinkSync(realpathSync(join(root, 'node_modules')), join(made, 'node_modules'));
  copies.add(made);
  return made;
}

/** Where a build of this process runs when no cwd is given: one copy per process, or this project inside a copy. */
function defaultProject(): string {
  if (process.env[IN_COPY] === root) return root;
  processCopy ??= copyProject();
  return processCopy;
}

/** A path inside this checkout, as the same path inside `project` (so messages name files as they do here). */
function within(project: string, path: string): string {
  const rel = relative(root, path);
  return !copies.has(project) || rel.startsWith('..') || isAbsolute(rel) ? path : join(project, rel);
}

/** The npm command line and its options for a run of `options` in `cwd`. */
function command(options: RunOptions, cwd: string): [string[], SpawnOptions] {
  const { articles = FIXTURE_ARTICLES, outDir, args = [], script = 'build', env = {} } = options;
  const cacheDir = options.cacheDir ?? (outDir ? `${outDir}.cache` : mkdtempSync(join(tmpdir(), 'dispatch-cache-')));
  const allArgs = outDir ? ['--outDir', outDir, ...args] : args;
  const environment = {
    ...process.env,
    ARTICLES_DIR: within(cwd, articles),
    ASTRO_CACHE_DIR: cacheDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    [IN_COPY]: cwd,
    ...env,
  };
  return [['run', script, ...(allArgs.length > 0 ? ['--', ...allArgs] : [])], { cwd, env: environment }];
}

/**
 * Runs an npm script of the project (`build` by default) as an editor would,
 * over an articles folder and into its own output and cache folders, and
 * returns how it ended.
 */
export function runSite(options: RunOptions): BuildResult {
  const [args, spawnOptions] = command(options, options.cwd ?? defaultProject());
  const result = spawnSync('npm', args, { ...spawnOptions, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Copies no run is using now, for the next run that needs one: a copy costs about a
 * second, and a run needs one only to itself (as the one runSite uses serves each of its runs).
 */
const idleCopies: string[] = [];

/** Runs `program` in a copy no other run is using (`cwd` unless none is given), and how it ended. */
function inCopy(options: RunOptions, program: (cwd: string) => [string, string[], SpawnOptions]): Promise<BuildResult> {
  const cwd = options.cwd ?? idleCopies.pop() ?? copyProject();
  const [file, args, spawnOptions] = program(cwd);
  const child = spawn(file, args, spawnOptions);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) => {
      if (options.cwd === undefined) idleCopies.push(cwd);
      done({ status, output: `${stdout}\n${stderr}` });
    });
  });
}

/** Like runSite, but without waiting, each run in a copy to itself, so several can run at once. */
export function startSite(options: RunOptions): Promise<BuildResult> {
  return inCopy(options, (cwd) => ['npm', ...command(options, cwd)]);
}

/**
 * `astro sync` over an articles folder, without waiting, in a copy to itself: the content layer
 * (loaders and schemas) alone, which is where a build stops on an article's mistake (`astro build`
 * syncs first, with the same output), for a test of that mistake's message. Astro is run directly,
 * not through npm, with the project's own Node first on the PATH as `npm run` puts it.
 */
export function startSync(options: Pick<RunOptions, 'articles' | 'cacheDir' | 'env'>): Promise<BuildResult> {
  return inCopy(options, (cwd) => {
    const [, spawnOptions] = command(options, cwd);
    const bin = join(cwd, 'node_modules/.bin');
    const env = { ...spawnOptions.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
    return [join(bin, 'astro'), ['sync'], { ...spawnOptions, env }];
  });
}

/** The seed article's Markdown as filed (the frozen fixture), for tests that build edited copies of it. */
export function seedArticle(): string {
  return readFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), 'utf8');
}
