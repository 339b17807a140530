/**
 * The containers agencies deliver in (tests/fixtures/wire/containers/, one
 * file each, written for these tests): what each is read as, how many
 * stories it holds, and what of each reaches the article; and what is not a
 * text story refused by name, never as an unknown format.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile, importWire } from '../../../src/wire/desk';
import { readWireFile } from '../../../src/wire/read-wire';
import { blockText, type WireStory } from '../../../src/wire/story';
import { snapshot, tempDesk } from '../../support/wire';

const CONTAINERS = resolve(import.meta.dirname, '../../fixtures/wire/containers');
const fixture = (name: string) => join(CONTAINERS, name);
const read = (name: string) => readWireFile(readFileSync(fixture(name)));
const NOW = new Date('2024-04-01T12:00:00Z');

const desk = tempDesk();
afterAll(() => rmSync(desk.work, { recursive: true, force: true }));

const summary = (story: WireStory) => ({
  format: story.format,
  itemId: story.itemId,
  version: story.version,
  headline: story.headline,
  paragraphs: story.blocks.filter((b) => b.type === 'paragraph').map(blockText),
  crossheads: story.blocks.filter((b) => b.type === 'heading').map(blockText),
});

describe('a NewsML-G2 newsMessage', () => {
  it('holds one story per text newsItem, in order, and names the picture it skips', () => {
    const file = read('news-message.xml');
    expect(file.container).toBe('IPTC NewsML-G2 newsMessage');
    expect(file.stories.map(summary)).toMatchObject([
      { itemId: 'urn:newsml:dpa.com:20240301:tram-airport', version: 1, paragraphs: { length: 2 } },
      { itemId: 'urn:newsml:dpa.com:20240301:museum-bronzes', version: 2, paragraphs: { length: 3 } },
    ]);
    expect(file.skipped).toEqual(['a NewsML-G2 newsItem of class ninat:picture (a picture)']);
  });

  it('is imported as one article per story, each path returned, the skipped item noted once', () => {
    const results = importFile({ file: fixture('news-message.xml'), articlesDir: desk.articles, now: NOW });
    expect(results.map((r) => [r.action, r.path.replace(`${desk.articles}/`, '')])).toEqual([
      ['created', 'tram-line-to-the-airport-opens-after-four.md'],
      ['created', 'hamburg-museum-returns-nineteen-bronze-objects.md'],
    ]);
    expect(results[0].notes).toContain(
      'the IPTC NewsML-G2 newsMessage also holds a NewsML-G2 newsItem of class ninat:picture (a picture): not imported',
    );
    expect(Object.keys(snapshot(desk.articles)).sort()).toEqual([
      'hamburg-museum-returns-nineteen-bronze-objects.md',
      'tram-line-to-the-airport-opens-after-four.md',
    ]);
  });

  it('is refused by importWire (one story) and with --slug (one address for several stories)', () => {
    const options = { file: fixture('news-message.xml'), articlesDir: desk.articles, now: NOW, dryRun: true };
    expect(() => importWire(options)).toThrow(/holds 2 stories; npm run import imports each as its own article/);
    expect(() => importFile({ ...options, slug: 'one' })).toThrow(/--slug names one article, but the .* holds 2 stories/);
  });
});

describe('NITF and NewsML 1.2', () => {
  it('bare NITF: id, version and time from docdata, headline from hedline, place, byline and language, body.end left out', () => {
    const [story] = read('nitf.xml').stories;
    expect(summary(story)).toEqual({
      format: 'IPTC NITF',
      itemId: 'AP-20240304-LISBON-BIKES',
      version: 2,
      headline: 'Lisbon opens its river front to cyclists',
      paragraphs: [
        'LISBON, Portugal (AP) — Cyclists can now ride the whole river front, the city said Monday.',
        'The path runs for twelve kilometres.',
        '"It took us ten years," the mayor said.',
      ],
      crossheads: ['A long wait'],
    });
    expect(story).toMatchObject({
      versionCreated: '2024-03-04T09:15:00Z',
      firstCreated: '2024-03-04T08:00:00Z',
      located: 'Lisbon',
      edNotes: [{ text: "Adds the mayor's comment." }],
      bylines: ['By A. Reporter'],
      lang: 'en-US',
    });
    expect(story.agencyHints).toContain('The Associated Press');
    expect(story.leftOut).toEqual(['the NITF body.end (tagline, bibliography)']);
  });

  it('NewsML 1.2: the id from NewsIdentifier, the lines, the NITF body, the photo left out', () => {
    const file = read('newsml-1.2.xml');
    expect(file.container).toBe('IPTC NewsML 1.2');
    const [story] = file.stories;
    expect(summary(story)).toEqual({
      format: 'IPTC NewsML 1.2',
      itemId: 'urn:newsml:afp.com:20240305:TX-PAR-ATH01',
      version: 1,
      headline: 'Athens ferry strike ends after two days',
      paragraphs: [
        'Ferries sailed again from Piraeus on Tuesday after a two-day strike.',
        "The seamen's union said talks would go on.",
      ],
      crossheads: [],
    });
    expect(story).toMatchObject({
      dateline: 'Athens, March 5, 2024 (AFP) -',
      located: 'Athens',
      firstCreated: '2024-03-05T11:45:00+00:00',
    });
    expect(story.leftOut).toEqual(['a picture']);
  });
});

describe('ninjs under every key the standard allows, and the envelopes APIs wrap it in', () => {
  it("1.x extras: headline_main and body_richtext; Superdesk's guid as the id", () => {
    const [story] = read('ninjs1-superdesk.json').stories;
    expect(summary(story)).toMatchObject({
      format: 'IPTC ninjs 1.x',
      itemId: 'urn:newsml:superdesk:20240306:vienna-opera',
      headline: 'Vienna opera house reopens its roof terrace',
      crossheads: ['Views'],
    });
  });

  it("a NITF body (TT's extended standard), HTML named entities read as their characters", () => {
    const [story] = read('ninjs2-nitf-body.json').stories;
    expect(summary(story).paragraphs).toEqual([
      'Stockholm (AFP) – The city’s oldest bridge closed on Thursday.',
      'It will reopen in May.',
    ]);
  });

  it('{"data": {"item": …}}: the item inside, AP’s version 0 kept as 0', () => {
    const file = read('envelope.json');
    expect(file.container).toBe('IPTC ninjs 1.x in the envelope {"data": {"item": …}}');
    expect(file.stories[0]).toMatchObject({ headline: 'Copenhagen harbour bath opens early', version: 0 });
  });

  it('a list under "_items" or "items", a bare list, "item" holding a list: one story per text item, pictures named', () => {
    const item = (n: number) => ({ uri: `urn:example:${n}`, headline: `Story ${n}`, body_text: `Text ${n}.` });
    const picture = { uri: 'urn:example:p', type: 'picture', headline: 'A picture' };
    for (const envelope of [
      { _items: [item(1), picture, item(2)] },
      { items: [item(1), picture, item(2)] },
      [item(1), picture, item(2)],
    ]) {
      const file = readWireFile(JSON.stringify(envelope));
      expect(file.stories.map((s) => s.headline)).toEqual(['Story 1', 'Story 2']);
      expect(file.skipped).toEqual(['a ninjs item of type "picture" (a picture)']);
    }
    expect(readWireFile(JSON.stringify({ total: 1, item: [item(3)] })).stories.map((s) => s.headline)).toEqual(['Story 3']);
  });
});

describe('what is not a text story is refused by name', () => {
  const refusal = (content: string) => {
    try {
      readWireFile(content);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('not refused');
  };
  const g2 = (root: string, itemClass = 'ninat:text') =>
    `<${root} xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1"><itemMeta><itemClass qcode="${itemClass}"/></itemMeta></${root}>`;

  it('a NewsML-G2 packageItem, picture, concept or planning item', () => {
    expect(refusal(readFileSync(fixture('package-item.xml'), 'utf8'))).toBe(
      'a NewsML-G2 packageItem (a package of other items) is not a text story: import its text items',
    );
    expect(refusal(g2('newsItem', 'ninat:picture'))).toBe(
      'a NewsML-G2 newsItem of class ninat:picture (a picture) is not a text story: the desk imports text items only',
    );
    expect(refusal(g2('conceptItem'))).toMatch(
      /^a NewsML-G2 conceptItem \(a concept of a controlled vocabulary\) is not a text story/,
    );
    expect(refusal(g2('planningItem'))).toMatch(/^a NewsML-G2 planningItem \(coverage planning\) is not a text story/);
  });

  it('a ninjs picture or event, alone or a list of them', () => {
    expect(refusal(JSON.stringify({ uri: 'urn:p', type: 'picture', headline: 'P' }))).toBe(
      'a ninjs item of type "picture" (a picture) is not a text story: the desk imports text stories',
    );
    const events = [1, 2].map((n) => ({ uri: `urn:e${n}`, title: 'E', eventDetails: {} }));
    expect(refusal(JSON.stringify(events))).toBe(
      'the IPTC ninjs in a JSON list holds no text story, only 2 other items: 2 × a ninjs event (eventDetails, events)',
    );
  });

  it('a G2 fragment, vendor XML, SportsML in inlineXML, a root in the wrong namespace', () => {
    expect(refusal('<contentSet xmlns="http://iptc.org/std/nar/2006-10-01/"/>')).toMatch(
      /<contentSet>, a part of a NewsML-G2 item/,
    );
    expect(refusal('<Feed xmlns="urn:vendor"><Story/></Feed>')).toMatch(
      /<Feed> in namespace urn:vendor: vendor XML the desk does not read/,
    );
    const sports = g2('newsItem').replace(
      '</newsItem>',
      '<contentSet><inlineXML><sports-content xmlns="http://iptc.org/std/SportsML/2008-04-01/"/></inlineXML></contentSet></newsItem>',
    );
    expect(refusal(sports)).toMatch(
      /inlineXML holds <sports-content> .*: SportsML \(sports results and statistics\), not story text/,
    );
    expect(refusal('<newsItem xmlns="http://iptc.org/std/nar/2006-10-02/"/>')).toMatch(
      /a <newsItem> in namespace http:\/\/iptc.org\/std\/nar\/2006-10-02\/, not in NewsML-G2's namespace/,
    );
  });

  it('a G2 item without its namespace is read when it says standard="NewsML-G2" (as TT sends it)', () => {
    const bare = '<newsItem guid="urn:tt:1" standard="NewsML-G2"><contentMeta><headline>H</headline></contentMeta></newsItem>';
    expect(readWireFile(bare).stories[0]).toMatchObject({ itemId: 'urn:tt:1', headline: 'H' });
  });
});
