/**
 * How a story's versions in other languages point at each other, for search
 * engines: in the head, one `<link rel="alternate" hreflang>` per version
 * (the page's own among them) and `x-default`, the original; in the JSON-LD,
 * the original's `workTranslation` lists its translations and each
 * translation's `translationOfWork` names the original. Every version's page
 * gives the same list, so the links are reciprocal.
 */
import type { StoryVersion } from '../newsroom/translations.ts';
import type { SiteAddress } from './article-page.ts';
import type { WorkRef } from './jsonld.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/** A version's link: its language tag (or x-default) and its absolute address. */
export interface Alternate {
  hreflang: string;
  href: string;
}

const urlOf = (version: StoryVersion, at: SiteAddress) => absoluteUrl(articlePath(version.slug, version.lang), at.site, at.base);

/** The hreflang links of a story's versions; none for a story in one language. */
export function hreflangLinks(versions: readonly StoryVersion[], at: SiteAddress): Alternate[] {
  if (versions.length === 0) return [];
  // A killed original leaves its translations: the first of them, in the editions' order, stands in.
  const fallback = versions.find((version) => version.original) ?? versions[0];
  return [
    ...versions.map((version) => ({ hreflang: version.lang, href: urlOf(version, at) })),
    { hreflang: 'x-default', href: urlOf(fallback, at) },
  ];
}

/** The JSON-LD properties that tie the story at `slug` to its other versions. */
export function translationData(
  slug: string,
  versions: readonly StoryVersion[],
  at: SiteAddress,
): { translationOfWork?: WorkRef; workTranslation?: WorkRef[] } {
  const ref = (version: StoryVersion): WorkRef => ({ '@type': 'NewsArticle', url: urlOf(version, at), inLanguage: version.lang });
  const self = versions.find((version) => version.slug === slug);
  const original = versions.find((version) => version.original);
  if (self === undefined || original === undefined) return {};
  if (self !== original) return { translationOfWork: ref(original) };
  return { workTranslation: versions.filter((version) => version !== self).map(ref) };
}
