/**
 * A real item imports with no --tz, --place or --date: the zone comes from
 * the dateline place through the gazetteer (checked against the item's own
 * UTC offset), its region, the agency's home desk or the item's offset;
 * plain text with no date takes the day it arrives. Each guess is a note.
 */
import { describe, expect, it } from 'vitest';
import { cityZone, regionZone } from '../../../../src/wire/gazetteer';
import { ownOffset } from '../../../../src/wire/time-zone';
import { conventionDesk, g2Item, NOW } from '../../../support/wire-items';

const desk = conventionDesk();
const dateline = (text: string | undefined) =>
  /dateline:\n {2}place: "([^"]*)"\n {2}date: "([^"]*)"\n {2}timeZone: "([^"]*)"/.exec(text ?? '')?.slice(1);

describe('the gazetteer', () => {
  it('knows cities the desk’s table does not', () => {
    expect(cityZone('Tampere', {})?.zone).toBe('Europe/Helsinki');
    expect(cityZone('Perth', { region: 'Australia' })?.zone).toBe('Australia/Perth');
  });

  it('tells places of one name apart by region, then by the item’s offset', () => {
    expect(cityZone('Portland', { region: 'Ore.' })?.zone).toBe('America/Los_Angeles');
    expect(cityZone('Portland', { region: 'Maine' })?.zone).toBe('America/New_York');
    const summer = new Date('2024-07-01T12:00:00Z');
    expect(cityZone('London', { offset: { minutes: -240, at: summer } })?.zone).toBe('America/Toronto');
    expect(cityZone('London', {})).toEqual({ zone: 'Europe/London', ambiguous: true, elsewhere: false });
    expect(cityZone('London', { region: 'Ontario' })?.elsewhere).toBe(true);
  });

  it('lets the region choose before the offset: a dateline’s province beats a system clock in UTC', () => {
    const winter = { minutes: 0, at: new Date('2024-01-15T12:00:00Z') };
    expect(cityZone('London', { region: 'Ontario', offset: winter })?.zone).toBe('America/Toronto');
    expect(cityZone('London', { region: 'Canada', offset: winter })?.zone).toBe('America/Toronto');
    expect(regionZone('Italy', { offset: winter })).toBe('Europe/Rome');
  });

  it('gives a region’s zone: a country, an AP state', () => {
    expect(regionZone('Italy', {})).toBe('Europe/Rome');
    expect(regionZone('Pa.', {})).toBe('America/New_York');
  });
});

describe('the item’s own offset', () => {
  it('is one the timestamp writes out, +00:00 among them; a bare Z or -00:00 states none', () => {
    expect(ownOffset(['2024-03-05T09:00:00+00:00'])?.minutes).toBe(0);
    expect(ownOffset(['2024-03-05T09:00:00+0530'])?.minutes).toBe(330);
    expect(ownOffset(['2024-03-05T09:00:00Z'])).toBeUndefined();
    expect(ownOffset(['2024-03-05T09:00:00-00:00'])).toBeUndefined();
    expect(ownOffset(['2024-03-05T09:00:00Z', '2024-03-05T10:00:00-05:00'])?.minutes).toBe(-300);
  });
});

describe('on import, with no option', () => {
  it('dates a story by its dateline city', () => {
    const result = desk.run(g2Item({ body: '<p>TAMPERE (STT) - The council met.</p>', versionCreated: '2024-03-05T22:30:00Z' }));
    expect(dateline(result.text)).toEqual(['Tampere', '2024-03-06', 'Europe/Helsinki']);
    expect(result.notes.join('\n')).not.toMatch(/time zone/);
  });

  it('dates a place the gazetteer lacks by its region, and says so', () => {
    const result = desk.run(g2Item({ body: '<p>GROSSETO, Italy (AP) -- The trial began.</p>' }));
    expect(dateline(result.text)).toEqual(['Grosseto', '2024-03-05', 'Europe/Rome']);
    expect(result.notes.join('\n')).toMatch(/time zone: Grosseto is not in the gazetteer; took the zone of Italy's largest city/);
  });

  it('dates a story with no place from the agency’s home desk, and says so', () => {
    const result = desk.run(g2Item({ body: '<p>The council met.</p>', itemMeta: '<provider literal="NTB"/>' }));
    expect(dateline(result.text)).toEqual(['Oslo', '2024-03-05', 'Europe/Oslo']);
    expect(result.notes.join('\n')).toMatch(/the item names no place; dated from NTB's home desk, Oslo/);
  });

  it('keeps the only city of a name when the item’s offset does not fit it', () => {
    // Philadelphia is at -04:00 in March; an item saying -05:00 is wrong about its offset, not its city.
    const result = desk.run(
      g2Item({ body: '<p>PHILADELPHIA (AP) - The fair opened.</p>', versionCreated: '2024-03-15T10:00:00-05:00' }),
    );
    expect(dateline(result.text)).toEqual(['Philadelphia', '2024-03-15', 'America/New_York']);
  });

  it('knows EFE’s and TT’s own dateline names', () => {
    expect(dateline(desk.run(g2Item({ body: '<p>Nueva Delhi, 3 ene (EFE).- Llovió.</p>' })).text)?.[2]).toBe('Asia/Kolkata');
    expect(dateline(desk.run(g2Item({ body: '<p>EU (TT) - Ministrarna möttes.</p>' })).text)).toEqual([
      'EU',
      '2024-03-05',
      'Europe/Brussels',
    ]);
  });

  it('falls back on the item’s own UTC offset', () => {
    const result = desk.run(
      g2Item({ body: '<p>SMALLVILLE (Example Wire) - The fair opened.</p>', versionCreated: '2024-03-05T23:30:00+05:00' }),
    );
    expect(dateline(result.text)).toEqual(['Smallville', '2024-03-05', 'Etc/GMT-5']);
    expect(result.notes.join('\n')).toMatch(/took the item's own UTC offset/);
  });

  it('dates a story in UTC, named so, when the item states +00:00 and nothing else tells', () => {
    const result = desk.run(
      g2Item({ body: '<p>SMALLVILLE (Example Wire) - The fair opened.</p>', versionCreated: '2024-03-05T23:30:00+00:00' }),
    );
    expect(dateline(result.text)).toEqual(['Smallville', '2024-03-05', 'UTC']);
    expect(result.text).not.toContain('Etc/GMT');
    expect(result.notes.join('\n')).toMatch(/the item states its times in UTC \(\+00:00\)/);
  });

  it('keeps the home desk for an item stamped +00:00, as for Z (a system clock in UTC), but not for another offset', () => {
    const item = (stamp: string) =>
      g2Item({
        body: '<p>SMALLVILLE (NTB) - The fair opened.</p>',
        itemMeta: '<provider literal="NTB"/>',
        versionCreated: stamp,
      });
    expect(dateline(desk.run(item('2024-03-05T09:00:00Z')).text)?.[2]).toBe('Europe/Oslo');
    expect(dateline(desk.run(item('2024-03-05T09:00:00+00:00')).text)?.[2]).toBe('Europe/Oslo');
    expect(dateline(desk.run(item('2024-03-05T09:00:00+05:00')).text)?.[2]).toBe('Etc/GMT-5');
  });

  it('dates a city by its dateline’s province, not by an offset of +00:00', () => {
    const result = desk.run(
      g2Item({ body: '<p>LONDON, Ontario (Example Wire) - The fair opened.</p>', versionCreated: '2024-01-15T03:00:00+00:00' }),
    );
    expect(dateline(result.text)).toEqual(['London', '2024-01-14', 'America/Toronto']);
  });

  it('takes the day plain text arrives when it carries no date, and says so', () => {
    const result = desk.run('Ministers agree on a plan\n\nVIENNA (AFP) - The ministers met on Tuesday.\n');
    expect(result.action).toBe('created');
    expect(dateline(result.text)).toEqual(['Vienna', '2024-03-05', 'Europe/Vienna']);
    expect(result.notes).toContain(
      'date: the agency plain text carries no date; dated 2024-03-05, the day it arrived: check it (--date)',
    );
    expect(NOW.toISOString().slice(0, 10)).toBe('2024-03-05');
  });

  it('lets --tz, --place and --date overrule the item', () => {
    const result = desk.run(g2Item({ body: '<p>TAMPERE (STT) - The council met.</p>' }), {
      tz: 'Europe/Stockholm',
      place: 'Stockholm',
      date: '2024-03-04',
    });
    expect(dateline(result.text)).toEqual(['Stockholm', '2024-03-04', 'Europe/Stockholm']);
  });
});
