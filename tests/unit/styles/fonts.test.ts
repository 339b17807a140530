/**
 * The site's fonts are the reader's own: the stacks in src/styles/global.css
 * keep the English faces first, then name a face for Arabic script on every
 * platform, and no stylesheet or page of src/ asks any host for a font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const globalCss = readFileSync(join(root, 'src/styles/global.css'), 'utf8');

/** A custom property's font families, as listed in global.css. */
const stack = (name: string): string[] =>
  new RegExp(`--${name}:\\s*([^;]+);`)
    .exec(globalCss)![1]
    .split(',')
    .map((family) => family.trim().replace(/^'|'$/g, ''));

/** Arabic faces each platform ships: Windows, macOS and iOS, Android and Linux (Noto, DejaVu, Amiri). */
const ARABIC_FACES = {
  windows: ['Sakkal Majalla', 'Traditional Arabic', 'Tahoma', 'Segoe UI'],
  apple: ['Geeza Pro'],
  androidAndLinux: ['Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Amiri'],
};

describe('the font stacks', () => {
  it.each([
    ['font-text', 'serif'],
    ['font-ui', 'sans-serif'],
  ])('--%s sets its faces for other scripts after the Latin ones, before the generic %s', (name, generic) => {
    expect(stack(name).slice(-2)).toEqual([`var(--${name}-scripts)`, generic]);
  });

  it.each(['font-text-scripts', 'font-ui-scripts'])('--%s names an Arabic face on every platform', (name) => {
    for (const [platform, faces] of Object.entries(ARABIC_FACES))
      expect(
        stack(name).some((family) => faces.includes(family)),
        platform,
      ).toBe(true);
  });

  it('are loaded from no host: no @font-face, @import or url() in any CSS of src/, no font link in a page', () => {
    const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(css|astro)$/.test(file),
    );
    for (const file of files) {
      const text = readFileSync(join(root, 'src', file), 'utf8');
      expect(text, file).not.toMatch(/@font-face|@import|url\(|fonts\.(googleapis|gstatic)|rel="preload"[^>]*as="font"/);
    }
  });
});
