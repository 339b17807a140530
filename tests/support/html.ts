import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** Parse a built page, e.g. page(ROOT_BUILD.outDir, 'articles/x/index.html'). */
export function page(outDir: string, path: string): Document {
  return parseHTML(readFileSync(join(outDir, path), 'utf8')).document;
}

/** Text as a reader would compare it: straight quotes and apostrophes, one kind of dash, single spaces. */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s*(?:--|[\u2013\u2014])\s*/g, ' - ')
    .replace(/[\u00A0\u202F\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The seed wire text as filed: its headline and its paragraphs (the first still carrying the dateline). */
export function wireStory(): { headline: string; paragraphs: string[] } {
  const text = readFileSync(join(import.meta.dirname, '../fixtures/afp-ukraine-talks.txt'), 'utf8');
  const [headline, ...paragraphs] = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return { headline: headline, paragraphs };
}
