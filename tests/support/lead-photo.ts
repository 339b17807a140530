/**
 * A fixture article with a lead photo: the frozen seed article, copied, with
 * an `image` block in its frontmatter and a picture drawn here with sharp (no
 * third-party photo is ever used). The tests build it (tests/setup/build-site.ts),
 * and so does the benchmark, which loads this file directly with Node 24's
 * type stripping: only `node:` imports and sharp, no TypeScript-only syntax.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const SEED = resolve(import.meta.dirname, '../fixtures/articles/ukraine-leader-calls-for-talks-with-russia.md');

export const PHOTO_FILE = 'test-picture.jpg';

/** What the fixture's frontmatter says about its photo, as the page should show it. */
export const PHOTO = {
  alt: 'A pale stone building with columns under a blue evening sky, drawn by the test suite',
  caption: 'A picture drawn by the test suite with sharp, standing in for an agency photo.',
  credit: 'Test PHOTOGRAPHER / DISPATCH',
};

/**
 * A JPEG of the given size: a sky, a colonnaded building and a little grain,
 * so that it compresses about as a photo does (a flat colour would weigh nothing).
 */
export async function drawPicture(width: number, height: number): Promise<Buffer> {
  const columns = Array.from({ length: 9 }, (_, i) => {
    const x = width * (0.2 + i * 0.075);
    return `<rect x="${x}" y="${height * 0.45}" width="${width * 0.03}" height="${height * 0.4}" fill="#e8e1d3"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d3f72"/><stop offset="1" stop-color="#d9a066"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <polygon points="${width * 0.15},${height * 0.45} ${width * 0.5},${height * 0.25} ${width * 0.85},${height * 0.45}" fill="#cfc6b4"/>
    <rect x="${width * 0.15}" y="${height * 0.42}" width="${width * 0.7}" height="${height * 0.05}" fill="#bfb6a3"/>
    ${columns}
    <rect x="0" y="${height * 0.85}" width="100%" height="${height * 0.15}" fill="#4a4a45"/>
  </svg>`;
  const noise = { type: 'gaussian', mean: 128, sigma: 10 } as const;
  const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise } })
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** The seed article's Markdown with `image` fields added to its frontmatter (any field may be left out). */
export function withImageFields(fields: Partial<Record<'src' | 'alt' | 'caption' | 'credit', string>>): string {
  const seed = readFileSync(SEED, 'utf8');
  const lines = Object.entries(fields).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`);
  return seed.replace(/\nsection: /, `\nimage:\n${lines.join('\n')}\nsection: `);
}

/**
 * Writes the photo fixture into `dir`: the seed article (same slug) with a
 * lead photo `width` × `height` px beside it. Returns the article's path.
 */
export async function writePhotoArticle(dir: string, width = 1600, height = 1000): Promise<string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, PHOTO_FILE), await drawPicture(width, height));
  const file = join(dir, 'ukraine-leader-calls-for-talks-with-russia.md');
  writeFileSync(file, withImageFields({ src: `./${PHOTO_FILE}`, ...PHOTO }));
  return file;
}
