/**
 * TT's own conventions: `&tstr;`, TT's "tankstreck" (the dash that opens a
 * quotation, which TT's plain text writes as `–`), is read as that dash;
 * TT's `ttnitf` body in ninjs is TT's own SGML, sent beside the same text
 * in HTML, so the HTML is read and the item is not refused for markup the
 * desk was never meant to parse.
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
