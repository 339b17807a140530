/**
 * TT's own conventions: `&tstr;`, TT's "tankstreck" (the dash that opens a
 * quotation, which TT's plain text writes as `–`), is read as that dash;
 * TT's `ttnitf` body in ninjs is TT's own SGML, sent beside the same text
 * in HTML, so the HTML is read and the item is not refused for markup the
 * desk was never meant to parse. A paragraph TT's plain text opens with the
 * quote dash is a `<blockquote>` in its HTML and a `<CITAT>` in its own
 * markup: the article keeps the dash as TT wrote it.
 */
import { describe, expect, it } from 'vitest';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();

describe('TT’s entity &tstr;', () => {
  it('is the dash TT’s plain text prints, not a refusal', () => {
    const tt =
      '<BODY xmlns=""><TEXT><BRODTEXT><P>STOCKHOLM (TT) - The ministers met on Tuesday.</P>' +
      '<P>&tstr; We agreed, the minister said.</P></BRODTEXT></TEXT></BODY>';
    const item = g2Item({ body: '' }).replace(
      /<inlineXML[\s\S]*<\/inlineXML>/,
      `<inlineXML contenttype="application/ttnitf+xml">${tt}</inlineXML>`,
    );
    const result = desk.run(item);
    expect(result.text).toContain('\n– We agreed, the minister said.\n');
    expect(result.text).not.toContain('tstr');
  });
});

describe('TT’s ttnitf body in ninjs', () => {
  it('is passed over for the HTML body of the same text', () => {
    const result = desk.run(
      ninjsItem({
        copyrightholder: 'TT',
        bodies: [
          { role: 'text', contenttype: 'text/plain', value: 'The ministers met on Tuesday.\nThey agreed.' },
          { role: 'html5', contenttype: 'text/html', value: '<p>The ministers met on Tuesday.</p><p>They agreed.</p>' },
          // TT's SGML: an element left open, which no XML parser reads.
          {
            role: 'ttnitf',
            contenttype: 'application/xml',
            value: '<TTNITF><HEAD><SIZE>3</HEAD><P>The ministers met &tstr;</P>',
          },
        ],
      }),
    );
    expect(result.action).toBe('created');
    expect(result.text).toMatch(/\nThe ministers met on Tuesday\.\n\nThey agreed\.\n$/);
  });
});

describe('TT’s quote dash', () => {
  const html =
    '<h4><p>The minister promised a decision by spring.</p><blockquote>We will not wait, she said.</blockquote></h4>' +
    '<div class="bodytext"><p>The ministers met on Tuesday.</p>' +
    '<blockquote>We agreed on <em>most</em> of it, said the minister.</blockquote>' +
    '<blockquote>– Already dashed, she added.</blockquote><p>Talks resume in May.</p></div>';
  const withBody = (copyrightholder: string) =>
    ninjsItem({ copyrightholder, bodies: [{ role: 'html5', contenttype: 'text/html', value: html }] });

  it('opens a quotation paragraph of TT’s HTML, once, as TT’s plain text does', () => {
    const result = desk.run(withBody('TT'));
    expect(result.text).toContain('\n\n– We agreed on *most* of it, said the minister.\n\n');
    expect(result.text).toContain('\n\n– Already dashed, she added.\n\n');
    expect(result.text).not.toContain('– –');
    expect(result.text).toContain('\n\nTalks resume in May.\n');
  });

  it('opens a quotation in TT’s lead too', () => {
    const result = desk.run(withBody('TT'));
    expect(result.text).toContain('standfirst: "The minister promised a decision by spring. – We will not wait, she said."');
  });

  it('is not written twice in a lead whose quotation TT already dashed', () => {
    const lead = '<h4><blockquote>– We will not wait, she said.</blockquote></h4><div class="bodytext"><p>They met.</p></div>';
    const item = ninjsItem({ copyrightholder: 'TT', bodies: [{ role: 'html5', contenttype: 'text/html', value: lead }] });
    expect(desk.run(item).text).toContain('standfirst: "– We will not wait, she said."');
  });

  it('opens a <CITAT> of TT’s own markup in NewsML-G2', () => {
    const tt =
      '<BODY xmlns=""><TEXT><BRODTEXT><P>STOCKHOLM (TT) - The ministers met on Tuesday.</P>' +
      '<CITAT>We agreed, the minister said.</CITAT></BRODTEXT></TEXT></BODY>';
    const item = g2Item({ body: '' }).replace(
      /<inlineXML[\s\S]*<\/inlineXML>/,
      `<inlineXML contenttype="application/ttnitf+xml">${tt}</inlineXML>`,
    );
    expect(desk.run(item).text).toMatch(/\n\n– We agreed, the minister said\.\n$/);
  });

  it('is not added to another agency’s block quotation', () => {
    const result = desk.run(withBody('Example Wire'));
    expect(result.text).toContain('\n\nWe agreed on *most* of it, said the minister.\n\n');
    expect(result.text).not.toContain('– We');
  });
});
