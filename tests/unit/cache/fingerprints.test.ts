/**
 * The content layer keeps rendered articles until the pipeline's fingerprint
 * changes (src/cache/fingerprints.ts). The fingerprint is complete only if
 * every module the loader and the Markdown pipeline load is inside it: walked
 * here from their two entry points (the content config, and the processor
 * astro.config.mjs hands to Astro), import by import.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, INTEGRATION_SOURCES, PIPELINE_SOURCES } from '../../../src/cache/fingerprints';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The project's own modules `entry` loads, itself included, as paths relative to the project. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const base = resolve(ROOT, dirname(file), fileName);
      const found = [base, `${base}.ts`].find((path) => existsSync(path) && path.endsWith('.ts'));
      expect(found, `${file} imports ${fileName}`).toBeDefined();
      visit(relative(ROOT, found!));
    }
  };
  visit(entry);
  return seen;
}

const covered = (sources: readonly string[], file: string) =>
  sources.some((source) => file === source || file.startsWith(`${source}/`));

describe('the code fingerprints', () => {
  it('cover every module the content loader and the Markdown pipeline load', () => {
    const graph = new Set([...moduleGraph('src/content.config.ts'), ...moduleGraph('src/markdown/processor.ts')]);
    expect(graph.size).toBeGreaterThan(20);
    expect([...graph].filter((file) => !covered(PIPELINE_SOURCES, file))).toEqual([]);
  });

  it('leave out the newsroom, the page data, the social card and the wire desk', () => {
    for (const file of ['src/page-data/share.ts', 'src/newsroom/newsroom.ts', 'src/social-card/card.ts', 'src/wire/desk.ts']) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
      expect(covered(PIPELINE_SOURCES, file), file).toBe(false);
    }
  });

  it('cover every module the integrations that keep caches load', () => {
    const graph = new Set([...moduleGraph('src/integrations/headers-file.ts'), ...moduleGraph('src/integrations/pagefind.ts')]);
    expect([...graph].filter((file) => !covered(INTEGRATION_SOURCES, file))).toEqual([]);
  });

  it('change when a file under a source changes, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'dispatch-fingerprint-'));
    try {
      mkdirSync(join(root, 'src/markdown'), { recursive: true });
      writeFileSync(join(root, 'src/markdown/a.ts'), 'export const a = 1;\n');
      const before = codeFingerprint(root, ['src/markdown', 'missing.ts']);
      expect(codeFingerprint(root, ['src/markdown', 'missing.ts'])).toBe(before);
      writeFileSync(join(root, 'src/markdown/a.ts'), 'export const a = 2;\n');
      expect(codeFingerprint(root, ['src/markdown', 'missing.ts'])).not.toBe(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
