/**
 * Every failure is a message (issue 25, item 7): limits on size and nesting
 * with their own words, a folder named as such, and, through the real
 * `npm run import`, no stack trace ever printed and nothing written, even
 * when the desk itself fails. The bad files are written here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/wire/desk';
import { MAX_DEPTH, MAX_FILE_BYTES } from '../../../src/wire/limits';
import { runImport, snapshot, tempDesk, WIRE } from '../../support/wire';

const desk = tempDesk();
afterAll(() => rmSync(desk.work, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(desk.work, name);
  writeFileSync(path, content);
  return path;
};
const refusal = (path: string) => {
  try {
    importFile({ file: path, articlesDir: desk.articles, dryRun: true });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('not refused');
};

const G2 = 'http://iptc.org/std/nar/2006-10-01/';
const deepJson = `{"uri": "urn:x", "headline": "H", "extra": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
const deepXml = `<newsItem xmlns="${G2}">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</newsItem>`;

describe('limits refuse with their own message, before anything walks the file', () => {
  it('JSON and XML nested past the limit', () => {
    expect(refusal(file('deep.json', deepJson))).toMatch(
      new RegExp(`deep\\.json: the JSON nests more than ${MAX_DEPTH} levels deep; no news item does, so the file is refused`),
    );
    expect(refusal(file('deep.xml', deepXml))).toMatch(
      new RegExp(`deep\\.xml: the XML nests more than ${MAX_DEPTH} levels deep`),
    );
  });

  it('markup nested too deeply inside a JSON string (the stack overflow is said, not thrown)', () => {
    const html = JSON.stringify({ uri: 'urn:x', headline: 'H', body_html: '<div>'.repeat(50_000) });
    expect(refusal(file('deep-html.json', html))).toMatch(/deep-html\.json: the item's markup nests too deeply to read/);
  });

  it('a file past the size limit, by its size, unread', () => {
    expect(refusal(file('huge.json', new Uint8Array(MAX_FILE_BYTES + 1)))).toMatch(
      /huge\.json: the file is 10\.0 MB; the desk reads wire files of up to 10\.0 MB/,
    );
  });

  it('a folder, named as such (not EISDIR), and a missing file', () => {
    const folder = join(desk.work, 'a-folder');
    mkdirSync(folder);
    expect(refusal(folder)).toMatch(/a-folder: this is a folder, not a wire file: import one file at a time/);
    expect(refusal(join(desk.work, 'missing.xml'))).toMatch(/missing\.xml: no such file$/);
  });

  it('malformed JSON with its line and column, also where JSON.parse gives no position (a trailing comma)', () => {
    const trailing = '{\n  "uri": "urn:x",\n  "people": [\n    {"name": "A"},\n  ]\n}';
    expect(refusal(file('comma.json', trailing))).toMatch(
      /comma\.json:5:3: malformed JSON on line 5, column 3: Unexpected token '\]'$/,
    );
  });

  it('DTD entities, refused rather than expanded', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY co "Acme">]><newsItem xmlns="${G2}"><x>&co;</x></newsItem>`;
    expect(refusal(file('entity.xml', xml))).toMatch(/the XML declares its own entities in its DOCTYPE \(<!ENTITY co …>\)/);
  });
});

// Each case starts npm and Node: allow for a busy machine.
describe('npm run import prints a message, never a stack trace, and writes nothing', { timeout: 60_000 }, () => {
  const noTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at |RangeError|node:internal|\.ts:\d+:\d+\)/m);

  it('for deep nesting and a folder', () => {
    for (const path of [file('deep-cli.json', deepJson), file('deep-cli.xml', deepXml), desk.work]) {
      const { status, stdout, stderr } = runImport(desk.articles, [path]);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trimEnd()).toMatch(/\nNothing was written\.$/);
      noTrace(stderr);
    }
    expect(snapshot(desk.articles)).toEqual({});
  });

  it('when the desk itself fails (a folder named like an article in the articles folder), in one line', () => {
    const articles = join(desk.work, 'broken-articles');
    mkdirSync(join(articles, 'not-an-article.md'), { recursive: true });
    const { status, stdout, stderr } = runImport(articles, [WIRE.newsml]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^The wire desk failed on .*ukraine-talks\.newsml\.xml \(Error: EISDIR.*\); this is a fault of the desk/,
    );
    expect(stderr.trimEnd()).toMatch(/\nNothing was written\.$/);
    noTrace(stderr);
  });

  it('prints the path of each article a newsMessage makes', () => {
    const articles = join(desk.work, 'message-articles');
    mkdirSync(articles);
    const { status, stdout } = runImport(articles, ['tests/fixtures/wire/containers/news-message.xml']);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      join(articles, 'tram-line-to-the-airport-opens-after-four.md'),
      join(articles, 'hamburg-museum-returns-nineteen-bronze-objects.md'),
    ]);
  });
});
