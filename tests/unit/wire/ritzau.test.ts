/**
 * Ritzau's RBNews items (tests/fixtures/wire/ritzau/, written for these
 * tests): the story comes through word for word with its headline,
 * standfirst, byline, place and language, in Ritzau's name; the desk's
 * contacts and the note to editors never reach the article; a cancelled
 * item is a withdrawal; a flash without a headline is a draft with no title.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importWire } from '../../../src/wire/desk';
import { formatOf } from '../../../src/wire/format-of';
import { readWire } from '../../../src/wire/read-wire';
import { blockText } from '../../../src/wire/story';
import { tempDesk } from '../../support/wire';

const fixture = (name: string) => join(resolve(import.meta.dirname, '../../fixtures/wire/ritzau'), name);
const NOW = new Date('2024-06-01T12:00:00Z');
const desk = tempDesk();
afterAll(() => rmSync(desk.work, { recursive: true, force: true }));
const imported = (name: string) => importWire({ file: fixture(name), articlesDir: desk.articles, now: NOW, dryRun: true });

describe('a Ritzau RBNews item', () => {
  it('is told by its root and read field by field', () => {
    const bytes = readFileSync(fixture('nyhed.xml'));
    expect(formatOf(bytes)).toBe('Ritzau RBNews');
    const story = readWire(bytes);
    expect(story.headline).toBe('Aarhus Havn åbner ny færgeterminal til øtrafikken');
    expect(story.standfirst).toBe('Terminalen skal korte ventetiden for pendlere til Samsø');
    expect(story.blocks.map(blockText)).toEqual([
      'Aarhus Havn tager tirsdag en ny færgeterminal i brug, som skal samle al trafik til øerne i Kattegat ét sted.',
      '- Vi har ventet længe på det her, og pendlerne har ventet endnu længere, siger havnedirektør Mette Skovgaard.',
      'Terminalen har kostet 140 millioner kroner.',
    ]);
    expect(story).toMatchObject({ itemId: '0b7a2c1e-5d34-4f7e-9a61-3c2d1e0f9a10', version: 2, located: 'Aarhus', lang: 'da' });
    expect(story.bylines).toEqual(['Jens Holmgaard']);
    expect(story.removed.join(' ')).toMatch(/script/);
  });

  it("imports with no option, in Ritzau's name, dated in Aarhus, without the contacts or the note to editors", () => {
    const result = imported('nyhed.xml');
    const text = result.text!;
    expect(text).toContain('place: "Aarhus"');
    expect(text).toContain('date: "2024-05-14"');
    expect(text).toContain('timeZone: "Europe/Copenhagen"');
    expect(text).toMatch(/agency: "Ritzau"/);
    expect(text).toMatch(/lang: "?da"?/);
    for (const privateText of ['indland@example.dk', '11223344', '55667788', 'Opdateret med pris', 'track(']) {
      expect(text).not.toContain(privateText);
    }
  });

  it('is a withdrawal when Ritzau cancels it', () => {
    const bytes = readFileSync(fixture('annuleret.xml'));
    expect(readWire(bytes).pubStatus).toBe('canceled');
  });

  it('is imported as a draft with no title when it is a flash, the review note naming `<headline>`', () => {
    const text = imported('flash.xml').text!;
    expect(text).not.toMatch(/^title:/m);
    expect(text).toMatch(/# REVIEW: the Ritzau RBNews item has no headline \(`<headline>`, which a flash leaves empty\)/);
    expect(text).toContain('Odense Kommune lukker midlertidigt alle svømmehaller efter et fund af legionella.');
  });

  it('takes its headline from the later version that has one, first, and drops the review note', () => {
    const { articles, work } = tempDesk();
    try {
      importWire({ file: fixture('flash.xml'), articlesDir: articles, now: NOW });
      const later = join(work, 'flash-v2.xml');
      writeFileSync(
        later,
        readFileSync(fixture('flash.xml'), 'utf8')
          .replace('<headline i:nil="true"/>', '<headline>Odense lukker alle svømmehaller</headline>')
          .replace('<version>1</version>', '<version>2</version>'),
      );
      importWire({ file: later, articlesDir: articles, now: NOW });
      const [file] = readdirSync(articles);
      const text = readFileSync(join(articles, file), 'utf8');
      expect(text).toMatch(/^---\ntitle: "Odense lukker alle svømmehaller"\n/);
      expect(text).not.toContain('REVIEW');
      expect(text).toContain('version: 2');
      expect(text).toContain('Odense Kommune lukker midlertidigt alle svømmehaller efter et fund af legionella.');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
