/**
 * The lead photo's rules and the values derived from its frontmatter, shared
 * by the editor's checks (lead-photo-check.ts), the page and the JSON-LD.
 */

/**
 * The narrowest photo accepted: sharp on a wide screen at twice the pixels,
 * and the least Google asks of an article's image for large previews.
 */
export const MIN_LEAD_PHOTO_WIDTH = 1200;

/** The widths the page offers the browser to choose from, up to the photo's own. */
export function leadPhotoWidths(width: number): number[] {
  return [480, 800, 1200, 1600].filter((w) => w <= width);
}

/**
 * How wide the photo is shown: the header's full width (50rem) once the
 * window is wide enough, otherwise the window less the page's side gaps.
 */
export const LEAD_PHOTO_SIZES = '(min-width: 54rem) 50rem, calc(100vw - 2rem)';

/**
 * Who holds the copyright, from an agency-style credit: the agency after the
 * last slash ("Sergei SUPINSKY / AFP" → "© AFP"), or the whole credit when it
 * names only one.
 */
export function copyrightNotice(credit: string): string {
  const holder = credit.split(' / ').at(-1)!.trim();
  return `© ${holder}`;
}

/** The shapes search engines ask an article's image in: 16:9, 4:3 and 1:1. */
export const PHOTO_CROPS = [
  { name: '16:9', across: 16, down: 9 },
  { name: '4:3', across: 4, down: 3 },
  { name: '1:1', across: 1, down: 1 },
] as const;

/** A crop of the photo to build: its shape and pixel size. */
export interface PhotoCrop {
  name: (typeof PHOTO_CROPS)[number]['name'];
  width: number;
  height: number;
}

/**
 * Each crop of a photo of `width` × `height`, centred: MIN_LEAD_PHOTO_WIDTH
 * wide when the photo holds it, else as wide as the photo holds, since a
 * photo is never enlarged (a 1,200 × 800 photo's square is 800 × 800).
 */
export function photoCrops(width: number, height: number): PhotoCrop[] {
  return PHOTO_CROPS.map(({ name, across, down }) => {
    const widest = Math.min(width, Math.floor((height * across) / down));
    const cropWidth = Math.min(widest, MIN_LEAD_PHOTO_WIDTH);
    return { name, width: cropWidth, height: Math.round((cropWidth * down) / across) };
  });
}
