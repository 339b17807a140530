/**
 * The checks on a lead photo that need the file itself: that it is there,
 * next to the article, and wide enough. Astro's image() helper only records
 * the path; a missing file would otherwise surface later as a module error
 * naming no article. Run by the loader (src/loading/article-loader.ts), so
 * `npm run check` finds these mistakes too.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import sharp from 'sharp';
import { displayPath, EditorError } from './editor-messages.ts';
import { MIN_LEAD_PHOTO_WIDTH } from '../article/lead-photo.ts';

/** The problem with an article's `image.src`, or undefined when the photo is usable. */
export async function leadPhotoProblem(articleFile: string, src: unknown): Promise<EditorError | undefined> {
  if (typeof src !== 'string') return undefined; // The schema reports a missing or non-text src.
  const where = `${displayPath(articleFile)}: image.src`;
  if (isAbsolute(src) || src.includes('://')) {
    return new EditorError(
      `${where}: "${src}" is not a file next to the article.`,
      'Put the photo in the same folder as the article and write its name as "./photo-name.jpg".',
    );
  }
  const file = resolve(dirname(articleFile), src);
  if (!existsSync(file) || !statSync(file).isFile()) {
    return new EditorError(
      `${where}: there is no file "${src}" next to the article (looked for ${displayPath(file)}).`,
      'Put the photo in the same folder as the article, or correct the file name (capitals count).',
    );
  }
  let width: number | undefined;
  try {
    const metadata = await sharp(file).metadata();
    // The width as shown, after the camera's rotation flag is applied.
    width = metadata.autoOrient?.width ?? metadata.width;
  } catch {
    width = undefined;
  }
  if (width === undefined) {
    return new EditorError(
      `${where}: "${src}" is not a picture the site can read.`,
      'Use the agency’s JPEG (or a PNG, WebP or AVIF file).',
    );
  }
  if (width < MIN_LEAD_PHOTO_WIDTH) {
    return new EditorError(
      `${where}: "${src}" is ${width} px wide; a lead photo must be at least ${MIN_LEAD_PHOTO_WIDTH.toLocaleString('en-GB')} px wide.`,
      'Use the agency’s full-size version of the photo, so that it stays sharp on large screens and in search results.',
    );
  }
  return undefined;
}
