/**
 * `npm run check [-- --strict]`: every article validated by `astro sync`
 * (frontmatter, quotes, figures, body rules), drafts as strictly as published
 * stories (a build leaves a broken draft out; the check fails on it), which
 * also lists each quotation left uncredited with its ways out; then built
 * into a temporary folder and checked page by page (vitest's content
 * project, tests/content/). A mistake fails the check; an uncredited
 * quotation is a warning, and fails it only with --strict, for a CI that
 * wants every quotation credited or silenced.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

let strict: boolean;
try {
  strict = parseArgs({ options: { strict: { type: 'boolean', default: false } } }).values.strict;
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run check [-- --strict]`);
  process.exit(2);
}

/** Runs a tool of the project's (npm puts node_modules/.bin on the PATH), its output straight through. */
function passes(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

// UNCREDITED_QUOTES and DRAFT_PROBLEMS are read by the loader (src/loading/uncredited-report.ts, draft-problems.ts), in this sync only.
const checked =
  passes('astro', ['sync', '--force'], { UNCREDITED_QUOTES: strict ? 'strict' : 'list', DRAFT_PROBLEMS: 'fail' }) &&
  passes('vitest', ['run', '--project', 'content']);
process.exit(checked ? 0 : 1);
