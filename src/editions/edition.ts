/**
 * Which words a page is printed in: the edition of its language. A language
 * is found by its primary tag ("fr-CA" reads the French edition); a language
 * the site has no edition for is printed in English, the site's first, so a
 * page never shows a missing word.
 */
import { siteConfig } from '../site.config.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Strings } from './strings.ts';

/** The editions' words, by primary language tag. */
export const EDITIONS: Readonly<Record<string, Strings>> = { en, fr };

/** The words of the edition for `lang`, a BCP 47 tag. */
export function stringsFor(lang: string): Strings {
  return EDITIONS[lang.split('-')[0].toLowerCase()] ?? en;
}

/**
 * The words of the page being rendered: its locale when Astro's i18n routing
 * gives it one (`Astro.currentLocale`), else the site's language, which is
 * every page's while the site publishes one edition.
 */
export function pageStrings(currentLocale: string | undefined): Strings {
  return stringsFor(currentLocale ?? siteConfig.lang);
}
