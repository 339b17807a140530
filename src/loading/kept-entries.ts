/**
 * An unchanged article file is not read for its frontmatter again. Astro's
 * glob loader parses every file's frontmatter (YAML) before it compares the
 * file's digest with its stored entry's, only to learn the entry's id: in a
 * warm build of a large archive, that parsing was most of the content
 * layer's work. A file whose bytes are those its stored entry was made from
 * has that entry's id, so its frontmatter is left unparsed and the glob
 * loader keeps the entry, as it would have; a new or edited file is parsed
 * as before. Without an entry of the same digest, or when Astro hands the
 * loader no entry types, nothing changes.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

type EntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): unknown };

/** What the glob loader reads a file with, per extension: Astro passes it beside the public context. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

export interface KeptEntries {
  /** The context to hand the glob loader: its entry types skip the frontmatter of unchanged files. */
  context: LoaderContext;
  /** The stored id of an unchanged file's entry, given the data its entry type returned. */
  idOf: (data: Record<string, unknown>) => string | undefined;
}

export function keptEntries(context: LoaderContext): KeptEntries {
  const { entryTypes } = context as WithEntryTypes;
  const ids = new WeakMap<object, string>();
  if (!entryTypes) return { context, idOf: () => undefined };
  const root = fileURLToPath(context.config.root);
  // Each stored entry by the file it came from (relative to the root, as the glob loader stores it).
  const stored = new Map(context.store.values().map((entry) => [entry.filePath, entry]));
  const wrapped = new Map(
    [...entryTypes].map(([extension, type]): [string, EntryType] => [
      extension,
      {
        ...type,
        getEntryInfo(params) {
          const entry = stored.get(relative(root, fileURLToPath(params.fileUrl)).split(sep).join('/'));
          if (entry?.digest !== context.generateDigest(params.contents)) return type.getEntryInfo(params);
          const data = {};
          ids.set(data, entry.id);
          return { data, body: '', rawData: '', slug: entry.id };
        },
      },
    ]),
  );
  return { context: { ...context, entryTypes: wrapped } as WithEntryTypes, idOf: (data) => ids.get(data) };
}
