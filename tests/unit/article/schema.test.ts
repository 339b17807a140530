/** The frontmatter's organisations, unnamed descriptions and the ids people and organisations share. */
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/article/schema';

const base = {
  title: 'Kremlin says Russia poses no threat',
  dateline: { place: 'Moscow', date: '2021-12-03', timeZone: 'Europe/Moscow' },
  source: { agency: 'AFP', name: 'Agence France-Presse' },
  people: [{ id: 'peskov', name: 'Dmitry Peskov', role: 'Kremlin spokesman' }],
};
/** The schema's messages, each with its field path. */
const problems = (article: object) => {
  const result = articleSchema.safeParse(article);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('organisations', () => {
  it('take an id, a name, and optionally a description and aliases', () => {
    const parsed = articleSchema.parse({ ...base, organisations: [{ id: 'kremlin', name: 'the Kremlin' }] });
    expect(parsed.organisations).toEqual([{ id: 'kremlin', name: 'the Kremlin', aliases: [] }]);
    expect(parsed.quotes).toEqual({ exclude: [], unnamed: [], uncredited: [] });
  });

  it('need a name', () => {
    expect(problems({ ...base, organisations: [{ id: 'kremlin' }] })).toEqual([
      'organisations.0.name: every organisation needs a name, for example name: "the Kremlin"',
    ]);
  });

  it('share one set of ids with people, and leave "unnamed" to unnamed sources', () => {
    expect(problems({ ...base, organisations: [{ id: 'peskov', name: 'Peskov Ltd' }] })).toEqual([
      'organisations.0.id: the id "peskov" is already taken by someone in people or organisations; give each a different id',
    ]);
    expect(problems({ ...base, organisations: [{ id: 'unnamed', name: 'Anonymous' }] })).toEqual([
      'organisations.0.id: "unnamed" is kept for the quotes of unnamed sources (unnamed-1, unnamed-2, …); choose another id',
    ]);
  });
});

describe('a person’s pronoun', () => {
  it('is optional, and he, she or they', () => {
    expect(problems({ ...base, people: [{ ...base.people[0], pronoun: 'he' }] })).toEqual([]);
    expect(problems({ ...base, people: [{ ...base.people[0], pronoun: 'him' }] })).toEqual([
      'people.0.pronoun: write he, she or they',
    ]);
  });
});

describe('figures claimed by an organisation', () => {
  const figure = { id: 'output', value: 432000, text: '432,000', unit: 'barrels', label: 'Output rise', claimant: 'OPEC+' };

  it('may name a person or an organisation in claimedBy, and nothing else', () => {
    const organisations = [{ id: 'opec', name: 'OPEC+' }];
    expect(problems({ ...base, organisations, figures: [{ ...figure, claimedBy: 'opec' }] })).toEqual([]);
    expect(problems({ ...base, organisations, figures: [{ ...figure, claimedBy: 'peskov' }] })).toEqual([]);
    expect(problems({ ...base, organisations, figures: [{ ...figure, claimedBy: 'iea' }] })).toEqual([
      'figures.0.claimedBy: "iea" is not the id of anyone in people or organisations; add them or fix the id',
    ]);
  });
});
