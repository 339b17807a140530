/**
 * The social card shown when an article is shared: a 1200×630 PNG with the
 * headline, the agency dateline, the date, the source and the site name.
 *
 * Takumi (a native renderer, shipped inside its npm package) lays the card out
 * and draws it straight to PNG from the font files it is given: no font
 * installed on the build machine, no browser, no network, and the same input
 * gives the same bytes. It replaced satori + sharp, at less than a sixth of
 * the CPU time per card (docs/benchmark.md, "Social cards: renderer comparison").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Renderer } from '@takumi-rs/core';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
  headline: string;
  /** Agency style, without the dash that leads into the text: "KIEV (AFP)". */
  dateline: string;
  /** The date as readers see it on the page: "Wednesday 1 December 2021". */
  date: string;
  /** The credit line, in the edition's words: "Source: Agence France-Presse". */
  source: string;
  section: string;
  siteName: string;
}

export interface CardFont {
  /** One family per subset, "Source Serif 4 latin-ext", listed in the font stacks below. */
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

type Style = Record<string, string | number>;

/** A node of the tree Takumi lays out: a box of other nodes, or one run of text. */
export type CardNode = { type: 'container'; style: Style; children: CardNode[] } | { type: 'text'; style: Style; text: string };

// The site's own palette (src/styles/global.css, light scheme).
const PAPER = '#fdfcf8';
const INK = '#1b1b1b';
const INK_MUTED = '#545454';
const RULE = '#d9d5cc';
const ACCENT = '#a50e20';

/**
 * Agency copy is mostly Latin, but names and places may need accents ("Łódź")
 * or Cyrillic ("Київ"). @fontsource splits each font into subsets; each
 * subset is its own family, and the font-family lists fall back through them.
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const FACES = [
  { family: 'Source Serif 4', pkg: '@fontsource/source-serif-4', file: 'source-serif-4', weight: 700 },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', file: 'source-sans-3', weight: 400 },
  { family: 'Source Sans 3', pkg: '@fontsource/source-sans-3', file: 'source-sans-3', weight: 700 },
] as const;

const stack = (family: string) => SUBSETS.map((subset) => `'${family} ${subset}'`).join(', ');
const SERIF = stack('Source Serif 4');
const SANS = stack('Source Sans 3');

/**
 * The fonts the card is set in, read from the installed @fontsource packages.
 * `root` is the project directory (the build runs there), where node_modules is found.
 */
export function loadCardFonts(root: string = process.cwd()): CardFont[] {
  const require = createRequire(join(root, 'package.json'));
  return FACES.flatMap((face) =>
    SUBSETS.map((subset) => ({
      name: `${face.family} ${subset}`,
      weight: face.weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`${face.pkg}/files/${face.file}-${subset}-${face.weight}-normal.woff`)),
    })),
  );
}

/** Longer headlines are set smaller so that they still fit in four lines. */
export function headlineSize(headline: string): number {
  const length = [...headline].length;
  if (length <= 50) return 76;
  if (length <= 80) return 66;
  if (length <= 120) return 56;
  return 48;
}

function el(style: Style, ...children: CardNode[]): CardNode {
  return { type: 'container', style, children };
}

function run(style: Style, text: string): CardNode {
  return { type: 'text', style, text };
}

/** The card's layout: boxes and text with inline styles, laid out as CSS flexbox. */
export function socialCardTree(card: SocialCard): CardNode {
  const top = el(
    { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
    run({ fontFamily: SERIF, fontWeight: 700, fontSize: 40, color: INK }, card.siteName),
    run(
      { fontFamily: SANS, fontWeight: 700, fontSize: 24, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase' },
      card.section,
    ),
  );
  const headline = run(
    {
      display: 'block',
      lineClamp: 4,
      fontFamily: SERIF,
      fontWeight: 700,
      fontSize: headlineSize(card.headline),
      lineHeight: 1.12,
      letterSpacing: -0.5,
      color: INK,
    },
    card.headline,
  );
  const foot = el(
    {
      display: 'flex',
      justifyContent: 'space-between',
      alignItems: 'baseline',
      paddingTop: 24,
      borderTop: `2px solid ${RULE}`,
      fontFamily: SANS,
      fontSize: 28,
      color: INK_MUTED,
    },
    el({ display: 'flex', gap: 16 }, run({ fontWeight: 700, color: INK, letterSpacing: 1 }, card.dateline), run({}, card.date)),
    run({ fontSize: 24 }, card.source),
  );
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 52px',
      backgroundColor: PAPER,
      borderTop: `14px solid ${ACCENT}`,
    },
    top,
    headline,
    foot,
  );
}

/** Draws cards with the fonts registered once: make one per build, not one per card. */
export interface CardRenderer {
  draw(card: SocialCard): Promise<Buffer>;
}

export async function createCardRenderer(fonts: CardFont[]): Promise<CardRenderer> {
  const renderer = new Renderer();
  for (const font of fonts) await renderer.registerFont(font);
  return {
    draw: (card) => renderer.render(socialCardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' }),
  };
}
