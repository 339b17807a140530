/**
 * `places.yaml`, beside the articles folder (content/places.yaml): the places
 * whose datelines are spelled more than one way, each with the name its page
 * goes by. A missing file declares nothing; a wrong one stops the build with
 * the file, the entry and what to write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'astro/zod';
import { displayPath, EditorError } from './editor-messages.ts';
import { labelSlug } from '../article/slug.ts';

const EXAMPLE = 'for example:\n- name: Kyiv\n  spellings: [Kiev]';

const declarationsSchema = z.array(
  z.object({
    name: z.string().trim().min(1),
    spellings: z.array(z.string().trim().min(1)).min(1),
  }),
);

/** The places file that goes with an articles folder: content/articles → content/places.yaml. */
export function placesFileFor(articlesFolder: string): string {
  return join(dirname(articlesFolder.replace(/[/\\]+$/, '')), 'places.yaml');
}

/** One declared place: its name on the site and the other ways datelines spell it. */
export interface PlaceDeclaration {
  name: string;
  spellings: readonly string[];
}

/** The declarations in a places file's text; throws an EditorError naming the file and what is wrong. */
export function parsePlaces(text: string, file: string): PlaceDeclaration[] {
  const where = displayPath(file);
  let raw: unknown;
  try {
    raw = parse(text) ?? [];
  } catch (error) {
    const line = error instanceof YAMLParseError ? `:${error.linePos?.[0].line ?? '?'}` : '';
    throw new EditorError(
      `${where}${line}: the places file is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
      EXAMPLE,
    );
  }
  const result = declarationsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new EditorError(
      `${where}: each place needs a name and a list of other spellings${at} (${issue.message}).`,
      `Write one entry per place, ${EXAMPLE}`,
    );
  }
  const claimed = new Map<string, string>();
  for (const { name, spellings } of result.data) {
    for (const spelling of [name, ...spellings]) {
      const slug = labelSlug(spelling);
      if (slug === '')
        throw new EditorError(
          `${where}: "${spelling}" gives no address for a page.`,
          'Write the place with at least one letter or digit.',
        );
      const other = claimed.get(slug);
      if (other !== undefined && other !== name) {
        throw new EditorError(
          `${where}: "${spelling}" is declared for both ${other} and ${name}.`,
          'A spelling belongs to one place: remove it from one of them.',
        );
      }
      claimed.set(slug, name);
    }
  }
  return result.data;
}

/** The declarations for an articles folder, or none when it has no places file. */
export function loadPlaces(articlesFolder: string): PlaceDeclaration[] {
  const file = placesFileFor(articlesFolder);
  return existsSync(file) ? parsePlaces(readFileSync(file, 'utf8'), file) : [];
}
