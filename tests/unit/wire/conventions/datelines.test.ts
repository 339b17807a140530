/**
 * Each agency's dateline, as it prints it at the head of the lede, is read
 * (place, region, credit) and taken off, so the page, which prints the
 * dateline from the frontmatter, never prints it twice. A NewsML-G2
 * `<dateline>` element wins over `<located>`.
 */
import { describe, expect, it } from 'vitest';
import { readDateline, readDatelineElement } from '../../../../src/wire/lede-dateline';
import { conventionDesk, g2Item } from '../../../support/wire-items';

const desk = conventionDesk();
const REST = 'The minister spoke on Tuesday.';

describe('the dateline forms', () => {
  it.each([
    ['AFP', 'KIEV (AFP) - ', { place: 'Kiev', agency: 'AFP' }],
    ['AFP, en dash', 'Kiev (AFP) – ', { place: 'Kiev', agency: 'AFP' }],
    ['AP, underscore', 'WASHINGTON (AP) _ ', { place: 'Washington', agency: 'AP' }],
    ['AP, region and double hyphen', 'GROSSETO, Italy (AP) -- ', { place: 'Grosseto', region: 'Italy', agency: 'AP' }],
    ['AP, state', 'FORT WAYNE, Ind. (AP) _ ', { place: 'Fort Wayne', region: 'Ind.', agency: 'AP' }],
    ['Reuters', 'DAMASCUS (Reuters) - ', { place: 'Damascus', agency: 'Reuters' }],
    ['Reuters, with the date', 'MOSCOW, Dec 1 (Reuters) - ', { place: 'Moscow', agency: 'Reuters' }],
    ['Reuters, the date alone', 'Jan 3 (Reuters) - ', { agency: 'Reuters' }],
    ['ANSA', '(ANSA) - ROMA, 1 LUG - ', { place: 'Roma', agency: 'ANSA' }],
    ['ANSA, in English', '(ANSA) - Rome, October 11 - ', { place: 'Rome', agency: 'ANSA' }],
    ['dpa', 'Berlin (dpa) - ', { place: 'Berlin', agency: 'dpa' }],
    ['EFE', 'Madrid, 3 ene (EFE).- ', { place: 'Madrid', agency: 'EFE' }],
    ['NTB', 'Oslo (NTB): ', { place: 'Oslo', agency: 'NTB' }],
    ['Business Wire', 'SAN FRANCISCO--(BUSINESS WIRE)--', { place: 'San Francisco', agency: 'BUSINESS WIRE' }],
    ['a credit alone', '(Sports Network) - ', { agency: 'Sports Network' }],
    ['place and date in brackets', '(New York, NY - October 21) ', { place: 'New York', region: 'NY' }],
    ['TASS, the agency between slashes', 'MOSCOW, January 21. /TASS/. ', { place: 'Moscow', agency: 'TASS' }],
    ['Ritzau, the agency between slashes', 'København /ritzau/: ', { place: 'København', agency: 'ritzau' }],
    ['TT, an abbreviation for a place', 'EU (TT) - ', { place: 'EU', agency: 'TT' }],
  ])('%s: %s', (_, dateline, expected) => {
    const found = readDateline(dateline + REST);
    expect(found).toMatchObject(expected);
    expect((dateline + REST).slice(found!.length)).toBe(REST);
  });

  it('finds none in a lede that opens with words, or with a bracketed note', () => {
    expect(readDateline('The minister (AFP sources say) spoke.')).toBeUndefined();
    expect(readDateline('(ROUGH CUT ONLY - NO REPORTER NARRATION) Crowds gathered.')).toBeUndefined();
  });

  it('reads a dateline element, or the place alone, never a timestamp', () => {
    expect(readDatelineElement('Hamburg (dpa) - ')).toMatchObject({ place: 'Hamburg', agency: 'dpa' });
    expect(readDatelineElement('FORT WAYNE, Ind.')).toEqual({ place: 'Fort Wayne', region: 'Ind.' });
    expect(readDatelineElement('2014-07-16 15:53:10 GMT+00:00')).toEqual({});
    expect(readDatelineElement('MARCH 04, 2013')).toEqual({});
  });
});

describe('on import', () => {
  it.each([
    ['AP', 'WASHINGTON (AP) _ ', 'Washington', 'AP'],
    ['Reuters', 'DAMASCUS (Reuters) - ', 'Damascus', 'Reuters'],
    ['ANSA', '(ANSA) - ROMA, 1 LUG - ', 'Roma', 'ANSA'],
    ['dpa', 'Berlin (dpa) - ', 'Berlin', 'dpa'],
  ])('%s: the lede loses its dateline, the frontmatter has it', (_, dateline, place, agency) => {
    const result = desk.run(g2Item({ body: `<p>${dateline}${REST}</p><p>More.</p>` }));
    expect(result.text).toContain(`place: "${place}"`);
    expect(result.text).toContain(`agency: "${agency}"`);
    expect(result.text).toMatch(new RegExp(`---\\n\\n${REST}\\n\\nMore\\.\\n$`));
  });

  it('takes the dateline element over located', () => {
    const result = desk.run(
      g2Item({
        body: `<p>${REST}</p>`,
        contentMeta: '<located><name>Bangalore</name></located><dateline>CAIRO (Reuters)</dateline>',
      }),
    );
    expect(result.text).toContain('place: "Cairo"');
    expect(result.text).toContain('timeZone: "Africa/Cairo"');
  });
});

describe('a located given only by its code', () => {
  it('reads a city: code that is the city’s name as the place', () => {
    const result = desk.run(
      g2Item({
        body: '<p>The teams meet tonight.</p>',
        itemMeta: '<provider literal="Example Wire"/>',
        contentMeta: '<located qcode="city:Philadelphia"><broader qcode="reg:Pennsylvania"/></located>',
      }),
    );
    expect(result.text).toContain('place: "Philadelphia"');
    expect(result.text).toContain('timeZone: "America/New_York"');
  });
});
