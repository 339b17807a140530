/**
 * The agency comes from the item, no option needed: the names it goes by
 * (provider code, provider name, copyright holder, the dateline's credit,
 * the address in the item's id), shown by the desk's table of display
 * names; an agency not in the table is imported under its own name, with a
 * note; only an item that names no one is refused.
 */
import { describe, expect, it } from 'vitest';
import { findAgency } from '../../../../src/wire/agencies';
import { conventionDesk, g2Item, ninjsItem } from '../../../support/wire-items';

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

  it('refuses only an item that names no agency at all', () => {
    const item = ninjsItem({ uri: 'urn:uuid:1', located: 'Vienna', bodies: [{ role: 'text', value: 'They met.' }] });
    expect(() => desk.run(item)).toThrow(/no agency: the item names none .* give --agency/);
  });
});
