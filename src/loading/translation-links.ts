/**
 * Versions of one story in several languages name the original:
 * `translationOf: <its slug>` in each translation, none in the original. The
 * loader stops the build where a link cannot hold: the original is no article
 * of this build, is itself a translation (every version names the original,
 * so a story's versions are one list), or is in the translation's own edition,
 * or two versions share an edition, where a reader could not be sent to one.
 */
import { displayPath } from './editor-messages.ts';
import { editionOf } from '../article/language.ts';

export interface Version {
  file: string;
  slug: string;
  lang?: string | undefined;
  translationOf?: string | undefined;
}

export function translationProblems(articles: readonly Version[]): string[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const messages: string[] = [];
  const seen = new Map<string, Version>();
  for (const version of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    const { translationOf } = version;
    const where = `${displayPath(version.file)}: translationOf: "${translationOf}"`;
    const original = translationOf === undefined ? version : bySlug.get(translationOf);
    if (original === undefined) {
      messages.push(
        `${where} is no article of this build; write the slug (file name without .md) of the story this one translates`,
      );
      continue;
    }
    if (original.translationOf !== undefined) {
      messages.push(
        `${where} is itself a translation of "${original.translationOf}"; name the original, "${original.translationOf}"`,
      );
      continue;
    }
    const key = `${original.slug} ${editionOf(version.lang)}`;
    const other = seen.get(key);
    if (other !== undefined) {
      messages.push(
        `${where}: ${displayPath(other.file)} is already the version of "${original.slug}" in the ${editionOf(version.lang)} edition; ` +
          'a story has one version per language: give this one its own lang, or remove the link',
      );
    }
    seen.set(key, version);
  }
  return messages;
}
