/**
 * Headline prefixes that are version signals are read as signals and taken
 * off; prefixes that name the kind of story or its topic stay.
 */
import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../../src/wire/headline-signals';
import { conventionDesk, g2Item } from '../../../support/wire-items';

const desk = conventionDesk();

describe('headline prefixes', () => {
  it.each([
    ['UPDATE 2-Ministers agree on river plan', 'Ministers agree on river plan', ['update']],
    ['CORRECTED-Ministers agree on river plan', 'Ministers agree on river plan', ['correction']],
    ['REFILE-Ministers agree on river plan', 'Ministers agree on river plan', ['refile']],
    ['WRAPUP 1-Ministers agree on river plan', 'Ministers agree on river plan', ['wrapup']],
    ['RPT-Ministers agree on river plan', 'Ministers agree on river plan', ['repeat']],
    ['CORRECTED-UPDATE 3-Ministers agree on river plan', 'Ministers agree on river plan', ['correction', 'update']],
    ['EXCLUSIVE-Ministers agree on river plan', 'EXCLUSIVE-Ministers agree on river plan', []],
    ['METALS-Copper rises', 'METALS-Copper rises', []],
    ['Soccer-United win', 'Soccer-United win', []],
    ['Update on the river plan', 'Update on the river plan', []],
  ])('%s', (headline, title, signals) => {
    expect(readHeadline(headline)).toEqual({ title, signals });
  });
});

describe('on import', () => {
  it('imports the headline without the prefix', () => {
    const result = desk.run(
      g2Item({ headline: 'UPDATE 2-Ministers agree on river plan', body: '<p>LONDON (Reuters) - They met.</p>' }),
    );
    expect(result.text).toContain('title: "Ministers agree on river plan"');
  });

  it('reads CORRECTED- as a correction of the story on the site', () => {
    const guid = 'urn:example:signals-1';
    const body = '<p>LONDON (Reuters) - They met on Monday.</p>';
    desk.run(g2Item({ guid, headline: 'Ministers agree on river plan', body }), { dryRun: false });
    const result = desk.run(
      g2Item({
        guid,
        version: '2',
        versionCreated: '2024-03-06T10:00:00Z',
        headline: 'CORRECTED-Ministers agree on river plan',
        body,
      }),
    );
    expect(result.action).toBe('corrected');
    expect(result.text).toContain('title: "Ministers agree on river plan"');
  });
});
