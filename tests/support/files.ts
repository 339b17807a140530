import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (a build's output), as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
