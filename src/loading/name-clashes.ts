/**
 * One id is one person in every article of an edition: where two articles
 * give one person id different names, the edition's people pages could not
 * say whose is right, so the loader stops the build with one message per
 * clash, naming both files. Editions spell names their own way (Kuleba,
 * Kouleba) and each has its own people pages, so two editions never clash.
 */
import { displayPath } from './editor-messages.ts';
import type { Person } from '../article/schema.ts';
import { editionOf } from '../article/language.ts';

export function nameClashes(
  articles: readonly { file: string; lang?: string | undefined; people: readonly Pick<Person, 'id' | 'name'>[] }[],
): string[] {
  const first = new Map<string, { file: string; name: string }>();
  const messages: string[] = [];
  for (const { file, lang, people } of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const { id, name } of people) {
      const key = `${editionOf(lang)} ${id}`;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, { file, name });
      else if (seen.name !== name) {
        messages.push(
          `people: the id "${id}" is "${seen.name}" in ${displayPath(seen.file)} but "${name}" in ${displayPath(file)}; ` +
            'one id is one person on every page, so write the name the same way in both, or give one of them another id.',
        );
      }
    }
  }
  return messages;
}
