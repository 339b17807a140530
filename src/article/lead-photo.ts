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
