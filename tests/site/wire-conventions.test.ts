/**
 * What the wire desk keeps of an agency's conventions, on the built page: a
 * ninjs item written for this test (a dpa-style German story with a byline,
 * its language, and a note to editors) is imported with no option, published
 * and built beside the seed article. The page shows the writer in the byline
 * and marks the story with its language; the seed page, in the site's own
 * language and with no writer, is as before; the note never reaches a page.
 * Beside them, a dpa-style NewsML-G2 story sent in UTF-16 (with its byte
 * order mark), its body carrying a script, an SVG chart and a style, is
 * published, then corrected by a version in ISO-8859-1 whose edNotes are a
 * correction and the desk's contacts marked non-public: the page shows the
 * public correction only, the story's own letters, and none of the dropped
 * markup's text.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_SLUG, FIXTURE_ARTICLES, runSite } from '../support/builds';
import { filesUnder } from '../support/files';
import { page } from '../support/html';
import { runImport } from '../support/wire';
import { g2Item } from '../support/wire-items';

const work = mkdtempSync(join(tmpdir(), 'wire-conventions-site-'));
const articles = join(work, 'articles');
const outDir = join(work, 'dist');
const SLUG = 'minister-opens-the-new-bridge';
const NOTE = 'Redaktion: Ann Example, +49 30 555 0100, ann@example.org';
const CORRECTED = 'neue-bruecke-fuer-leipzig';
const CORRECTION = 'Korrigiert wurde die Höhe der Kosten.';
const CONTACTS = 'Rückfragen: Max Beispiel, +49 30 555 0123, max@example.org';

/** A dpa-style newsItem of the Leipzig story: its body with markup that must never show, version `version`. */
function leipzig(version: string, cost: string, itemMeta = ''): string {
  return g2Item({
    guid: 'urn:newsml:dpa.com:20240305:leipzig-bruecke',
    version,
    lang: 'de',
    versionCreated: `2024-03-0${version}T09:00:00+01:00`,
    itemMeta: `<provider qcode="nprov:dpa"/>${itemMeta}`,
    headline: 'Neue Brücke für Leipzig eröffnet',
    body:
      '<p>Leipzig (dpa) - Die neue Brücke für Fußgänger ist seit Dienstag offen.</p>' +
      '<script>track("leser")</script><svg xmlns="http://www.w3.org/2000/svg"><text>Grafik 42</text></svg>' +
      `<style>p{color:red}</style><p>Sie kostet ${cost}.</p>`,
  });
}

/** Imports an item file, or throws with what the desk said. */
function mustImport(file: string, args: string[] = []): void {
  const imported = runImport(articles, [file, ...args]);
  if (imported.status !== 0) throw new Error(imported.stderr);
}

/** The Leipzig story: version 1 in UTF-16 with its BOM, published; version 2, a correction, in ISO-8859-1. */
function publishThenCorrect(): void {
  const v1 = join(work, 'leipzig-1.xml');
  const utf16 = leipzig('1', 'weniger als geplant').replace('encoding="UTF-8"', 'encoding="UTF-16"');
  writeFileSync(v1, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
  mustImport(v1, ['--slug', CORRECTED]);
  const path = join(articles, `${CORRECTED}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
  const notes =
    `<signal qcode="sig:correction"/><edNote role="dpaednoterole:correction">${CORRECTION}</edNote>` +
    `<edNote role="dpaednoterole:contact" pubconstraint="dpapconstraint:nonpublic">${CONTACTS}</edNote>`;
  const latin1 = leipzig('2', 'mehr als zunächst gemeldet', notes).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
  const v2 = join(work, 'leipzig-2.xml');
  writeFileSync(v2, Buffer.from(latin1, 'latin1'));
  mustImport(v2);
}

beforeAll(() => {
  mkdirSync(articles);
  copyFileSync(join(FIXTURE_ARTICLES, `${ARTICLE_SLUG}.md`), join(articles, `${ARTICLE_SLUG}.md`));
  const item = join(work, 'item.json');
  writeFileSync(
    item,
    JSON.stringify({
      uri: 'urn:newsml:dpa.com:20240305:bridge',
      type: 'text',
      version: '1',
      versioncreated: '2024-03-05T09:00:00+01:00',
      language: 'de',
      copyrightholder: 'dpa',
      byline: 'Von Erika Muster, dpa',
      ednote: NOTE,
      headlines: [{ role: 'main', value: 'Minister opens the new bridge' }],
      bodies: [
        { role: 'text', value: 'Leipzig (dpa) - Die neue Brücke ist seit Dienstag offen.\n\nSie kostet weniger als geplant.' },
      ],
    }),
  );
  const imported = runImport(articles, [item]);
  if (imported.status !== 0) throw new Error(imported.stderr);
  const path = join(articles, `${SLUG}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true\n', ''));
  publishThenCorrect();
  const { status, output } = runSite({ articles, outDir, args: ['--site', 'https://example.org', '--base', '/'] });
  if (status !== 0) throw new Error(output);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an imported story’s conventions on its page', () => {
  const doc = () => page(outDir, `articles/${SLUG}/index.html`);

  it('names the writer in the byline, beside the agency', () => {
    expect(doc().querySelector('.article-meta__byline')?.textContent).toBe('By Erika Muster, dpa');
  });

  it('marks the story with its language, the page staying in the site’s', () => {
    expect(doc().querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc().querySelector('article.story')?.getAttribute('lang')).toBe('de');
    const ld = JSON.parse(doc().querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.inLanguage).toBe('de');
  });

  it('prints the dateline once, from the frontmatter', () => {
    const text = doc().querySelector('article.story')?.textContent ?? '';
    expect(text.match(/LEIPZIG \(dpa\)/g)).toHaveLength(1);
    expect(text).not.toContain('Leipzig (dpa)');
  });

  it('leaves the seed page, in the site’s language and with no writer, as it was', () => {
    const seed = page(outDir, `articles/${ARTICLE_SLUG}/index.html`);
    expect(seed.querySelector('article.story')?.hasAttribute('lang')).toBe(false);
    expect(seed.querySelector('.article-meta__byline')?.textContent).toBe('By AFP');
    expect(seed.querySelector('.article-meta__byline')?.innerHTML).toMatch(
      /^By <abbr title="Agence France-Presse"[^>]*>AFP<\/abbr>$/,
    );
  });

  it('never shows the note to editors', () => {
    for (const file of filesUnder(outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('ann@example.org');
    }
  });
});

describe('a dpa-style correction, its body in markup, sent in UTF-16 then ISO-8859-1', () => {
  const doc = () => page(outDir, `articles/${CORRECTED}/index.html`);

  it('shows the corrected text in the story’s own letters', () => {
    expect(doc().querySelector('h1')?.textContent).toBe('Neue Brücke für Leipzig eröffnet');
    const text = doc().querySelector('article.story')?.textContent ?? '';
    expect(text).toContain('Die neue Brücke für Fußgänger ist seit Dienstag offen.');
    expect(text).toContain('Sie kostet mehr als zunächst gemeldet.');
    expect(text).not.toContain('weniger als geplant');
    expect(text).not.toContain('�');
  });

  it('shows the correction whose role says it is one, and nothing of the non-public contacts', () => {
    expect(doc().querySelector('.corrections')?.textContent).toContain(CORRECTION);
    for (const file of filesUnder(outDir).filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const built = readFileSync(file, 'utf8');
      for (const secret of ['Rückfragen', 'Max Beispiel', '555 0123', 'max@example.org'])
        expect(built, file).not.toContain(secret);
    }
  });

  it('shows nothing of the script, the SVG chart or the style the body carried', () => {
    const html = readFileSync(join(outDir, `articles/${CORRECTED}/index.html`), 'utf8');
    for (const dropped of ['track(', 'leser', 'Grafik 42', 'color:red']) expect(html).not.toContain(dropped);
  });
});
