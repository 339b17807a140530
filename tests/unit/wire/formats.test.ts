/**
 * The format readers: each turns its format into the same in-memory story,
 * detected from the content, whatever the file is called. ninjs 1.x and 3.x
 * items are made from the 2.x fixture by renaming its properties as those
 * generations name them, so all three carry the same story.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWire } from '../../../src/wire/read-wire';
import { blocksFromHtml } from '../../../src/wire/markup';
import { blockText, type WireStory } from '../../../src/wire/story';
import { newsmlVersion, WIRE } from '../../support/wire';

const ninjs2 = JSON.parse(readFileSync(WIRE.ninjs2, 'utf8')) as Record<string, any>;

/** The same item as ninjs 1.x names things: headline, body_html / body_text, person, $standard. */
function asNinjs1(item: Record<string, any>) {
  const { headlines, bodies, people, standard, places, infosources, ...rest } = item;
  return {
    ...rest,
    $standard: { ...standard, version: '1.6' },
    headline: headlines[0].value,
    body_text: bodies.find((b: any) => b.role === 'text').value,
    body_html: bodies.find((b: any) => b.role === 'xhtml').value,
    person: people,
  };
}

/** The same item as ninjs 3.x names things: camel case. */
function asNinjs3(item: Record<string, any>) {
  const camel: Record<string, string> = {
    versioncreated: 'versionCreated',
    firstcreated: 'firstCreated',
    pubstatus: 'pubStatus',
    copyrightholder: 'copyrightHolder',
    copyrightnotice: 'copyrightNotice',
    infosources: 'infoSources',
  };
  const out = Object.fromEntries(Object.entries(item).map(([k, v]) => [camel[k] ?? k, v]));
  out.standard = { ...item.standard, version: '3.1' };
  out.bodies = item.bodies.map(({ contenttype, ...b }: any) => ({ ...b, contentType: contenttype }));
  return out;
}

const summary = (story: WireStory) => ({
  headline: story.headline,
  paragraphs: story.blocks.filter((b) => b.type === 'paragraph').length,
  crossheads: story.blocks.filter((b) => b.type === 'heading').map(blockText),
  lede: blockText(story.blocks[0]).slice(0, 40),
  last: blockText(story.blocks.at(-1)!),
});

const SEED = {
  headline: 'Ukraine leader calls for talks with Russia amid invasion fears',
  paragraphs: 21,
  crossheads: ['Moscow accusations'],
  lede: 'Kiev (AFP) – Ukrainian President Volodym',
  last: 'The conflict has claimed more than 13,000 lives since 2014.',
};

describe('every format gives the same story', () => {
  const cases: [string, string][] = [
    ['agency plain text', readFileSync(WIRE.plainText, 'utf8')],
    ['IPTC ninjs 1.x', JSON.stringify(asNinjs1(ninjs2))],
    ['IPTC ninjs 2.x', JSON.stringify(ninjs2)],
    ['IPTC ninjs 3.x', JSON.stringify(asNinjs3(ninjs2))],
    ['IPTC NewsML-G2', readFileSync(WIRE.newsml, 'utf8')],
  ];
  it.each(cases)('%s', (format, content) => {
    const story = readWire(content);
    expect(story.format).toBe(format);
    expect(summary(story)).toEqual(SEED);
    expect(story.pubStatus).toBe('usable');
    expect(story.leftOut).toEqual([]);
  });

  it.each(cases.slice(1))('%s: id, version, times, place, agency and people', (_, content) => {
    const story = readWire(content);
    expect(story).toMatchObject({
      itemId: 'urn:newsml:afp.com:20211201:TX-PAR-UKR-RUSSIA-DIPLOMACY',
      version: 1,
      versionCreated: '2021-12-01T09:52:00Z',
      firstCreated: '2021-12-01T09:52:00Z',
      located: 'Kiev',
      correction: false,
    });
    expect(story.agencyHints).toContain('AFP');
    expect(story.people.map((p) => p.name)).toEqual([
      'Volodymyr Zelensky',
      'Maria Zakharova',
      'Vladimir Putin',
      'Antony Blinken',
      'Sergei Lavrov',
      'Dmytro Kuleba',
    ]);
  });

  it('reads ninjs 2.x from its plain-text body when it has no HTML one', () => {
    const textOnly = { ...ninjs2, bodies: ninjs2.bodies.filter((b: any) => b.role === 'text') };
    expect(summary(readWire(JSON.stringify(textOnly)))).toEqual(SEED);
  });

  it('tells the ninjs generation by shape when the item does not declare it', () => {
    const { standard, ...undeclared } = ninjs2;
    expect(readWire(JSON.stringify(undeclared)).format).toBe('IPTC ninjs 2.x');
    const { $standard, ...undeclared1 } = asNinjs1(ninjs2);
    expect(readWire(JSON.stringify(undeclared1)).format).toBe('IPTC ninjs 1.x');
    const { standard: s3, ...undeclared3 } = asNinjs3(ninjs2);
    expect(readWire(JSON.stringify(undeclared3)).format).toBe('IPTC ninjs 3.x');
  });
});

describe('NewsML-G2', () => {
  /** A minimal text item: the NewsML-G2 namespace under the prefix g2, the body as `body`. */
  const item = (body: string, contentMeta = '') => `<?xml version="1.0" encoding="UTF-8"?>
<g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:1" version="3" standard="NewsML-G2">
  <g2:itemMeta>
    <g2:itemClass qcode="ninat:text" />
    <g2:provider qcode="nprov:DPA" />
    <g2:versionCreated>2021-12-01T09:52:00Z</g2:versionCreated>
    <g2:pubStatus qcode="stat:usable" />
  </g2:itemMeta>
  <g2:contentMeta>
    <other:headline xmlns:other="urn:example:other">Not this one</other:headline>
    <g2:headline>Der Titel</g2:headline>${contentMeta}
  </g2:contentMeta>
  <g2:contentSet>
    <g2:inlineXML contenttype="application/xhtml+xml">${body}</g2:inlineXML>
  </g2:contentSet>
</g2:newsItem>`;

  it('matches elements by namespace and local name, whatever prefix the sender chose', () => {
    const story = readWire(item('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html>'));
    expect(story).toMatchObject({ format: 'IPTC NewsML-G2', itemId: 'urn:example:1', version: 3, headline: 'Der Titel' });
    expect(story.agencyHints).toEqual(['DPA']);
  });

  it('reads an XHTML body, its crossheads and emphasis, and the dateline element', () => {
    const xhtml =
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Der Titel</title></head><body>' +
      '<h1>Der Titel</h1><p>Bonn (dpa) - Der   Text.</p><h2>Mehr</h2><p>Noch <em>ein</em> Satz.</p></body></html>';
    const story = readWire(item(xhtml, '\n    <g2:dateline>BONN, Mittwoch (dpa)</g2:dateline>'));
    expect(story.dateline).toBe('BONN, Mittwoch (dpa)');
    expect(story.blocks.map((b) => [b.type, blockText(b)])).toEqual([
      ['paragraph', 'Bonn (dpa) - Der Text.'],
      ['heading', 'Mehr'],
      ['paragraph', 'Noch ein Satz.'],
    ]);
  });

  it('reads a kill, a correction signal, the editorial note and the embargo from itemMeta', () => {
    const dir = mkdtempSync(join(tmpdir(), 'g2-'));
    const file = newsmlVersion(join(dir, 'kill.xml'), {
      pubStatus: 'stat:canceled',
      embargoed: '2099-01-01T00:00:00Z',
      edNote: 'Withdrawn.',
      edNoteRole: 'ednoterole:withdrawal',
      signal: 'sig:correction',
    });
    const story = readWire(readFileSync(file, 'utf8'));
    rmSync(dir, { recursive: true });
    expect(story).toMatchObject({
      pubStatus: 'canceled',
      embargoed: '2099-01-01T00:00:00Z',
      edNotes: [{ text: 'Withdrawn.', role: 'ednoterole:withdrawal' }],
      correction: true,
    });
  });
});

describe('markup bodies', () => {
  it('keeps emphasis, https links and line breaks; says what it leaves out', () => {
    const body = blocksFromHtml(
      '<h1>The headline</h1><p>One <em>two</em> <a href="https://example.org/">three</a> <a href="javascript:x">four</a></p>' +
        '<figure><img src="x.jpg"><figcaption>A caption</figcaption></figure><div>Loose   text</div><table><tr><td>1</td></tr></table>',
      'The headline',
    );
    expect(body.blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'One ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'two' }] },
          { type: 'text', value: ' ' },
          { type: 'link', url: 'https://example.org/', children: [{ type: 'text', value: 'three' }] },
          { type: 'text', value: ' four' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Loose text' }] },
    ]);
    expect(body.leftOut).toEqual(['a picture', 'a table']);
  });

  it('keeps the no-break and thin spaces of the agency’s typography', () => {
    const [block] = blocksFromHtml('<p>25\u2009000 troops,\nsaid  Mr\u00a0Smith</p>').blocks;
    expect(blockText(block)).toBe('25\u2009000 troops, said Mr\u00a0Smith');
  });
});

describe('plain text', () => {
  it('takes a short unpunctuated line after the lede as a crosshead, and only that', () => {
    const story = readWire('Headline\n\nKiev (AFP) – Lede.\n\nA crosshead\n\n"A quote," he said.\n\nNot a crosshead.\n');
    expect(story.blocks.map((b) => [b.type, blockText(b)])).toEqual([
      ['paragraph', 'Kiev (AFP) – Lede.'],
      ['heading', 'A crosshead'],
      ['paragraph', '"A quote," he said.'],
      ['paragraph', 'Not a crosshead.'],
    ]);
  });

  it('joins a paragraph’s own line breaks with a space', () => {
    const story = readWire('Headline\n\nKiev (AFP) – One\nparagraph over\ntwo lines.\n');
    expect(story.blocks.map(blockText)).toEqual(['Kiev (AFP) – One paragraph over two lines.']);
  });

  it('in ninjs, reads a text body with no blank line as one paragraph a line (as TT sends it)', () => {
    const item = { ...ninjs2, bodies: [{ role: 'text', contenttype: 'text/plain', value: 'Kiev (AFP) – One.\nTwo.\nThree.' }] };
    expect(readWire(JSON.stringify(item)).blocks.map(blockText)).toEqual(['Kiev (AFP) – One.', 'Two.', 'Three.']);
  });
});
