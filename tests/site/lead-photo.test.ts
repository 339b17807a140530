/**
 * An article with a lead photo (the seed article with a photo drawn by the
 * tests, see tests/support/lead-photo.ts), as built: a responsive <picture>
 * in AVIF, WebP and JPEG with its caption and credit, and JSON-LD that
 * credits it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ARTICLE_SLUG } from '../support/builds';
import { page } from '../support/html';
import { PHOTO } from '../support/lead-photo';
import { PHOTO_BUILD } from '../support/photo-build';
import { parseHeadersFile, rulesFor } from '../support/headers-file';

const doc = page(PHOTO_BUILD.outDir, `articles/${ARTICLE_SLUG}/index.html`);
const figure = doc.querySelector('article header figure.lead-photo');
const img = figure?.querySelector('picture > img');
const home = new URL(PHOTO_BUILD.base, PHOTO_BUILD.site).href;

/** The built file behind a URL path or an absolute URL of this site. */
const builtFile = (ref: string) => join(PHOTO_BUILD.outDir, new URL(ref, home).pathname.slice(PHOTO_BUILD.base.length));

/** The candidates of a srcset: URL and width descriptor. */
function candidates(srcset: string | null | undefined): { url: string; width: number }[] {
  return (srcset ?? '').split(',').map((c) => {
    const [url, w] = c.trim().split(/\s+/);
    return { url: url, width: Number(w.replace(/w$/, '')) };
  });
}

describe('the lead photo on the page', () => {
  it('sits in the article header, under the headline, as a figure with a picture', () => {
    expect(figure).not.toBeNull();
    const order = [...doc.querySelectorAll('article header h1, article header figure')].map((el) => el.tagName);
    expect(order).toEqual(['H1', 'FIGURE']);
  });

  it('offers AVIF, then WebP, then a JPEG fallback, each at several widths, with sizes', () => {
    const sources = [...(figure?.querySelectorAll('picture > source') ?? [])];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const el of [...sources, img!]) {
      const set = candidates(el.getAttribute('srcset'));
      expect(set.map((c) => c.width)).toEqual([480, 800, 1200, 1600]);
      expect(el.getAttribute('sizes')).toMatch(/rem/);
    }
    expect(candidates(sources[0].getAttribute('srcset')).every((c) => c.url.endsWith('.avif'))).toBe(true);
    expect(candidates(sources[1].getAttribute('srcset')).every((c) => c.url.endsWith('.webp'))).toBe(true);
    expect(img?.getAttribute('src')).toMatch(/\.jpe?g$/);
  });

  it('builds every file it offers, at the width it claims, in the format it claims', async () => {
    const sets = [...(figure?.querySelectorAll('[srcset]') ?? [])].flatMap((el) => candidates(el.getAttribute('srcset')));
    for (const { url, width } of sets) {
      const file = builtFile(url);
      expect(existsSync(file), url).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.width, url).toBe(width);
      expect(meta.format, url).toBe({ avif: 'heif', webp: 'webp', jpeg: 'jpeg' }[url.split('.').at(-1)!]);
    }
  });

  it('reserves its box (width and height), loads first and is described', () => {
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['1600', '1000']);
    expect(img?.getAttribute('fetchpriority')).toBe('high');
    expect(img?.getAttribute('loading')).not.toBe('lazy');
    expect(img?.getAttribute('alt')).toBe(PHOTO.alt);
    expect(img?.hasAttribute('style')).toBe(false);
  });

  it('has a caption with the agency’s caption and the credit', () => {
    const caption = figure?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(caption).toBe(`${PHOTO.caption} Photo: ${PHOTO.credit}`);
  });

  it('is cached for a year, like every fingerprinted asset', () => {
    const rules = parseHeadersFile(readFileSync(join(PHOTO_BUILD.outDir, '_headers'), 'utf8'));
    const cache = rulesFor(rules, new URL(img!.getAttribute('src')!, home).pathname).flatMap((r) =>
      r.headers.filter(([n]) => n === 'Cache-Control'),
    );
    expect(cache).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });
});

describe('the lead photo in the metadata', () => {
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, any>;
  const meta = (key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

  it('is the JSON-LD image: one ImageObject per crop, each with caption, credit and copyright notice', () => {
    const pixels = (value: number) => ({ '@type': 'QuantitativeValue', value, unitCode: 'E37' });
    // The fixture photo is 1,600 × 1,000: 16:9 and 4:3 at 1,200 px, the square as large as it holds, never enlarged.
    const sizes = [
      [1200, 675],
      [1200, 900],
      [1000, 1000],
    ];
    expect(ld.image).toMatchObject(
      sizes.map(([width, height]) => ({
        '@type': 'ImageObject',
        caption: PHOTO.caption,
        creditText: PHOTO.credit,
        copyrightNotice: '© DISPATCH',
        width: pixels(width),
        height: pixels(height),
      })),
    );
    for (const image of ld.image) expect(image.contentUrl).toBe(image.url);
  });

  it('points at JPEG crops the build contains, each of the size it claims', async () => {
    for (const image of ld.image) {
      expect(image.url.startsWith(home)).toBe(true);
      const file = await sharp(builtFile(image.url)).metadata();
      expect([file.format, file.width, file.height]).toEqual(['jpeg', image.width.value, image.height.value]);
    }
  });

  it('leaves og:image the social card (see the README: a card carries the headline, a preview drops the credit)', () => {
    expect(meta('og:image')).toBe(`${home}og/${ARTICLE_SLUG}.png`);
    expect(meta('twitter:image')).toBe(`${home}og/${ARTICLE_SLUG}.png`);
  });
});
