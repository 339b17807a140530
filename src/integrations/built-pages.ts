/** The HTML pages a build wrote, in a stable order: what the headers file and the search index read. */
import { filesUnder } from '../cache/cache-keys.ts';

export function builtPages(outDir: string): string[] {
  return filesUnder(outDir).filter((file) => file.endsWith('.html'));
}
