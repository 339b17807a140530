/**
 * The agency comes from the item, no option needed: the names it goes by
 * (provider code, provider name, copyright holder, the dateline's credit,
 * the address in the item's id), shown by the desk's table of display
 * names; an agency not in the table is imported under its own name, with a
 * note; an item that names no one is a draft with the source left to the editor.
 */
import { describe, expect, it } from 'vitest';
import { findAgency } from '../../../../src/wire/agencies';
import { conventionDesk, g2Item, ninjsItem, nitfItem } from '../../../support/wire-items';

const desk = conventionDesk();
const BODY = '<p>The ministers met on Tuesday.</p>';
const source = (text: string | undefined) => /source:\n {2}agency: "([^"]*)"\n {2}name: "([^"]*)"/.exec(text ?? '')?.slice(1);

describe('the table of agencies', () => {
  it.each([
    ['nprov:dpa', 'dpa'],
    ['Deutsche Presse-Agentur GmbH', 'dpa'],
    ['Thomson Reuters', 'Reuters'],
    ['TT Nyhetsbyrån', 'TT'],
    ['NTB', 'NTB'],
    ['STT', 'STT'],
    ['ANP', 'ANP'],
    ['Belga', 'Belga'],
    ['AAP', 'AAP'],
    ['Press Association', 'PA'],
    ['Kyodo News', 'Kyodo'],
    ['BUSINESS WIRE', 'Business Wire'],
    ['BBC', 'BBC'],
    ['Voice of America', 'VOA'],
    ['Xinhua', 'Xinhua'],
    ['ansa.it', 'ANSA'],
    ['(c) ITAR-TASS 2019', 'TASS'],
    ['© dpa', 'dpa'],
    ['www.itar-tass.com', 'TASS'],
  ])('knows %s as %s', (hint, agency) => {
    expect(findAgency(hint)?.agency).toBe(agency);
  });
});

describe('on import', () => {
  it('reads the provider’s code', () => {
    const result = desk.run(g2Item({ body: `<p>Helsinki - ${BODY.slice(3)}`, itemMeta: '<provider qcode="nprov:STT"/>' }));
    expect(source(result.text)).toEqual(['STT', 'STT']);
  });

  it('reads the copyright holder', () => {
    const item = ninjsItem({
      copyrightholder: 'Australian Associated Press',
      bodies: [{ role: 'text', value: 'Sydney (AAP) - They met.' }],
    });
    expect(source(desk.run(item).text)).toEqual(['AAP', 'Australian Associated Press']);
  });

  it('reads the address in the item id', () => {
    const item = ninjsItem({
      uri: 'http://www.businesswire.com/news/home/1/en',
      bodies: [{ role: 'text', value: 'The company said.' }],
    });
    const result = desk.run(item);
    expect(source(result.text)).toEqual(['Business Wire', 'Business Wire']);
    expect(result.text).toContain('place: "San Francisco"');
  });

  it('imports an agency the table does not know under its own name, with a note', () => {
    const result = desk.run(
      g2Item({
        body: '<p>PORTO (Lusitania Press) - The ministers met on Tuesday.</p>',
        itemMeta: '<provider><name>Lusitania Press Service</name></provider>',
      }),
    );
    expect(result.action).toBe('created');
    expect(source(result.text)).toEqual(['Lusitania Press', 'Lusitania Press']);
    expect(result.notes.join('\n')).toMatch(/the agency "Lusitania Press" is not in src\/wire\/agencies\.ts/);
  });

  it('takes --agency over the item, even an agency it does not know', () => {
    const result = desk.run(g2Item({ body: '<p>KIEV (AFP) - They met.</p>' }), { agency: 'Example Wire' });
    expect(source(result.text)).toEqual(['Example Wire', 'Example Wire']);
  });

  it('reads NITF’s delivering source when the copyright holder is a desk of the agency (PA’s "PA Sport")', () => {
    const nitf = nitfItem({ body: '<p>The ministers met on Tuesday.</p>' })
      .replace('holder="The Associated Press"', 'holder="PA Sport"')
      .replace('regsrc="AP"', 'regsrc="x"')
      .replace('</docdata>', '<del-list><from-src src-name="PA" level-number="1"/></del-list></docdata>');
    expect(source(desk.run(nitf).text)).toEqual(['PA', 'PA Media']);
  });

  it('imports an item that names no agency at all as a draft, the source left for the editor', () => {
    const item = ninjsItem({ uri: 'urn:uuid:1', located: 'Vienna', bodies: [{ role: 'text', value: 'They met.' }] });
    const result = desk.run(item);
    expect(result.action).toBe('created');
    expect(result.text).toMatch(/# REVIEW: the item names no agency .*\nsource:\n {2}itemId: "urn:uuid:1"\n/);
    expect(result.text).not.toMatch(/^ {2}agency:/m);
    expect(result.notes.join('\n')).toMatch(/the item names no agency; imported as a draft without one/);
  });
});
