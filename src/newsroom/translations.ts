/**
 * A story's versions in other languages: the original and every article
 * whose `translationOf` names it (checked by src/loading/translation-links.ts),
 * each in its own edition. Only listed stories count: a killed version's
 * notice links to no other, and no other links to it. The versions come in
 * the order of the editions (siteConfig.editions), so every version's page
 * lists them alike.
 */
import { EDITION_LANGUAGES, editionOf } from '../article/language.ts';
import { siteConfig } from '../site.config.ts';
import { listedArticles } from './collection.ts';

/** One version of a story, as the others link to it. */
export interface StoryVersion {
  slug: string;
  /** Its language tag, as its page's `lang` says it. */
  lang: string;
  /** The original, which the others translate: search engines' x-default. */
  original: boolean;
}

/** Per slug, all versions of the story (itself among them), for the stories that have more than one. */
export async function storyVersions(): Promise<Map<string, StoryVersion[]>> {
  const families = new Map<string, StoryVersion[]>();
  for (const { id, data } of await listedArticles()) {
    const family = data.translationOf ?? id;
    const version = { slug: id, lang: data.lang ?? siteConfig.lang, original: data.translationOf === undefined };
    families.set(family, [...(families.get(family) ?? []), version]);
  }
  const rank = (version: StoryVersion) => EDITION_LANGUAGES.indexOf(editionOf(version.lang));
  const versions = new Map<string, StoryVersion[]>();
  for (const family of families.values()) {
    if (family.length < 2) continue;
    const ordered = family.sort((a, b) => rank(a) - rank(b));
    for (const version of ordered) versions.set(version.slug, ordered);
  }
  return versions;
}
