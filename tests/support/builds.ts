import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SiteBuild {
  name: string;
  outDir: string;
  site: string;
  base: string;
}

const root = resolve(import.meta.dirname, '../..');

/** The two deploys every test checks: a domain root and a sub-path. */
export const SITE_BUILDS: readonly SiteBuild[] = [
  { name: 'root', outDir: resolve(root, 'dist'), site: 'https://example.org', base: '/' },
  { name: 'sub-path', outDir: resolve(root, 'tests/.output/news'), site: 'https://example.org', base: '/news/' },
];

export const ROOT_BUILD = SITE_BUILDS[0]!;

export const ARTICLE_SLUG = 'ukraine-leader-calls-for-talks-with-russia';

export interface BuildResult {
  status: number | null;
  /** Everything the build printed, stdout then stderr. */
  output: string;
}

/**
 * Runs an npm script of the project (`build` by default) as an editor would,
 * optionally over another articles folder (ARTICLES_DIR) and with extra
 * arguments such as `--outDir`, and returns how it ended.
 */
export function runSite(options: { articles?: string; args?: string[]; script?: string; env?: NodeJS.ProcessEnv }): BuildResult {
  const { articles, args = [], script = 'build', env = {} } = options;
  const result = spawnSync('npm', ['run', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: root,
    env: { ...process.env, ...(articles ? { ARTICLES_DIR: articles } : {}), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The seed article's Markdown, for tests that build edited copies of it. */
export function seedArticle(): string {
  return readFileSync(resolve(root, `content/articles/${ARTICLE_SLUG}.md`), 'utf8');
}
