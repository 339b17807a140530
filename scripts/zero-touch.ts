/**
 * `npm run zero-touch [-- --corpus tuning|seen|held-out|<folder>] [--as text|ninjs|ninjs-3|newsml-g2] [--build] [--verbose]`:
 * how many of a labelled corpus's quotations come out credited right when
 * each story is sent to the wire desk as an agency would send it (plain text
 * by default; tests/support/agency-copy.ts writes each format), imported
 * with no option, and nobody touches the draft (tests/support/zero-touch.ts
 * states the method and how a proposal is matched to a label). The agency
 * tuning part by default. Prints Markdown in the shape of `npm run
 * quote-accuracy`, then what the desk read of each dateline and credit,
 * then, with --verbose, what it proposed for each story. With --build, the
 * drafts are imported into a folder, published as they stand (the
 * `draft: true` line taken off, nothing else), and built with `astro build`:
 * it prints whether the build passed and how many stories have their page.
 * Fails (exit 1) only when that build fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest } from 'vitest/node';
import { section } from './quote-accuracy.ts';

type Corpus = typeof import('../tests/support/quote-corpus.ts');
type ZeroTouch = typeof import('../tests/support/zero-touch.ts');
type Format = import('../tests/support/agency-copy.ts').AgencyFormat;
type Builds = typeof import('../tests/support/builds.ts');

const ROOT = resolve(import.meta.dirname, '..');
const NAMED: Record<string, string> = {
  tuning: 'tests/fixtures/agency-quotes/tuning',
  seen: 'tests/fixtures/agency-quotes/seen',
  'held-out': 'tests/fixtures/agency-quotes/held-out',
};
const FORMATS = ['text', 'ninjs', 'ninjs-3', 'newsml-g2'];
const USAGE = `Usage: npm run zero-touch -- [--corpus tuning|seen|held-out|<folder>] [--as ${FORMATS.join('|')}] [--build] [--verbose]`;

let values: { corpus: string; as: string; build: boolean; verbose: boolean };
try {
  values = parseArgs({
    options: {
      corpus: { type: 'string', default: 'tuning' },
      as: { type: 'string', default: 'text' },
      build: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  }).values;
  if (!FORMATS.includes(values.as)) throw new Error(`--as "${values.as}" is not a format the desk is sent here`);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const format = values.as as Format;
const chosen = NAMED[values.corpus] ?? values.corpus;
const dir = isAbsolute(chosen) ? chosen : resolve(ROOT, chosen);
type Result = Awaited<ReturnType<ZeroTouch['zeroTouchStory']>>;

/** How many stories the desk read `what` of as the story has it, and where it did not. */
function readRight(results: Result[], what: Result['misread'][number]['what']): string[] {
  const wrong = results.flatMap((r) =>
    r.misread.filter((m) => m.what === what).map((m) => `${r.story}: ${m.read}, not ${m.own}`),
  );
  return [
    `- ${what} right: ${results.length - wrong.length} of ${results.length}${wrong.length > 0 ? ':' : ''}`,
    ...wrong.map((w) => `  - ${w}`),
  ];
}

/** Builds the imported folder as an editor would, each draft published as it stands; the build's exit and the pages it wrote. */
function buildImported(builds: Builds, articles: string, paths: string[]): string[] {
  for (const path of paths) writeFileSync(path, readFileSync(path, 'utf8').replace(/^draft: true\n/m, ''));
  const out = join(articles, '..', 'dist');
  const build = builds.runSite({ articles, outDir: out });
  const built = paths.filter((path) => existsSync(join(out, 'articles', basename(path, '.md'), 'index.html')));
  const lines = ['## Published as imported, built with astro build', ''];
  if (build.status !== 0) {
    process.exitCode = 1;
    lines.push(`The build FAILED (exit ${build.status}):`, '', '```', build.output.trim().slice(-4000), '```', '');
  } else lines.push('The build passed, with no edit but the `draft: true` line taken off.', '');
  lines.push(`Stories with their page: ${built.length} of ${paths.length}.`, '');
  return lines;
}

const vitest = await createVitest({ root: ROOT, watch: false, reporters: [] });
const work = mkdtempSync(join(tmpdir(), 'zero-touch-build-'));
try {
  const corpus = await vitest.import<Corpus>(resolve(ROOT, 'tests/support/quote-corpus.ts'));
  const zeroTouch = await vitest.import<ZeroTouch>(resolve(ROOT, 'tests/support/zero-touch.ts'));
  const stories = corpus.corpusStories(dir);
  const lines = [`# Zero-touch import: ${relative(ROOT, dir)}/ sent as ${format}, no option`, ''];
  if (stories.length === 0) lines.push(`No stories in ${relative(ROOT, dir)}/.`);
  else {
    const articles = values.build ? join(work, 'articles') : undefined;
    if (articles) mkdirSync(articles);
    const results: Result[] = [];
    for (const story of stories) results.push(await zeroTouch.zeroTouchStory(dir, story, format, articles));
    lines.push(...section(corpus, '## The finder on the drafts as the desk wrote them', results));
    lines.push(
      '## What the desk read of the item, against the story’s own frontmatter',
      '',
      ...(['place', 'day', 'zone', 'agency'] as const).flatMap((what) => readRight(results, what)),
      '',
    );
    if (articles) {
      const builds = await vitest.import<Builds>(resolve(ROOT, 'tests/support/builds.ts'));
      lines.push(
        ...buildImported(
          builds,
          articles,
          results.map((r) => resolve(ROOT, r.path)),
        ),
      );
    }
    if (values.verbose) {
      lines.push('## What the desk proposed', '');
      for (const r of results) {
        lines.push(`- ${r.story}`);
        lines.push(`  - people: ${r.proposed.people.join('; ') || 'none'}`);
        lines.push(`  - organisations: ${r.proposed.organisations.join('; ') || 'none'}`);
        if (r.proposed.unnamed.length > 0) lines.push(`  - quotes.unnamed: ${r.proposed.unnamed.join('; ')}`);
        for (const note of r.notes) lines.push(`  - note: ${note}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n').trimEnd()}\n`);
} finally {
  await vitest.close();
  rmSync(work, { recursive: true, force: true });
}
