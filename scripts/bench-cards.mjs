#!/usr/bin/env node
/**
 * Social-card renderer comparison: `npm run bench:cards`. Prints a Markdown
 * report on stdout (progress on stderr) and fails nothing.
 *
 * Every option draws the same card tree (socialCardTree in src/social-card/card.ts)
 * from the same fonts: the seed article's card and three harder headlines (long,
 * accented, Cyrillic). Each run times BENCH_CARDS_N cards per option, options
 * interleaved so that load from other processes falls on all of them alike;
 * the table gives the median of BENCH_CARDS_RUNS runs, after a warm-up, as
 * wall-clock and CPU milliseconds per card (CPU counts every thread of the
 * process, so it is the steadier figure on a shared machine).
 *
 * Options whose package is not a dependency (the renderers the site does not
 * use) are left out, and the report names the command that adds them for a
 * run without saving them: `npm install --no-save satori@0.63.2
 * @resvg/resvg-js@2.6.2`. Each option's cards are written to BENCH_CARDS_OUT
 * (default: <tmpdir>/bench-cards) to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CARD_HEIGHT, CARD_WIDTH, createCardRenderer, loadCardFonts, socialCardTree } from '../src/social-card/card.ts';

const RUNS = Number(process.env.BENCH_CARDS_RUNS ?? 7);
const PER_RUN = Number(process.env.BENCH_CARDS_N ?? 12);
const OUT = process.env.BENCH_CARDS_OUT ?? join(tmpdir(), 'bench-cards');
const SEED = {
  headline: 'Ukraine leader calls for talks with Russia amid invasion fears',
  dateline: 'KIEV (AFP)',
  date: 'Wednesday 1 December 2021',
  source: 'Agence France-Presse',
  section: 'World',
  siteName: 'The Dispatch',
};
const CARDS = [
  SEED,
  {
    ...SEED,
    headline:
      'Ukraine says Russia has massed around 115,000 troops near its borders as foreign ministers meet in Stockholm to discuss how to avert a conflict that Kiev and its allies fear could begin within weeks',
  },
  {
    ...SEED,
    headline: 'Łódź and Gdańsk mayors back Kraków’s plea; Müller, Žižek and Øyvind Sørensen sign',
    dateline: 'ŁÓDŹ (AFP)',
  },
  { ...SEED, headline: 'Зеленський закликав до прямих переговорів з Росією', dateline: 'КИЇВ (AFP)' },
];

const fonts = loadCardFonts();
const tryImport = (name) => import(name).catch(() => undefined);

/** The card tree as satori takes it (React elements' shape): a text node is a div holding a string. */
function satoriElement(node) {
  const children = node.type === 'text' ? node.text : node.children.map(satoriElement);
  return { type: 'div', props: { style: node.style, children } };
}

/** satori's SVG for a card; `perCard` reads the fonts afresh for every card, as a handler without a module-level cache would. */
async function satoriSvg(perCard) {
  const satori = (await tryImport('satori'))?.default;
  if (!satori) return undefined;
  return (card) =>
    satori(satoriElement(socialCardTree(card)), {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: perCard ? loadCardFonts() : fonts,
    });
}

async function satoriSharp(png, perCard = false) {
  const [svg, sharp] = [await satoriSvg(perCard), (await tryImport('sharp'))?.default];
  return (
    svg &&
    sharp &&
    (async (card) =>
      sharp(Buffer.from(await svg(card)))
        .png(png)
        .toBuffer())
  );
}

async function satoriResvg() {
  const [svg, resvg] = [await satoriSvg(false), await tryImport('@resvg/resvg-js')];
  return svg && resvg && (async (card) => new resvg.Resvg(await svg(card)).render().asPng());
}

/** Takumi, as the site draws its cards (createCardRenderer); `perCard` registers the fonts again for every card. */
async function takumi(perCard = false) {
  const shared = perCard ? undefined : await createCardRenderer(fonts);
  return async (card) => (shared ?? (await createCardRenderer(fonts))).draw(card);
}

/** Takumi's pixels, encoded by sharp instead of Takumi's own PNG encoder. */
async function takumiSharp(png) {
  const [core, sharp] = [await tryImport('@takumi-rs/core'), (await tryImport('sharp'))?.default];
  if (!core || !sharp) return undefined;
  const renderer = new core.Renderer();
  for (const font of fonts) await renderer.registerFont(font);
  const raw = { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4 };
  return async (card) =>
    sharp(await renderer.render(socialCardTree(card), { ...raw, format: 'raw' }), { raw })
      .png(png)
      .toBuffer();
}

/** name -> [the packages it needs, factory of a card -> PNG function, or undefined when one is missing]. */
const OPTIONS = {
  'satori → sharp, compressionLevel 9 (before)': ['satori@0.63.2', () => satoriSharp({ compressionLevel: 9 })],
  'satori → sharp, compressionLevel 6': ['satori@0.63.2', () => satoriSharp({ compressionLevel: 6 })],
  'satori → sharp, level 9 + adaptiveFiltering': [
    'satori@0.63.2',
    () => satoriSharp({ compressionLevel: 9, adaptiveFiltering: true }),
  ],
  'satori → sharp, palette (256 colours, effort 7)': ['satori@0.63.2', () => satoriSharp({ palette: true })],
  'satori → sharp, palette, effort 1': ['satori@0.63.2', () => satoriSharp({ palette: true, effort: 1 })],
  'satori (fonts read per card) → sharp, level 9': ['satori@0.63.2', () => satoriSharp({ compressionLevel: 9 }, true)],
  'satori → @resvg/resvg-js': ['satori@0.63.2 @resvg/resvg-js@2.6.2', satoriResvg],
  'Takumi (@takumi-rs/core)': ['@takumi-rs/core', () => takumi()],
  'Takumi, fonts registered per card': ['@takumi-rs/core', () => takumi(true)],
  'Takumi → raw pixels → sharp, compressionLevel 9': ['@takumi-rs/core', () => takumiSharp({ compressionLevel: 9 })],
  'Takumi → raw pixels → sharp, palette': ['@takumi-rs/core', () => takumiSharp({ palette: true })],
};

/** The same option spread over `size` worker threads, each with its own renderer and fonts. */
async function workerPool(option, size) {
  const workers = Array.from({ length: size }, () => new Worker(new URL(import.meta.url), { workerData: { option } }));
  const pending = new Map();
  let next = 0;
  for (const worker of workers) worker.on('message', ({ id, png }) => (pending.get(id)(Buffer.from(png)), pending.delete(id)));
  const render = (card) =>
    new Promise((done) => (pending.set(next, done), workers[next % size].postMessage({ id: next++, card })));
  return { render, close: () => Promise.all(workers.map((w) => w.terminate())) };
}

/** Draws `count` cards, at most `inFlight` at a time; returns wall and CPU ms per card. */
async function timeCards(render, count, inFlight = 1) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let started = 0;
  const lane = async () => {
    while (started < count) await render(CARDS[started++ % CARDS.length]);
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - t0) / count, cpu: (cpu.user + cpu.system) / 1000 / count };
}

const progress = (m) => process.stderr.write(`[bench:cards] ${m}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const sharp = (await import('sharp')).default;
  mkdirSync(OUT, { recursive: true });
  const load0 = loadavg();

  const contenders = [];
  const missing = new Set();
  for (const [name, [needs, make]] of Object.entries(OPTIONS)) {
    const render = await make();
    if (render) contenders.push({ name, render, inFlight: 1, runs: [] });
    else needs.split(' ').forEach((pkg) => missing.add(pkg));
  }
  // Drawing on all cores: the fastest single-card option and the one it would replace, two ways.
  const cores = availableParallelism();
  const pools = [];
  for (const name of ['satori → sharp, compressionLevel 9 (before)', 'Takumi (@takumi-rs/core)']) {
    const base = contenders.find((c) => c.name === name);
    if (!base) continue;
    contenders.push({
      name: `${name}, ${cores} cards in flight in one thread`,
      render: base.render,
      inFlight: cores,
      base,
      runs: [],
    });
    const pool = await workerPool(name, cores);
    pools.push(pool);
    contenders.push({ name: `${name}, ${cores} worker threads`, render: pool.render, inFlight: cores, base, runs: [] });
  }

  // Warm-up, and what each option draws: every card twice, to check that the bytes repeat.
  const reference = await contenders[0].render(SEED);
  const raw = async (png) => sharp(png).removeAlpha().raw().toBuffer();
  const referencePixels = await raw(reference);
  for (const c of contenders) {
    progress(`warm-up: ${c.name}`);
    const first = await Promise.all(CARDS.map((card) => c.render(card)));
    const again = await Promise.all(CARDS.map((card) => c.render(card)));
    // Same bytes twice, and a variant drawing on more cores draws what its single-card option draws.
    c.deterministic = first.every((png, i) => png.equals(again[i]) && (!c.base || png.equals(c.base.seen[i])));
    c.seen = first;
    c.bytes = first[0].length;
    const pixels = await raw(first[0]);
    let differ = 0;
    for (let i = 0; i < pixels.length; i += 3) {
      if (Math.max(...[0, 1, 2].map((k) => Math.abs(pixels[i + k] - referencePixels[i + k]))) > 32) differ++;
    }
    c.differ = differ / (pixels.length / 3);
    const file = c.name
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    if (!c.base) first.forEach((png, i) => writeFileSync(join(OUT, `${file}-${i}.png`), png));
  }

  for (let run = 1; run <= RUNS; run++) {
    progress(`run ${run} of ${RUNS}`);
    // Rotate the order so that no option always runs first or last.
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(k + run) % contenders.length];
      c.runs.push(await timeCards(c.render, PER_RUN, c.inFlight));
    }
  }
  await Promise.all(pools.map((p) => p.close()));

  const baseline = contenders[0];
  const baselineCpu = median(baseline.runs.map((r) => r.cpu));
  const baselineWall = median(baseline.runs.map((r) => r.wall));
  const print = (line = '') => process.stdout.write(`${line}\n`);
  print('## Social cards: renderer comparison');
  print();
  print(
    `Printed by \`npm run bench:cards\` on ${new Date().toISOString().slice(0, 10)}: ${RUNS} runs of ${PER_RUN} cards per option after a warm-up, median per card;`,
  );
  print(`the cards cycle through the seed headline and a long, an accented and a Cyrillic one.`);
  print(
    `${cpus()[0]?.model ?? 'unknown CPU'}, ${cores} cores, Node ${process.version}; load average ${load0.map((n) => n.toFixed(2)).join(', ')} at the start, ${loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')} at the end.`,
  );
  print();
  print(
    `Ratios are to the first row, ${baseline.name}. A pixel is "off" when a channel differs from the first row's seed card by more than 32/255.`,
  );
  print('Wall time includes waiting for a core: with a load average above the number of cores, read the CPU columns.');
  print();
  print('| Option | Wall ms/card | ratio | CPU ms/card | ratio | Seed PNG (B) | Same bytes twice | Pixels off |');
  print('| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const c of contenders) {
    const wall = median(c.runs.map((r) => r.wall));
    const cpu = median(c.runs.map((r) => r.cpu));
    print(
      `| ${c.name} | ${wall.toFixed(1)} | ${(wall / baselineWall).toFixed(2)}× | ${cpu.toFixed(1)} | ${(cpu / baselineCpu).toFixed(2)}× | ` +
        `${c.bytes.toLocaleString('en-GB')} | ${c.deterministic ? 'yes' : '**no**'} | ${(c.differ * 100).toFixed(2)} % |`,
    );
  }
  if (missing.size)
    print(
      `\nOptions whose packages are not installed are left out: \`npm install --no-save ${[...missing].join(' ')}\` adds them (package.json and the lock file stay as they are).`,
    );
  const single = contenders.filter((c) => !c.base);
  const cheapest = single.reduce((a, b) => (median(b.runs.map((r) => r.cpu)) < median(a.runs.map((r) => r.cpu)) ? b : a));
  const smallest = single.reduce((a, b) => (b.bytes < a.bytes ? b : a));
  print();
  print(`Cheapest per card in CPU time: ${cheapest.name}. Smallest seed card: ${smallest.name}.`);
  print();
  print(
    'The site draws its cards with Takumi (`createCardRenderer` in `src/social-card/card.ts`), in the background while Astro ' +
      'renders the article pages (`src/social-card/draw-ahead.ts`); the reasons: `docs/deploy.md`, "The social card, and why Takumi".',
  );
  print();
  progress(`seed cards written to ${OUT}`);
}

if (!isMainThread) {
  // A worker of a pool: draws the cards its parent sends with one option.
  const render = await OPTIONS[workerData.option][1]();
  parentPort.on('message', async ({ id, card }) => parentPort.postMessage({ id, png: await render(card) }));
} else {
  await main();
}
