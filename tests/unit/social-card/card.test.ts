/** The social card: a 1200×630 PNG with the story's headline, dateline, date, source and site name. */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  createCardRenderer,
  headlineSize,
  loadCardFonts,
  socialCardTree,
  type CardNode,
  type SocialCard,
} from '../../../src/social-card/card';

const card: SocialCard = {
  headline: 'Ukraine leader calls for talks with Russia amid invasion fears',
  dateline: 'KIEV (AFP)',
  date: 'Wednesday 1 December 2021',
  source: 'Agence France-Presse',
  section: 'World',
  siteName: 'The Dispatch',
};
const fonts = loadCardFonts();
const renderer = await createCardRenderer(fonts);

/** Every text the card shows, in reading order. */
function texts(node: CardNode): string[] {
  return node.type === 'text' ? [node.text] : node.children.flatMap(texts);
}

/** Width and height from the PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the social card', () => {
  it('shows the headline, the dateline, the date, the source and the site name', () => {
    const shown = texts(socialCardTree(card));
    for (const text of [card.headline, card.dateline, card.date, card.siteName, card.section]) {
      expect(shown).toContain(text);
    }
    expect(shown.some((t) => t.includes(card.source))).toBe(true);
  });

  it('is set in the @fontsource WOFF files, with Latin, accented and Cyrillic subsets', () => {
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
    expect(fonts.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Source Serif 4 latin', 'Source Serif 4 latin-ext', 'Source Sans 3 cyrillic']),
    );
  });

  it('sets longer headlines smaller', () => {
    expect(headlineSize('Short headline')).toBeGreaterThan(headlineSize('A'.repeat(100)));
    expect(headlineSize('A'.repeat(100))).toBeGreaterThan(headlineSize('A'.repeat(200)));
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await renderer.draw(card);
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  it('draws the text (the card is not blank) and the same input gives the same bytes', async () => {
    const [first, again, other] = await Promise.all([
      renderer.draw(card),
      renderer.draw(card),
      renderer.draw({ ...card, headline: 'A different headline' }),
    ]);
    expect(first.equals(again)).toBe(true);
    expect(first.equals(other)).toBe(false);
    // Dark ink on light paper: the darkest pixel is near black.
    const { channels } = await sharp(first).stats();
    expect(channels[0].min).toBeLessThan(60);
    expect(channels[0].max).toBeGreaterThan(240);
  });

  it('draws the same bytes in another build: fonts read and registered afresh, cards drawn in another order', async () => {
    const sequential: Buffer[] = [];
    for (const headline of [card.headline, 'Київ', 'Łódź']) sequential.push(await renderer.draw({ ...card, headline }));
    const fresh = await createCardRenderer(loadCardFonts());
    const [lodz, kyiv, seed] = await Promise.all(
      ['Łódź', 'Київ', card.headline].map((headline) => fresh.draw({ ...card, headline })),
    );
    expect([seed, kyiv, lodz].map((png, i) => png.equals(sequential[i]))).toEqual([true, true, true]);
  });

  it('draws Cyrillic names rather than empty boxes', async () => {
    // A glyph the fonts lack is drawn as the same empty box whatever the letter,
    // so two different words of missing glyphs give one image.
    const [kyiv, other] = await Promise.all([
      renderer.draw({ ...card, headline: 'Київ' }),
      renderer.draw({ ...card, headline: 'Жжжж' }),
    ]);
    expect(kyiv.equals(other)).toBe(false);
  });
});
