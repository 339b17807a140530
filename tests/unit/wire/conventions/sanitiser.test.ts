/**
 * Every body passes the sanitiser: scripts, styles, SVG and templates go
 * with their text and the editor is told; the story's structure stays; HTML
 * sent as text/plain (as ANSA does) is read as HTML; header blocks are
 * metadata, not story.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromHtml } from '../../../../src/wire/markup';
import { bodyFromText } from '../../../../src/wire/plain-body';
import { blockText } from '../../../../src/wire/story';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();
const HOSTILE =
  '<p>LYON (AFP) - The council voted on Monday.<script>steal("cookie")</script></p>' +
  '<svg><text>Chart label 42</text><script>alert(1)</script></svg>' +
  '<style>.x{color:red}</style><template><p>Template text</p></template>' +
  '<p onclick="alert(2)">The <strong>vote</strong> was <em>close</em>, <a href="javascript:alert(3)">aides</a> said.</p>';

describe('the sanitiser', () => {
  it.each([
    ['ninjs body_html', () => desk.run(ninjsItem({ bodies: [{ role: 'html', contenttype: 'text/html', value: HOSTILE }] }))],
    ['NewsML-G2 XHTML', () => desk.run(g2Item({ body: HOSTILE.replace('<svg>', '<svg xmlns="http://www.w3.org/2000/svg">') }))],
  ])('drops script, svg, style and template with their text, and reports them (%s)', (_, run) => {
    const result = run();
    for (const hidden of ['steal', 'cookie', 'Chart label 42', 'alert', 'color:red', 'Template text', 'onclick', 'javascript']) {
      expect(result.text).not.toContain(hidden);
    }
    expect(result.text).toContain('The council voted on Monday.');
    expect(result.text).toContain('The **vote** was *close*, aides said.');
    expect(result.notes).toContain(
      'removed from the body with their text, never imported: 1 script, 1 SVG image, 1 style, 1 template',
    );
  });

  it('keeps the structure the desk reads: paragraphs, crossheads, lists, quotes, links', () => {
    const body = blocksFromHtml(
      '<p>First <a href="https://example.org/">link</a>.</p><h2>Crosshead</h2><ul><li>One item.</li></ul>' +
        '<blockquote><p>A quoted paragraph.</p></blockquote><h3>Another</h3><p>Last.</p>',
    );
    expect(body.blocks.map((b) => `${b.type}:${blockText(b)}`)).toEqual([
      'paragraph:First link.',
      'heading:Crosshead',
      'paragraph:One item.',
      'paragraph:A quoted paragraph.',
      'heading:Another',
      'paragraph:Last.',
    ]);
    expect(body.removed).toEqual([]);
  });
});

describe('HTML in a text/plain body (ANSA)', () => {
  const ANSA =
    '<p>\n   (ANSA) - ROME, MARCH 5 - The mayor opened the bridge\non Tuesday.\n   "It is a good day," she said.\n</p>';

  it('is read as HTML, its indented lines as paragraphs', () => {
    const body = bodyFromText(ANSA);
    expect(body.blocks.map(blockText)).toEqual([
      '(ANSA) - ROME, MARCH 5 - The mayor opened the bridge on Tuesday.',
      '"It is a good day," she said.',
    ]);
  });

  it('never reaches the page as literal tags', () => {
    const result = desk.run(g2Item({ inlineData: ANSA, lang: 'it' }));
    expect(result.text).not.toMatch(/<\/?p>|\\</);
    expect(result.text).toContain('The mayor opened the bridge on Tuesday.\n\n"It is a good day," she said.');
    expect(result.text).toMatch(/source:\n {2}agency: "ANSA"/);
  });

  it('leaves real plain text alone', () => {
    expect(bodyFromText('One paragraph.\n\nTwo < three, said the minister.').blocks.map(blockText)).toEqual([
      'One paragraph.',
      'Two < three, said the minister.',
    ]);
  });
});

describe('header blocks are metadata', () => {
  it('reads the byline of a dpa-style XHTML header and shows none of the rest; the teaser is the standfirst', () => {
    const body =
      '<header><ul class="slugline"><li>Verkehr</li><li>Bayern</li></ul><time>05.03.2024 09:00</time>' +
      '<p class="genre">Bericht</p><h1>Ministers agree on a plan for the river</h1><p class="byline">Von Erika Muster, dpa</p></header>' +
      '<section class="main"><p class="teaser">A short teaser of our own.</p>' +
      '<p><span class="dateline">München <span class="credit">(dpa)</span> - </span>The ministers met on Tuesday.</p></section>';
    const result = desk.run(g2Item({ body, lang: 'de' }));
    expect(result.text).toMatch(/standfirst: "A short teaser of our own."\nbyline:\n {2}- name: "Erika Muster"\nlang: "de"/);
    expect(result.text).toMatch(/place: "München"/);
    for (const meta of ['Verkehr', 'Bayern', '05.03.2024', 'Bericht', 'Von Erika']) expect(result.text).not.toContain(meta);
    expect(result.text).toMatch(/---\n\nThe ministers met on Tuesday\.\n$/);
  });
});
