/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (vnu.jar, run on
 * the machine's Java). Browsers forgive invalid markup, but each forgives it
 * differently, and assistive technology reads the tree the parser built.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { SITE_BUILDS } from '../support/builds';
import { filesUnder } from '../support/files';

// vnu-jar's own JRE download is disabled on purpose; the jar itself is in the package.
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const ROOT = resolve(import.meta.dirname, '../..');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** "dist/404.html:12:5: message «extract»", so a failure says where to look. */
function describeMessage(m: VnuMessage): string {
  const file = m.url ? relative(ROOT, new URL(m.url).pathname) : '?';
  const extract = m.extract ? ` «${m.extract.replace(/\s+/g, ' ').trim()}»` : '';
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.type}: ${m.message}${extract}`;
}

describe('HTML validity (Nu HTML Checker)', () => {
  const files = SITE_BUILDS.flatMap((build) => filesUnder(build.outDir).filter((file) => file.endsWith('.html')));

  it('finds the pages of both builds', () => {
    // Front page, article and 404 page, in the root and the sub-path build.
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it('reports no errors on any page', { timeout: 120_000 }, () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error) {
      throw new Error(
        'Java is needed to run the Nu HTML Checker (vnu.jar) but `java` was not found. Install it with `sudo apt-get install default-jre-headless`.',
      );
    }

    // One JVM for all files: start-up is most of the cost. JSON goes to stderr.
    const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    let messages: VnuMessage[];
    try {
      messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`vnu.jar did not report JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
    }
    const errors = messages.filter((m) => m.type !== 'info');
    expect(errors.map(describeMessage), `HTML errors:\n${errors.map(describeMessage).join('\n')}`).toEqual([]);
    // vnu exits non-zero on any error; agreeing with it guards against a parse of the wrong output.
    expect(run.status).toBe(0);
  });
});
