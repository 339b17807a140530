/**
 * An article's language, as a BCP 47 tag ("de", "fi-FI", "sv"): the wire
 * item's own, kept by the desk. The page marks the story with it only where
 * it differs from its edition's language, so a one-language site reads as it
 * always did. A story is published in the edition of its language ("fr-CA"
 * is in the French one); a story in a language the site has no edition for
 * stays in the site's own, marked with its language. A language written in
 * Arabic or Hebrew script reads right to left: `dir="rtl"` on the page
 * (directionOf). Pure: Intl only.
 */
import { siteConfig } from '../site.config.ts';

/** A language the site has an edition in: "en", "fr". */
export type Edition = (typeof siteConfig.editions)[number];

/** The canonical form of a language tag ("swe" → "sv", "en_GB" → "en-GB"), or undefined when it is none. */
export function canonicalLanguage(tag: string): string | undefined {
  const trimmed = tag.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(trimmed)) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

const primary = (tag: string) => tag.split('-')[0].toLowerCase();

/** The default edition: the site's language, at the site's root. */
export const DEFAULT_EDITION = primary(siteConfig.lang);

/** Every edition the site can publish, the default first: Astro's i18n locales (astro.config.mjs). */
export const EDITION_LANGUAGES: readonly string[] = siteConfig.editions;

/**
 * Whether an address part ("fr") is another edition's tag: a page of the site's edition whose
 * address had one (/topics/fr/) would be read as that edition's by Astro's i18n routing.
 */
export function isEditionTag(slug: string): boolean {
  return slug !== DEFAULT_EDITION && EDITION_LANGUAGES.includes(slug);
}

/** The edition a story in `lang` (its frontmatter's; none is the site's) is published in. */
export function editionOf(lang: string | undefined): string {
  const tag = primary(lang ?? siteConfig.lang);
  return EDITION_LANGUAGES.includes(tag) ? tag : DEFAULT_EDITION;
}

/** The `lang` the story's element carries: the article's, when its language is not the site's. */
export function storyLang(articleLang: string | undefined, siteLang: string): string | undefined {
  return articleLang !== undefined && primary(articleLang) !== primary(siteLang) ? articleLang : undefined;
}

/** The scripts written right to left, for an engine whose Intl.Locale cannot say (ISO 15924 codes). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** How a language's script reads, by `Intl.Locale`'s text info where the engine has it (Node 24), else by its likely script. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  const locale = new Intl.Locale(canonicalLanguage(lang) ?? 'und');
  const info = locale as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RIGHT_TO_LEFT_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}
