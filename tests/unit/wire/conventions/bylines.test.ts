/**
 * Bylines are data: each writer's name (and role, when the byline gives
 * one) in `byline`, from the item's byline fields and from a byline
 * paragraph opening the body, which is then not the lede.
 */
import { describe, expect, it } from 'vitest';
import { parseBylines } from '../../../../src/wire/byline';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

const desk = conventionDesk();

describe('reading a byline', () => {
  it.each([
    ['By Jane Roe', 'Reuters', [{ name: 'Jane Roe' }]],
    ['Von Erika Muster, dpa', 'dpa', [{ name: 'Erika Muster' }]],
    ['By JOHN DOE, Associated Press Writer', 'AP', [{ name: 'John Doe', role: 'Associated Press Writer' }]],
    ['ANNA ESIMERKKI, PEKKA MALLI ', 'STT', [{ name: 'Anna Esimerkki' }, { name: 'Pekka Malli' }]],
    ['Karin Exempel/TT', 'TT', [{ name: 'Karin Exempel' }]],
    ['By Jane Roe and John Doe', 'Reuters', [{ name: 'Jane Roe' }, { name: 'John Doe' }]],
    ['NTB', 'NTB', []],
    ['NTB-AFP-DPA', 'NTB', []],
    ['Ola Eksempel / Example.no', 'NTB', [{ name: 'Ola Eksempel' }]],
    ['By Jane Roe, Staff Reporter', 'AP', [{ name: 'Jane Roe', role: 'Staff Reporter' }]],
    ['Jane Roe, Example State University', 'Example Wire', [{ name: 'Jane Roe', role: 'Example State University' }]],
  ])('%s', (line, credit, expected) => {
    expect(parseBylines([line], credit)).toEqual(expected);
  });
});

describe('on import', () => {
  it('takes a Reuters byline paragraph as the byline, not the lede', () => {
    const result = desk.run(
      g2Item({
        body: '<p>By Jane Roe</p><p>DAMASCUS (Reuters) - The president spoke on Wednesday.</p>',
        contentMeta: '<by>By Jane Roe</by>',
        itemMeta: '<provider literal="reuters.com"/>',
      }),
    );
    expect(result.text).toMatch(/byline:\n {2}- name: "Jane Roe"\n/);
    expect(result.text).toMatch(/---\n\nThe president spoke on Wednesday\.\n$/);
    expect(result.text).not.toContain('By Jane Roe');
  });

  it('reads ninjs byline fields', () => {
    const result = desk.run(
      ninjsItem({
        byline: 'By JOHN DOE, Associated Press Writer',
        bodies: [{ role: 'text', contenttype: 'text/plain', value: 'WASHINGTON (AP) _ The Senate voted on Monday.' }],
      }),
    );
    expect(result.text).toMatch(/byline:\n {2}- name: "John Doe"\n {4}role: "Associated Press Writer"\n/);
  });

  it('writes no byline when the item names no writer', () => {
    const result = desk.run(g2Item({ body: '<p>KIEV (AFP) - The talks began.</p>' }));
    expect(result.text).not.toContain('byline:');
  });
});
