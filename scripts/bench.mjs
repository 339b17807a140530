#!/usr/bin/env node
/**
 * Performance benchmark: `npm run bench`. Prints a Markdown report on stdout
 * (progress goes to stderr) and fails nothing; it measures, the tests judge.
 *
 *   1. the machine the figures come from;
 *   2. build time and peak memory of the real site, then of generated archives
 *      of 100 and 1,000 articles (BENCH_SIZES="100,1000" to change), each in a
 *      throwaway copy of the project under os.tmpdir(), never in content/;
 *   3. what the article page weighs, loaded in Chromium, against the budget:
 *      HTML + CSS within one TCP initial window (14,600 bytes gzipped), no JS,
 *      and how many responses its first paint waited for (the target is 1);
 *   4. Lighthouse 12 scores, mobile and desktop (the median of five runs
 *      each), for the article page served from 127.0.0.1 with the build's _headers;
 *   5. the same weight and scores for a test fixture: the seed article with a
 *      lead photo drawn by tests/support/lead-photo.ts.
 *
 * Needs Debian's Chromium ($CHROME_PATH or /usr/bin/chromium; `npm run
 * install-browser`) and, for peak memory, GNU time (`apt-get install time`;
 * without it /proc is sampled instead).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
// Node 24 loads this TypeScript file directly (type stripping): one static server for tests and bench.
import { startStaticServer } from '../tests/support/static-server.ts';
import { CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { writePhotoArticle } from '../tests/support/lead-photo.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_SLUG = 'ukraine-leader-calls-for-talks-with-russia';
const ARCHIVE_SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').filter(Boolean).map(Number);
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
/** Lighthouse runs per form factor; the median run is reported, as Lighthouse's docs on variability advise. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
/** One TCP initial congestion window (10 segments of 1,460 bytes): what arrives before the first round trip ends. */
const FIRST_RENDER_BUDGET = 14_600;

// The report goes to stdout (so it can be redirected into docs/benchmark.md), progress to stderr.
const print = (text = '') => process.stdout.write(`${text}\n`);
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const fmtBytes = (n) => n.toLocaleString('en-GB');
const fmtSeconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** A Markdown table; `align` is one letter per column, l or r (default: first column left, the rest right). */
const table = (head, rows, align = 'l' + 'r'.repeat(head.length - 1)) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

// ---------------------------------------------------------------- machine

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let chromiumVersion = 'not found';
  try {
    // Debian's wrapper script prints a harmless shell warning on stderr; the version is on stdout.
    chromiumVersion = execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return [
    ['CPU', model],
    ['Cores', String(cpus().length)],
    ['Memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['Node', process.version],
    ['Chromium', chromiumVersion],
    ['Lighthouse', createRequire(import.meta.url)('lighthouse/package.json').version],
    // Timings are only comparable on an otherwise idle machine; this shows whether it was.
    ['Load average at start (1, 5, 15 min)', loadavg().map((n) => n.toFixed(2)).join(', ')],
  ];
}

// ---------------------------------------------------------------- builds

/**
 * A throwaway copy of the project with `articles` as its content (file name
 * -> Markdown). node_modules is a symlink; Astro's cache is pointed inside the
 * copy so that `--force` clears the copy's cache, not the real project's.
 */
function projectCopy(articles) {
  const dir = mkdtempSync(join(tmpdir(), 'wire-desk-bench-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content/articles'), { recursive: true });
  for (const [name, text] of articles) writeFileSync(join(dir, 'content/articles', name), text);
  writeFileSync(
    join(dir, 'astro.bench.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-cache/' };\n",
  );
  return dir;
}

/** The real site's articles, as they are. */
function realArticles() {
  const dir = join(ROOT, 'content/articles');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}

/** `count` copies of the seed story: distinct slugs, headlines and publication days (one day apart, going back). */
function generatedArticles(count) {
  const seed = readFileSync(join(ROOT, `content/articles/${SEED_SLUG}.md`), 'utf8');
  const seedDate = /^  date: "(\d{4}-\d{2}-\d{2})"/m.exec(seed)?.[1];
  if (!seedDate) throw new Error('bench: cannot find the dateline date in the seed article');
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    const day = new Date(Date.parse(`${seedDate}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
    const text = seed
      .replace(/^(  date: ")\d{4}-\d{2}-\d{2}(")/m, `$1${day}$2`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (archive ${n})"`);
    return [`${SEED_SLUG}-${n}.md`, text];
  });
}

/** Peak resident memory of a process tree, by sampling /proc: the fallback when GNU time is missing. */
function sampleTreeRss(rootPid, peak) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const ppid = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1];
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {}
  }
  let total = 0;
  const visit = (pid) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {}
    for (const child of children.get(String(pid)) ?? []) visit(child);
  };
  visit(rootPid);
  return Math.max(peak, total);
}

/** What a build wrote: its HTML pages and all its files. */
function countOutput(dist) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return { pages: files.filter((e) => e.name.endsWith('.html')).length, files: files.length };
}

/** Time `npx astro build --force` in `dir`; peak RSS from GNU time (largest process), else sampled (whole tree). */
function timeBuild(dir, label) {
  const gnuTime = existsSync('/usr/bin/time');
  const astro = ['npx', 'astro', 'build', '--force', '--config', 'astro.bench.config.mjs'];
  const [command, ...args] = gnuTime ? ['/usr/bin/time', '-v', ...astro] : astro;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
    let sampled = 0;
    const sampler = gnuTime ? undefined : setInterval(() => (sampled = sampleTreeRss(child.pid, sampled)), 200);
    const ticker = setInterval(() => progress(`  ${label}: still building (${fmtSeconds(performance.now() - started)})`), 15_000);
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(ticker);
      if (sampler) clearInterval(sampler);
      if (code !== 0) return fail(new Error(`${label}: astro build exited ${code}\n${output.slice(-4000)}`));
      const kb = gnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1]) : sampled;
      done({ ms, peakMiB: kb / 1024, ...countOutput(join(dir, 'dist')), rssSource: gnuTime ? 'GNU time' : '/proc samples' });
    });
  });
}

// ---------------------------------------------------------------- page weight

const KINDS = { document: 'HTML', stylesheet: 'CSS', script: 'JS', font: 'Fonts', image: 'Images' };

/** Load the article in Chromium and weigh every response it asked for, raw and compressed. */
async function weighPage(url) {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  // What the first paint waited for: the document and every render-blocking resource (Resource Timing's renderBlockingStatus).
  const firstPaint = await page.evaluate(() => ({
    paintedAt: performance.getEntriesByName('first-paint')[0]?.startTime,
    blocking: performance.getEntriesByType('resource').filter((e) => e.renderBlockingStatus === 'blocking').map((e) => e.name),
  }));
  // Lazily loaded resources count too.
  await page.evaluate(() => scrollTo(0, document.scrollingElement.scrollHeight));
  await page.waitForLoadState('networkidle');

  const rows = new Map(Object.values(KINDS).concat('Other').map((k) => [k, { files: 0, raw: 0, gzip: 0, brotli: 0 }]));
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const kind = KINDS[response.request().resourceType()] ?? 'Other';
    // Compressed as a static host would pre-compress: gzip -9, brotli quality 11.
    const sizes = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    const row = rows.get(kind);
    row.files += 1;
    for (const key of ['raw', 'gzip', 'brotli']) row[key] += sizes[key];
    const beforeFirstPaint = response.request().resourceType() === 'document' || firstPaint.blocking.includes(response.url());
    files.push({ kind, path: new URL(response.url()).pathname, beforeFirstPaint, ...sizes });
  }
  await browser.close();
  return { rows, files, requests: responses.length, paintedAt: firstPaint.paintedAt };
}

// ---------------------------------------------------------------- Lighthouse

async function runLighthouse(url) {
  // chrome-launcher comes with Lighthouse; resolve it from there rather than depend on it directly.
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
  const chromeLauncher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
  const results = [];
  for (const [form, config] of [['Mobile', undefined], ['Desktop', desktopConfig]]) {
    const runs = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      progress(`Lighthouse ${form.toLowerCase()}, run ${run} of ${LIGHTHOUSE_RUNS}…`);
      // A fresh browser and profile per run, so no run gets a warm cache.
      const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
      try {
        const { lhr } = await lighthouse(
          url,
          { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
          config,
        );
        runs.push(lhr);
      } finally {
        await chrome.kill();
      }
    }
    const lhr = computeMedianRun(runs);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id];
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id} (${Math.round(a.score * 100)})`);
    results.push({
      form,
      scores: [score('performance'), score('accessibility'), score('best-practices'), score('seo')],
      metrics: [
        audit('first-contentful-paint').displayValue,
        audit('largest-contentful-paint').displayValue,
        audit('cumulative-layout-shift').displayValue,
        audit('total-blocking-time').displayValue,
      ],
      failing,
      runWarnings: lhr.runWarnings ?? [],
      performanceScores: runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)),
    });
  }
  return results;
}

// ---------------------------------------------------------------- page report

/** Weigh the article page and run Lighthouse on it, serving `dist` (with its _headers) from 127.0.0.1. */
async function reportPage(dist, label) {
  const server = await startStaticServer(dist, '/');
  const articleUrl = `${server.url}articles/${SEED_SLUG}/`;
  try {
    progress('weighing the article page in Chromium…');
    const weight = await weighPage(articleUrl);
    const html = weight.rows.get('HTML');
    const css = weight.rows.get('CSS');
    const js = weight.rows.get('JS');
    const firstRender = html.gzip + css.gzip;
    const beforePaint = weight.files.filter((f) => f.beforeFirstPaint);
    const beforePaintGzip = beforePaint.reduce((total, f) => total + f.gzip, 0);
    const sum = (key) => [...weight.rows.values()].reduce((total, row) => total + row[key], 0);

    print(`## ${label}: page weight (/articles/${SEED_SLUG}/)`);
    print();
    print('Everything Chromium requested for the page at 375 px; compressed with gzip -9 and brotli 11.');
    print();
    print(
      table(
        ['Kind', 'Files', 'Raw (B)', 'gzip (B)', 'brotli (B)'],
        [...weight.rows].map(([kind, r]) => [kind, String(r.files), fmtBytes(r.raw), fmtBytes(r.gzip), fmtBytes(r.brotli)]).concat([
          ['**Total**', `**${weight.requests} requests**`, fmtBytes(sum('raw')), fmtBytes(sum('gzip')), fmtBytes(sum('brotli'))],
        ]),
      ),
    );
    print();
    print(table(
      ['File', 'Kind', 'Before first paint', 'Raw (B)', 'gzip (B)', 'brotli (B)'],
      weight.files.map((f) => [f.path, f.kind, f.beforeFirstPaint ? 'yes' : 'no', fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)]),
      'lllrrr',
    ));
    print();
    print(
      `First paint at ${weight.paintedAt?.toFixed(0) ?? '?'} ms (unthrottled, 127.0.0.1) needed ${beforePaint.length} ` +
        `${beforePaint.length === 1 ? 'response' : 'responses'} (${beforePaint.map((f) => f.path).join(', ')}): ` +
        `${fmtBytes(beforePaintGzip)} B gzipped. A response is counted when it is the document or a resource the browser marks render-blocking.`,
    );
    print();
    print(table(
      ['Budget', 'Limit', 'Actual', 'Met'],
      [
        ['First render: HTML + CSS, gzipped', `${fmtBytes(FIRST_RENDER_BUDGET)} B`, `${fmtBytes(firstRender)} B`, firstRender <= FIRST_RENDER_BUDGET ? 'yes' : '**no**'],
        ['Responses needed before first paint', '1', String(beforePaint.length), beforePaint.length === 1 ? 'yes' : '**no**'],
        ['JavaScript', '0 B', `${fmtBytes(js.raw)} B`, js.raw === 0 ? 'yes' : '**no**'],
      ],
      'lrrl',
    ));
    print();

    const audits = await runLighthouse(articleUrl);
    print(`## ${label}: Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version} (served from 127.0.0.1 with its _headers)`);
    print();
    print(
      'Default throttling: simulated slow 4G and 4× CPU slowdown on mobile, simulated cable on desktop. Target: 100 in all four categories. ' +
        `Each row is the median of ${LIGHTHOUSE_RUNS} runs (Lighthouse's computeMedianRun); the performance score of every run is listed below it.`,
    );
    print();
    print(table(
      ['Form factor', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'CLS', 'TBT'],
      audits.map((a) => [a.form, ...a.scores.map(String), ...a.metrics]),
    ));
    print();
    for (const a of audits) {
      print(`- ${a.form}: performance in each run: ${a.performanceScores.join(', ')}`);
      if (a.failing.length > 0) print(`- ${a.form}: audits below 100: ${a.failing.join(', ')}`);
      for (const warning of a.runWarnings) print(`- ${a.form}: Lighthouse warning: ${warning}`);
    }
    const allHundred = audits.every((a) => a.scores.every((s) => s === 100));
    print(allHundred ? '- All four categories score 100 on mobile and desktop.' : '- Target missed: see the audits above.');
    print();
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------- main

const started = performance.now();

print('# Benchmark');
print();
print(`Printed by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; to refresh this file: \`npm run -s bench > docs/benchmark.md\`.`);
print();
print('## Machine');
print();
print(table(['', 'Value'], machine(), 'll'));
print();

// Builds first: their output (the real site) is also what gets weighed and audited.
const builds = [];
const temps = [];
try {
  progress('building the real site…');
  const real = projectCopy(realArticles());
  temps.push(real);
  builds.push({ label: 'Real site', articles: realArticles().length, ...(await timeBuild(real, 'real site')) });

  if (existsSync(CHROME_PATH)) {
    await reportPage(join(real, 'dist'), 'Article page');
    progress('building the lead-photo fixture…');
    const photo = projectCopy([]);
    temps.push(photo);
    await writePhotoArticle(join(photo, 'content/articles'));
    await timeBuild(photo, 'lead-photo fixture');
    await reportPage(join(photo, 'dist'), 'Article with a lead photo (test fixture)');
  } else {
    print(`## Article page weight and Lighthouse\n\nSkipped: no Chromium at ${CHROME_PATH}. Run \`npm run install-browser\` or set CHROME_PATH.\n`);
  }

  for (const count of ARCHIVE_SIZES) {
    progress(`building a generated archive of ${count} articles…`);
    const dir = projectCopy(generatedArticles(count));
    temps.push(dir);
    builds.push({ label: `Archive of ${count.toLocaleString('en-GB')}`, articles: count, ...(await timeBuild(dir, `${count} articles`)) });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}

// The marginal cost of one more article: the slope from the real site to each archive.
const base = builds[0];
print('## Build (`astro build --force`, cold cache)');
print();
print(table(
  ['Site', 'Articles', 'HTML pages', 'Files', 'Wall time', 'Peak RSS', 'Time per article', 'Extra time per article', 'Extra memory per article'],
  builds.map((b) => {
    const extra = b.articles > base.articles ? b.articles - base.articles : 0;
    return [
      b.label,
      b.articles.toLocaleString('en-GB'),
      b.pages.toLocaleString('en-GB'),
      b.files.toLocaleString('en-GB'),
      fmtSeconds(b.ms),
      `${b.peakMiB.toFixed(0)} MiB`,
      `${(b.ms / b.articles).toFixed(0)} ms`,
      extra ? `${((b.ms - base.ms) / extra).toFixed(1)} ms` : '–',
      extra ? `${(((b.peakMiB - base.peakMiB) * 1024) / extra).toFixed(0)} KiB` : '–',
    ];
  }),
));
print();
print(
  `Peak RSS is from ${base.rssSource}${base.rssSource === 'GNU time' ? ' (the largest single process, i.e. the Astro build)' : ' (the whole process tree)'}. ` +
    '"Extra" is the slope from the real site to the archive: what one more article costs. ' +
    'Files counts everything written to dist/ (pages, social cards, CSS, feeds, sitemaps).',
);
print();
print(`Benchmark wall time: ${fmtSeconds(performance.now() - started)}. Load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(', ')}.`);
