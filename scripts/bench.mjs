#!/usr/bin/env node
/**
 * Performance benchmark: `npm run bench`. Prints a Markdown report on stdout
 * (progress goes to stderr) and fails nothing; it measures, the tests judge.
 *
 *   1. the machine the figures come from;
 *   2. what the seed article's page weighs (built from tests/fixtures/articles,
 *      never content/), loaded in Chromium, against the budget: HTML + CSS
 *      within one TCP initial window (14,600 bytes gzipped), no JS, and how many
 *      responses its first paint waited for (the target is 1);
 *   3. Lighthouse 12 scores, mobile and desktop (the median of five runs each),
 *      for that page served from 127.0.0.1 with the build's _headers;
 *   4. the same weight and scores for a test fixture: the seed article with a
 *      lead photo drawn by tests/support/lead-photo.ts;
 *   5. the quote finder's precision and recall on the house, tuning and seen
 *      corpora (scripts/quote-accuracy.ts, also `npm run quote-accuracy`); never
 *      the held-out one, whose misses nobody tuning the rules may read: it is
 *      measured on its own (`npm run quote-accuracy -- --corpus held-out`);
 *   6. build time and peak memory, cold and warm, of this project beside a bare
 *      Astro site on the same generated archive (scripts/bench-builds.mjs):
 *      BENCH_SIZES="1000,10000" for other sizes, BENCH_RUNS=3 runs per figure.
 *
 * Needs Debian's Chromium ($CHROME_PATH or /usr/bin/chromium; `npm run
 * install-browser`) and, for peak memory, GNU time (`apt-get install time`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { benchBuilds, buildReport } from './bench-builds.mjs';
import { writePhotoArticle } from '../tests/support/lead-photo.ts';
import { quoteAccuracy } from './quote-accuracy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED_SLUG = 'ukraine-leader-calls-for-talks-with-russia';
const ARCHIVE_SIZES = (process.env.BENCH_SIZES ?? '1000').split(',').filter(Boolean).map(Number);
const BENCH_RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_BUILDS_ONLY=1: the machine and the build figures alone (no page weight, Lighthouse, cards or quotes). */
const BUILDS_ONLY = process.env.BENCH_BUILDS_ONLY === '1';

/** BENCH_SUITE=1: `npm test` timed, as the first figure; otherwise undefined (it takes minutes). */
function timedSuite() {
  if (process.env.BENCH_SUITE !== '1') return undefined;
  progress('npm test (BENCH_SUITE=1)…');
  const started = performance.now();
  execFileSync('npm', ['test'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return { ms: performance.now() - started };
}
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
  } catch {
    // No Chromium: the table says "not found".
  }
  return [
    ['CPU', model],
    ['Cores', String(cpus().length)],
    ['Memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['Node', process.version],
    ['Chromium', chromiumVersion],
    ['Lighthouse', createRequire(import.meta.url)('lighthouse/package.json').version],
    // Timings are only comparable on an otherwise idle machine; this shows whether it was.
    [
      'Load average at start (1, 5, 15 min)',
      loadavg()
        .map((n) => n.toFixed(2))
        .join(', '),
    ],
  ];
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
    blocking: performance
      .getEntriesByType('resource')
      .filter((e) => e.renderBlockingStatus === 'blocking')
      .map((e) => e.name),
  }));
  // Lazily loaded resources count too.
  await page.evaluate(() => globalThis.scrollTo(0, globalThis.document.scrollingElement.scrollHeight));
  await page.waitForLoadState('networkidle');

  const rows = new Map(
    Object.values(KINDS)
      .concat('Other')
      .map((k) => [k, { files: 0, raw: 0, gzip: 0, brotli: 0 }]),
  );
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
  for (const [form, config] of [
    ['Mobile', undefined],
    ['Desktop', desktopConfig],
  ]) {
    const runs = [];
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      progress(`Lighthouse ${form.toLowerCase()}, run ${run} of ${LIGHTHOUSE_RUNS}…`);
      // A fresh browser and profile per run, so no run gets a warm cache.
      const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
      try {
        const { lhr } = await lighthouse(
          url,
          {
            port: chrome.port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
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
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
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
        [...weight.rows]
          .map(([kind, r]) => [kind, String(r.files), fmtBytes(r.raw), fmtBytes(r.gzip), fmtBytes(r.brotli)])
          .concat([
            [
              '**Total**',
              `**${weight.requests} requests**`,
              fmtBytes(sum('raw')),
              fmtBytes(sum('gzip')),
              fmtBytes(sum('brotli')),
            ],
          ]),
      ),
    );
    print();
    print(
      table(
        ['File', 'Kind', 'Before first paint', 'Raw (B)', 'gzip (B)', 'brotli (B)'],
        weight.files.map((f) => [
          f.path,
          f.kind,
          f.beforeFirstPaint ? 'yes' : 'no',
          fmtBytes(f.raw),
          fmtBytes(f.gzip),
          fmtBytes(f.brotli),
        ]),
        'lllrrr',
      ),
    );
    print();
    print(
      `First paint at ${weight.paintedAt?.toFixed(0) ?? '?'} ms (unthrottled, 127.0.0.1) needed ${beforePaint.length} ` +
        `${beforePaint.length === 1 ? 'response' : 'responses'} (${beforePaint.map((f) => f.path).join(', ')}): ` +
        `${fmtBytes(beforePaintGzip)} B gzipped. A response is counted when it is the document or a resource the browser marks render-blocking.`,
    );
    print();
    print(
      table(
        ['Budget', 'Limit', 'Actual', 'Met'],
        [
          [
            'First render: HTML + CSS, gzipped',
            `${fmtBytes(FIRST_RENDER_BUDGET)} B`,
            `${fmtBytes(firstRender)} B`,
            firstRender <= FIRST_RENDER_BUDGET ? 'yes' : '**no**',
          ],
          ['Responses needed before first paint', '1', String(beforePaint.length), beforePaint.length === 1 ? 'yes' : '**no**'],
          ['JavaScript', '0 B', `${fmtBytes(js.raw)} B`, js.raw === 0 ? 'yes' : '**no**'],
        ],
        'lrrl',
      ),
    );
    print();

    const audits = await runLighthouse(articleUrl);
    print(
      `## ${label}: Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version} (served from 127.0.0.1 with its _headers)`,
    );
    print();
    print(
      'Default throttling: simulated slow 4G and 4× CPU slowdown on mobile, simulated cable on desktop. Target: 100 in all four categories. ' +
        `Each row is the median of ${LIGHTHOUSE_RUNS} runs (Lighthouse's computeMedianRun); the performance score of every run is listed below it.`,
    );
    print();
    print(
      table(
        ['Form factor', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'CLS', 'TBT'],
        audits.map((a) => [a.form, ...a.scores.map(String), ...a.metrics]),
      ),
    );
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
print(
  `Printed by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; to refresh this file: \`npm run -s bench > docs/benchmark.md\`.`,
);
print();
print('## Machine');
print();
print(table(['', 'Value'], machine(), 'll'));
print();

// The article page first: a build of the frozen seed article, weighed and audited in Chromium.
async function pageReports() {
  const pageDir = mkdtempSync(join(tmpdir(), 'dispatch-bench-page-'));
  try {
    /** Builds one articles folder into `dist` under the page folder, cold and in its own cache. */
    const buildPage = (articles, name) => {
      execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', join(pageDir, name)], {
        cwd: ROOT,
        env: {
          ...process.env,
          ARTICLES_DIR: articles,
          ASTRO_CACHE_DIR: join(pageDir, `${name}-cache`),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      return join(pageDir, name);
    };
    progress('building the seed article…');
    const seedDist = buildPage(join(ROOT, 'tests/fixtures/articles'), 'seed');
    if (existsSync(CHROME_PATH)) {
      await reportPage(seedDist, 'Article page');
      progress('building the lead-photo fixture…');
      const photoArticles = join(pageDir, 'photo-articles');
      await writePhotoArticle(photoArticles);
      await reportPage(buildPage(photoArticles, 'photo'), 'Article with a lead photo (test fixture)');
    } else {
      print(
        `## Article page weight and Lighthouse\n\nSkipped: no Chromium at ${CHROME_PATH}. Run \`npm run install-browser\` or set CHROME_PATH.\n`,
      );
    }
  } finally {
    rmSync(pageDir, { recursive: true, force: true });
  }
}
if (!BUILDS_ONLY) await pageReports();

print('## Builds: this project beside a bare Astro site');
print();
const results = await benchBuilds({ sizes: ARCHIVE_SIZES, runs: BENCH_RUNS, progress });
print(buildReport(results, { runs: BENCH_RUNS, table, suite: timedSuite() }));
print();
if (BUILDS_ONLY) process.exit(0);
// The social-card renderers compared, in this report (their own script: `npm run bench:cards`).
execFileSync(process.execPath, [join(ROOT, 'scripts/bench-cards.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] });

progress('scoring the quote finder on the corpus…');
print('## Quote finder accuracy');
print();
print(await quoteAccuracy({ title: false, level: 3, only: ['house', 'tuning', 'seen'] }));
print();
print(
  `Benchmark wall time: ${fmtSeconds(performance.now() - started)}. Load average at the end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}.`,
);
