/**
 * Social cards drawn ahead, on a second core. Takumi draws on its own thread,
 * so while the main thread renders the article pages, each rendered article's
 * card is drawn in the background, one at a time (leaving the thread pool
 * free for the page writes), and parked in a temporary folder rather than in
 * memory. When the card route comes to a card, it takes the parked file, waits
 * for the one being drawn, or draws a card not started yet itself while the
 * background goes on with the next: both cores draw. A card is drawn ahead
 * only when its article page is rendered, so a warm build that restores the
 * pages from the cache draws nothing it will not use (at most the card of an
 * article whose body alone changed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteConfig } from '../site.config.ts';
import { cacheKeyOf } from '../cache/cache-keys.ts';
import { datelineLabel } from '../article/dateline.ts';
import { stringsFor } from '../editions/edition.ts';
import { editionOf } from '../article/language.ts';
import { longDate } from '../editions/dates.ts';
import type { Article } from '../article/schema.ts';
import { BUILD_MODE } from '../newsroom/collection.ts';
import { createCardRenderer, loadCardFonts, type CardRenderer, type SocialCard } from './card.ts';

/** Everything a card shows, and its digest: the parked file's name (the card route keys on both, its props). */
export function socialCardOf({ title, dateline, source, section, lang }: Article): { card: SocialCard; key: string } {
  // In the words of the story's edition: « Source : Agence France-Presse ».
  const strings = stringsFor(editionOf(lang));
  const card = {
    headline: title,
    dateline: datelineLabel(dateline.place, source.agency),
    date: longDate(strings, dateline.date, dateline.timeZone),
    source: strings.article.source(source.name),
    section,
    siteName: siteConfig.name,
  };
  return { card, key: cacheKeyOf(card) };
}

// Fonts read and registered once per build, not once per card.
let renderer: Promise<CardRenderer> | undefined;
const draw = async (card: SocialCard) => (await (renderer ??= createCardRenderer(loadCardFonts()))).draw(card);

interface Job {
  card: SocialCard;
  /** Set once the background has started it: resolves to the parked file. */
  parked?: Promise<string>;
}
const jobs = new Map<string, Job>();
const waiting: string[] = [];
let drawing = false;
let folder: string | undefined;

function parkedFolder(): string {
  if (folder === undefined) {
    const made = mkdtempSync(join(tmpdir(), 'social-cards-'));
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return folder;
}

function drawNext(): void {
  if (drawing) return;
  // Skip the cards the card route has taken and drawn itself.
  let key = waiting.shift();
  while (key !== undefined && !jobs.has(key)) key = waiting.shift();
  const job = key === undefined ? undefined : jobs.get(key);
  if (key === undefined || !job) return;
  drawing = true;
  job.parked = draw(job.card).then(async (png) => {
    const file = join(parkedFolder(), `${key}.png`);
    await writeFile(file, png);
    return file;
  });
  void job.parked.catch(() => undefined).finally(() => ((drawing = false), drawNext()));
}

/** Queues a card to be drawn in the background (in `astro build`; `astro dev`, which previews drafts, draws on request). */
export function drawAhead(article: Article): void {
  if (BUILD_MODE.drafts) return;
  const { card, key } = socialCardOf(article);
  if (jobs.has(key)) return;
  jobs.set(key, { card });
  waiting.push(key);
  drawNext();
}

/** The card as a PNG: drawn ahead, being drawn, or drawn now. */
export async function cardPng(card: SocialCard, key: string): Promise<Buffer> {
  const job = jobs.get(key);
  jobs.delete(key);
  if (!job?.parked) return draw(card);
  const file = await job.parked;
  const png = await readFile(file);
  await rm(file);
  return png;
}
