/**
 * Helpers for the wire desk's tests: the seed story's fixtures in each
 * format, later versions of them made by editing the item as a tree (DOM for
 * NewsML-G2, objects for ninjs), temporary articles folders, and the real
 * `npm run import` command.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { afterAll, beforeEach, expect } from 'vitest';
import { importWire, type DeskOptions } from '../../src/wire/desk';

const root = resolve(import.meta.dirname, '../..');
const NAR = 'http://iptc.org/std/nar/2006-10-01/';

export const WIRE = {
  plainText: resolve(root, 'tests/fixtures/afp-ukraine-talks.txt'),
  ninjs2: resolve(root, 'tests/fixtures/wire/ukraine-talks.ninjs2.json'),
  newsml: resolve(root, 'tests/fixtures/wire/ukraine-talks.newsml.xml'),
};

/** The address the seed story has on the site (its headline would give eight words, not seven). */
export const SEED_SLUG = 'ukraine-leader-calls-for-talks-with-russia';

/** A fresh, empty articles folder (and a work folder beside it for item files). */
export function tempDesk(): { articles: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'wire-desk-'));
  const articles = join(work, 'articles');
  mkdirSync(articles);
  return { articles, work };
}

/** A desk whose articles folder holds the seed story, imported from NewsML-G2 as a draft. */
export interface SeededDesk {
  articles: string;
  work: string;
  /** The seed's article file. */
  article: string;
  /** Imports a wire file into this desk, the seed's slug and `now` given. */
  run(file: string, options?: Partial<DeskOptions>): ReturnType<typeof importWire>;
}

/** A fresh seeded desk before each test of the calling file, its folders removed after them all. */
export function seededDesks(now: Date): SeededDesk {
  const made: string[] = [];
  const desk: SeededDesk = {
    articles: '',
    work: '',
    article: '',
    run: (file, options = {}) => importWire({ file, articlesDir: desk.articles, now, slug: SEED_SLUG, ...options }),
  };
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  beforeEach(() => {
    Object.assign(desk, tempDesk());
    made.push(desk.work);
    desk.article = join(desk.articles, `${SEED_SLUG}.md`);
    expect(desk.run(WIRE.newsml).action).toBe('created');
  });
  return desk;
}

export interface ImportRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run import -- …args` over an articles folder, as an editor runs it. */
export function runImport(articles: string, args: string[]): ImportRun {
  const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], {
    cwd: root,
    env: { ...process.env, ARTICLES_DIR: articles, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file in a folder, hidden ones included, with its content: to prove nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** The seed's ninjs 2.x item, edited as an object, written to `path`. */
export function ninjsVersion(path: string, edit: (item: Record<string, any>) => void): string {
  const item = JSON.parse(readFileSync(WIRE.ninjs2, 'utf8')) as Record<string, any>;
  edit(item);
  writeFileSync(path, JSON.stringify(item, null, 2));
  return path;
}

export interface G2Edit {
  version?: string;
  versionCreated?: string;
  pubStatus?: string;
  signal?: string;
  edNote?: string;
  /** The edNote's role (`ednoterole:correction`): without one, a note is for editors only and never shown. */
  edNoteRole?: string;
  /** The edNote's publishing constraint: a constrained note is never shown, whatever its role. */
  edNoteConstraint?: string;
  embargoed?: string;
  /** Replaces words in one body paragraph's text. */
  replace?: [string, string];
}

/** The seed's NewsML-G2 item with itemMeta and body changes made through the DOM, written to `path`. */
export function newsmlVersion(path: string, edit: G2Edit): string {
  const doc = new DOMParser().parseFromString(readFileSync(WIRE.newsml, 'utf8'), 'text/xml');
  const item = doc.documentElement!;
  const itemMeta = item.getElementsByTagNameNS(NAR, 'itemMeta')[0];
  const add = (name: string, attrs: Record<string, string>, text?: string) => {
    const el = doc.createElementNS(NAR, name);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    if (text !== undefined) el.appendChild(doc.createTextNode(text));
    itemMeta.appendChild(el);
  };
  if (edit.version) item.setAttribute('version', edit.version);
  if (edit.versionCreated) itemMeta.getElementsByTagNameNS(NAR, 'versionCreated')[0].textContent = edit.versionCreated;
  if (edit.pubStatus) itemMeta.getElementsByTagNameNS(NAR, 'pubStatus')[0].setAttribute('qcode', edit.pubStatus);
  if (edit.embargoed) add('embargoed', {}, edit.embargoed);
  if (edit.edNote) {
    const attrs = {
      ...(edit.edNoteRole ? { role: edit.edNoteRole } : {}),
      ...(edit.edNoteConstraint ? { pubconstraint: edit.edNoteConstraint } : {}),
    };
    add('edNote', attrs, edit.edNote);
  }
  if (edit.signal) add('signal', { qcode: edit.signal });
  if (edit.replace) {
    const [from, to] = edit.replace;
    const paragraph = [...(doc.getElementsByTagName('p') as unknown as Element[])].find((p) => p.textContent?.includes(from));
    if (!paragraph) throw new Error(`no paragraph of the fixture says "${from}"`);
    paragraph.textContent = paragraph.textContent!.replace(from, to);
  }
  writeFileSync(path, new XMLSerializer().serializeToString(doc));
  return path;
}
