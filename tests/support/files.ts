import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below a folder (a build's output), as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files of a build folder, relative to it and sorted: what two builds compare first. */
export function relativeFiles(dir: string): string[] {
  return filesUnder(dir)
    .map((file) => relative(dir, file))
    .sort();
}

/** The files (of `a`'s) whose bytes differ between two build folders; empty when the builds are the same. */
export function differingFiles(a: string, b: string): string[] {
  return relativeFiles(a).filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
}
