/**
 * Build figures for `npm run bench`: this project beside a bare Astro site fed
 * the same generated archive in the same run, cold (empty cache) and warm
 * (cache kept: nothing changed, one article's body edited, one article added).
 * The bare site has the same Astro and the same Markdown pipeline (unified,
 * remark-gfm, SmartyPants) and one minimal page per article, no cards: the
 * ratio between the two is what this project's own work costs.
 *
 * Each figure is the median of BENCH_RUNS runs (default 3) after one untimed
 * warm-up build; peak RSS is the largest of them, from GNU time.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = join(ROOT, 'tests/fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md');

const BARE_FILES = {
  'package.json': '{ "type": "module" }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR,
  markdown: { processor: unified({ gfm: false, smartypants: true, remarkPlugins: [remarkGfm] }) },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.ARTICLES_DIR }) }) };
`,
  'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
};

/** A bare Astro project in a temporary folder, sharing this project's node_modules. */
function bareProject(work) {
  const dir = join(work, 'bare');
  for (const [path, text] of Object.entries(BARE_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Article n of a generated archive: the seed story with its own slug, headline and day. */
function generatedArticle(seed, n) {
  const day = new Date(Date.UTC(2021, 11, 1) - n * 86_400_000).toISOString().slice(0, 10);
  const text = seed
    .replace(/^( {2}date: ")\d{4}-\d{2}-\d{2}(")/m, `$1${day}$2`)
    .replace(/^title: "(.*)"$/m, `title: "$1 (archive ${n})"`);
  return [`story-${String(n).padStart(5, '0')}.md`, text];
}

function writeArchive(dir, count) {
  const seed = readFileSync(SEED, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const [name, text] = generatedArticle(seed, n);
    writeFileSync(join(dir, name), text);
  }
}

/** What /proc says of one process: its parent, its name, its RSS now and at its peak (KiB). */
function processStatus(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(status)?.[1] ?? '';
  return {
    ppid: Number(field('PPid')),
    name: field('Name'),
    rssKb: parseInt(field('VmRSS')) || 0,
    hwmKb: parseInt(field('VmHWM')) || 0,
  };
}

/**
 * GNU time gives the peak of the build's largest process, not of the build:
 * the Markdown workers are processes of their own, and so is Pagefind's
 * indexer, which the build does not even wait for the way time needs. So
 * /proc is read while the build runs: the peak of the RSS of the build's
 * processes added together (the indexer apart), and the indexer's own peak.
 */
function watchProcesses(rootPid) {
  let treeKb = 0;
  let indexerKb = 0;
  const timer = setInterval(() => {
    const all = new Map();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        all.set(Number(pid), processStatus(pid));
      } catch {
        // The process ended between the listing and the read.
      }
    }
    const inBuild = (pid) => pid === rootPid || (all.has(pid) && pid > 1 && inBuild(all.get(pid).ppid));
    let sum = 0;
    for (const [pid, proc] of all) {
      if (!inBuild(pid)) continue;
      if (proc.name.startsWith('pagefind')) indexerKb = Math.max(indexerKb, proc.hwmKb);
      else sum += proc.rssKb;
    }
    treeKb = Math.max(treeKb, sum);
  }, 250);
  return () => (clearInterval(timer), { treeMib: treeKb / 1024, indexerMib: indexerKb / 1024 });
}

/** Runs one `astro build` under GNU time: wall time, the peak RSS of its largest process, of all its processes, and of the search indexer. */
function build({ cwd, articles, outDir, cacheDir, cold }) {
  const args = ['-v', join(ROOT, 'node_modules/.bin/astro'), 'build', '--outDir', outDir, ...(cold ? ['--force'] : [])];
  return new Promise((done, fail) => {
    const started = performance.now();
    const env = { ...process.env, ARTICLES_DIR: articles, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' };
    const child = spawn('/usr/bin/time', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const peaks = watchProcesses(child.pid);
    let output = '';
    child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
    child.on('error', fail);
    child.on('close', (code) => {
      const { treeMib, indexerMib } = peaks();
      if (code !== 0) return fail(new Error(`astro build in ${cwd} exited ${code}\n${output.slice(-4000)}`));
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1]);
      done({ ms: performance.now() - started, mib: kb / 1024, treeMib, indexerMib });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * One site at one size: `runs` rounds of cold, then warm builds after no
 * change, an edited body and an added article. Returns the median wall time
 * and the largest peak RSS of each scenario.
 */
async function measure({ cwd, work, count, runs, progress, label }) {
  const articles = join(work, 'articles');
  // The bare site's prerender chunks resolve packages from its outDir upwards: keep it inside that project.
  const outDir = cwd === ROOT ? join(work, 'dist') : join(cwd, 'dist');
  const cacheDir = join(work, 'cache');
  const seed = readFileSync(SEED, 'utf8');
  const samples = { cold: [], unchanged: [], edited: [], added: [] };
  for (let run = 0; run < runs; run++) {
    writeArchive(articles, count);
    rmSync(cacheDir, { recursive: true, force: true });
    progress(`${label}, ${count} articles, run ${run + 1}/${runs}`);
    samples.cold.push(await build({ cwd, articles, outDir, cacheDir, cold: true }));
    samples.unchanged.push(await build({ cwd, articles, outDir, cacheDir }));
    const [name, text] = generatedArticle(seed, 1);
    writeFileSync(join(articles, name), text.replace('called for direct talks', `called for direct talks (edit ${run})`));
    samples.edited.push(await build({ cwd, articles, outDir, cacheDir }));
    const [addedName, addedText] = generatedArticle(seed, count + 1);
    writeFileSync(join(articles, addedName), addedText);
    samples.added.push(await build({ cwd, articles, outDir, cacheDir }));
  }
  return Object.fromEntries(
    Object.entries(samples).map(([scenario, list]) => [
      scenario,
      {
        ms: median(list.map((s) => s.ms)),
        mib: Math.max(...list.map((s) => s.mib)),
        treeMib: Math.max(...list.map((s) => s.treeMib)),
        indexerMib: Math.max(...list.map((s) => s.indexerMib)),
      },
    ]),
  );
}

/** Measures the bare site and this project at 1 article and at each size; returns rows for the report. */
export async function benchBuilds({ sizes, runs, progress }) {
  if (!existsSync('/usr/bin/time')) throw new Error('bench: GNU time is needed for peak memory: apt-get install time');
  const work = mkdtempSync(join(tmpdir(), 'dispatch-bench-'));
  try {
    const sites = { bare: bareProject(work), project: ROOT };
    progress('warm-up build (untimed)');
    writeArchive(join(work, 'warmup'), 1);
    await build({
      cwd: ROOT,
      articles: join(work, 'warmup'),
      outDir: join(work, 'warmup-dist'),
      cacheDir: join(work, 'warmup-cache'),
      cold: true,
    });
    const results = [];
    for (const count of [1, ...sizes]) {
      for (const [site, cwd] of Object.entries(sites)) {
        const folder = join(work, `${site}-${count}`);
        results.push({ site, count, ...(await measure({ cwd, work: folder, count, runs, progress, label: site })) });
        rmSync(folder, { recursive: true, force: true });
      }
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * The report: issue 23's figures first (`suite`, when given, is the timed `npm test`), then both
 * sites side by side at each size, the cost of one more article, and the warm builds.
 */
export function buildReport(results, { runs, table, suite }) {
  const find = (site, count) => results.find((r) => r.site === site && r.count === count);
  const sizes = [...new Set(results.map((r) => r.count))].filter((n) => n > 1);
  const perExtra = (site, count, scenario = 'cold') =>
    (find(site, count)[scenario].ms - find(site, 1)[scenario].ms) / (count - 1);
  const lines = [];
  const largest = Math.max(...sizes);
  const warm = (site, scenario) => find(site, largest)[scenario].ms;
  const mib = (value) => `${value.toFixed(0)} MiB`;
  lines.push("Issue 23's figures, each beside the bare Astro site built in the same run:");
  lines.push('');
  lines.push(
    table(
      ['Figure', 'This project', 'Bare Astro', 'Ratio', 'Target'],
      [
        suite
          ? ['`npm test`', seconds(suite.ms), '', '', '≤ 6 min']
          : ['`npm test`', 'not run (`BENCH_SUITE=1` times it)', '', '', '≤ 6 min'],
        ...sizes.map((count) => [
          `cold build, cost of one more article, ${count.toLocaleString('en-GB')} articles`,
          `${perExtra('project', count).toFixed(1)} ms`,
          `${perExtra('bare', count).toFixed(1)} ms`,
          ratio(perExtra('project', count), perExtra('bare', count)),
          '≤ 2×',
        ]),
        [
          `warm build, ${largest.toLocaleString('en-GB')} articles: nothing changed / one story added`,
          `${seconds(warm('project', 'unchanged'))} / ${seconds(warm('project', 'added'))}`,
          `${seconds(warm('bare', 'unchanged'))} / ${seconds(warm('bare', 'added'))}`,
          `${ratio(warm('project', 'unchanged'), warm('bare', 'unchanged'))} / ${ratio(warm('project', 'added'), warm('bare', 'added'))}`,
          '≤ 15 s / ≤ 25 s at 10,000',
        ],
        [
          `Pagefind's indexer, ${largest.toLocaleString('en-GB')} articles, peak RSS (cold)`,
          mib(find('project', largest).cold.indexerMib),
          '',
          '',
          '≤ 1,024 MiB',
        ],
      ],
    ),
  );
  lines.push('');
  lines.push(
    `Median of ${runs} run${runs === 1 ? '' : 's'} per figure, after an untimed warm-up build; peak RSS is the largest process (the Astro build), from GNU time, the highest of the runs; "all its build processes together" adds its Markdown workers, read from /proc every 250 ms.`,
  );
  lines.push('');
  lines.push(
    table(
      [
        'Site',
        'Articles',
        'Cold',
        'Peak RSS (cold)',
        'Warm: nothing changed',
        'Warm: one body edited',
        'Warm: one article added',
      ],
      results.map((r) => [
        r.site === 'bare' ? 'bare Astro' : 'this project',
        r.count.toLocaleString('en-GB'),
        seconds(r.cold.ms),
        `${r.cold.mib.toFixed(0)} MiB`,
        `${seconds(r.unchanged.ms)} (${ratio(r.unchanged.ms, r.cold.ms)})`,
        `${seconds(r.edited.ms)} (${ratio(r.edited.ms, r.cold.ms)})`,
        `${seconds(r.added.ms)} (${ratio(r.added.ms, r.cold.ms)})`,
      ]),
    ),
  );
  lines.push('');
  lines.push(
    "Warm figures in brackets are the ratio to the same site's cold build at that size (targets for this project: nothing changed ≤ 0.2×, one body edited ≤ 0.25×).",
  );
  lines.push('');
  lines.push(
    table(
      [
        'Articles',
        'Extra time per article, bare',
        'Extra time per article, this project',
        'Ratio (target ≤ 2×)',
        'Peak RSS, this project (target ≤ 2 GB)',
        'Peak RSS, all its build processes together',
        'Peak RSS, its search indexer (a process of its own)',
      ],
      sizes.map((count) => [
        count.toLocaleString('en-GB'),
        `${perExtra('bare', count).toFixed(1)} ms`,
        `${perExtra('project', count).toFixed(1)} ms`,
        ratio(perExtra('project', count), perExtra('bare', count)),
        `${find('project', count).cold.mib.toFixed(0)} MiB`,
        `${find('project', count).cold.treeMib.toFixed(0)} MiB`,
        `${find('project', count).cold.indexerMib.toFixed(0)} MiB`,
      ]),
    ),
  );
  lines.push('');
  lines.push(
    '"Extra time per article" is the slope of the cold build time from 1 article to that size: what one more article costs.',
  );
  return lines.join('\n');
}
