/**
 * The social card shown when an article is shared: a 1200×630 PNG with the
 * headline, the agency dateline, the date, the source and the site name.
 *
 * satori lays the card out and draws every glyph as an SVG path, so sharp can
 * turn the SVG into a PNG without any font installed on the build machine and
 * without a browser or a network: the same input gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
  headline: string;
  /** Agency style, without the dash that leads into the text: "KIEV (AFP)". */
  dateline: string;
  /** The date as readers see it on the page: "Wednesday 1 December 2021". */
  date: string;
  /** The agency's full name: "Agence France-Presse". */
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

/** A node of the tree satori lays out: the shape React elements have, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

// The site's own palette (src/styles/global.css, light scheme).
const PAPER = '#fdfcf8';
const INK = '#1b1b1b';
const INK_MUTED = '#545454';
const RULE = '#d9d5cc';
const ACCENT = '#a50e20';

/**
 * Agency copy is mostly Latin, but names and places may need accents ("Łódź")
 * or Cyrillic ("Київ"). @fontsource splits each font into subsets; satori
 * only falls back along a font-family list, so each subset is its own family.
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
 * satori reads TTF, OTF and WOFF but not WOFF2, so the .woff files are used.
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

function el(type: string, style: Record<string, string | number>, ...children: (string | CardNode)[]): CardNode {
  return { type, props: { style, children: children.length === 1 ? children[0] : children } };
}

/** The card's layout, as a tree of elements with inline styles (all satori understands). */
export function socialCardTree(card: SocialCard): CardNode {
  const top = el(
    'div',
    { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
    el('div', { fontFamily: SERIF, fontWeight: 700, fontSize: 40, color: INK }, card.siteName),
    el(
      'div',
      { fontFamily: SANS, fontWeight: 700, fontSize: 24, letterSpacing: 2, color: ACCENT, textTransform: 'uppercase' },
      card.section,
    ),
  );
  const headline = el(
    'div',
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
    'div',
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
    el(
      'div',
      { display: 'flex', gap: 16 },
      el('div', { fontWeight: 700, color: INK, letterSpacing: 1 }, card.dateline),
      el('div', {}, card.date),
    ),
    el('div', { fontSize: 24 }, `Source: ${card.source}`),
  );
  return el(
    'div',
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

export async function renderSocialCardSvg(card: SocialCard, fonts: CardFont[]): Promise<string> {
  // satori's types expect React elements; the plain tree has the same shape.
  return satori(socialCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
}

export async function renderSocialCardPng(card: SocialCard, fonts: CardFont[]): Promise<Buffer> {
  const svg = await renderSocialCardSvg(card, fonts);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
