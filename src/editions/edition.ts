/**
 * Which words a page is printed in: its edition's. The site has an edition
 * per language siteConfig.editions lists, each with its words here (en.ts,
 * fr.ts); the site's own language is the default edition, at the site's root,
 * and each other edition lives under its language's tag (/fr/). Which edition
 * a story is in is its language's (src/article/language.ts); a language
 * without an edition reads the default one's words, so a page never shows a
 * missing word.
 */
import { siteConfig } from '../site.config.ts';
import { DEFAULT_EDITION, type Edition } from '../article/language.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import type { Strings } from './strings.ts';

/** The editions' words, one per language siteConfig.editions lists (a missing or an unlisted one fails the type check). */
export const EDITIONS: Readonly<Record<Edition, Strings>> = { en, fr };

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The language tag an edition's pages carry (`<html lang>`, feeds): the site's own for the default edition. */
export function editionLang(edition: string | undefined): string {
  return edition === undefined || edition === DEFAULT_EDITION ? siteConfig.lang : edition;
}

/** The words of the edition for `lang`, a BCP 47 tag. */
export function stringsFor(lang: string): Strings {
  const edition = primary(lang);
  return EDITIONS[(edition in EDITIONS ? edition : DEFAULT_EDITION) as Edition];
}

/**
 * The words of the page being rendered: its edition, which Astro's i18n
 * routing gives it from its address (`Astro.currentLocale`: "fr" under /fr/).
 */
export function pageStrings(currentLocale: string | undefined): Strings {
  return stringsFor(currentLocale ?? siteConfig.lang);
}
