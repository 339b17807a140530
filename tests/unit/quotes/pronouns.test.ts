/** Whom a pronoun refers to: the nearest fitting subject before it. */
import { describe, expect, it } from 'vitest';
import { Antecedents } from '../../../src/quotes/pronouns';
import type { Referent } from '../../../src/quotes/referents';
import { namedSources } from '../../../src/quotes/sources';

const SOURCES = namedSources(
  [
    { id: 'putin', name: 'Vladimir Putin', role: 'President of Russia', aliases: [] },
    { id: 'zakharova', name: 'Maria Zakharova', role: 'Spokeswoman, Russian foreign ministry', aliases: [] },
    { id: 'ana', name: 'Ana Petrova', role: 'Official', aliases: [] },
  ],
  [{ id: 'kremlin', name: 'the Kremlin', aliases: [] }],
);
const named = (sourceId: string, kind: Referent['kind'] = 'person'): Referent => ({ kind, sourceId, key: sourceId });
const diplomat: Referent = { kind: 'unnamed', description: 'a senior diplomat', key: 'd' };
const sources: Referent = { kind: 'unnamed', description: 'two sources', plural: true, key: 's' };
const at = (paragraphIndex: number, offset = 0) => ({ paragraphIndex, offset });

function antecedents(...notes: Referent[]): Antecedents {
  const a = new Antecedents(SOURCES);
  notes.forEach((referent, i) => a.note(at(i), referent));
  return a;
}

describe('Antecedents.resolve', () => {
  it('takes the nearest subject before the pronoun that fits it', () => {
    const a = antecedents(named('putin'), named('zakharova'), named('kremlin', 'organisation'));
    expect(a.resolve('he', at(9))?.sourceId).toBe('putin');
    expect(a.resolve('she', at(9))?.sourceId).toBe('zakharova');
    expect(a.resolve('it', at(9))?.sourceId).toBe('kremlin');
    expect(a.resolve('she', at(1))?.sourceId).toBeUndefined();
  });

  it('fits he or she to one unnamed source, they to several or to an organisation, never they to a person', () => {
    expect(antecedents(named('putin'), diplomat).resolve('he', at(9))).toBe(diplomat);
    expect(antecedents(named('putin'), sources).resolve('they', at(9))).toBe(sources);
    expect(antecedents(named('putin'), named('kremlin', 'organisation')).resolve('they', at(9))?.sourceId).toBe('kremlin');
    expect(antecedents(named('putin')).resolve('they', at(9))).toBeUndefined();
    expect(antecedents(named('kremlin', 'organisation')).resolve('he', at(9))).toBeUndefined();
  });

  it('gives it and they only the nearest subject: they never skip a person to reach an organisation', () => {
    expect(antecedents(named('kremlin', 'organisation'), named('putin')).resolve('it', at(9))).toBeUndefined();
    expect(antecedents(sources, named('putin')).resolve('they', at(9))).toBeUndefined();
  });

  it('leaves he or she to nobody when the subject’s pronoun is unknown and a person named since is known to fit', () => {
    const a = antecedents(named('putin'));
    a.noteName(at(0, 10), 'zakharova');
    expect(a.resolve('she', at(9))).toBeUndefined();
    expect(a.resolve('he', at(9))?.sourceId).toBe('putin');
  });

  it('gives way, past a subject known not to fit, to the one person named since who is known to fit', () => {
    const a = antecedents(named('putin'));
    a.learn('putin', 'Mr');
    a.noteName(at(0, 10), 'zakharova');
    expect(a.resolve('she', at(9))?.sourceId).toBe('zakharova');
    a.noteName(at(0, 20), 'ana');
    a.learn('ana', 'spokeswoman');
    expect(a.resolve('she', at(9))).toBeUndefined();
  });

  it('never gives way to a person named only in passing, though such a name still makes the pronoun ambiguous', () => {
    const a = antecedents(named('putin'));
    a.learn('putin', 'Mr');
    a.learn('zakharova', 'spokeswoman');
    a.noteName(at(0, 10), 'zakharova', false);
    expect(a.resolve('she', at(9))).toBeUndefined();
    const b = antecedents(named('ana'));
    b.learn('zakharova', 'spokeswoman');
    b.noteName(at(0, 10), 'zakharova', false);
    expect(b.resolve('she', at(9))).toBeUndefined();
  });

  it('takes a pronoun the frontmatter gives over what the role says, and lets "they" mean such a person', () => {
    const a = new Antecedents(namedSources([{ id: 'sam', name: 'Sam Lee', role: 'Spokeswoman', aliases: [], pronoun: 'they' }]));
    a.note(at(0), named('sam'));
    expect(a.resolve('she', at(9))).toBeUndefined();
    expect(a.resolve('they', at(9))?.sourceId).toBe('sam');
  });

  it('learns a pronoun from a title word and from a resolution, and skips a person it does not fit', () => {
    const a = antecedents(named('putin'), named('ana'));
    a.learn('ana', 'spokeswoman');
    expect(a.resolve('he', at(9))?.sourceId).toBe('putin');
    expect(a.resolve('she', at(9))?.sourceId).toBe('ana');
    const b = antecedents(named('putin'), named('ana'));
    expect(b.resolve('she', at(5))?.sourceId).toBe('ana');
    expect(b.resolve('he', at(5))?.sourceId).toBe('putin');
  });

  it('counts only what comes before the pronoun, in paragraph order then offset', () => {
    const a = new Antecedents(SOURCES);
    a.note(at(2, 50), named('putin'));
    a.note(at(3, 0), diplomat);
    expect(a.resolve('he', at(3, 0))?.sourceId).toBe('putin');
    expect(a.resolve('he', at(3, 1))).toBe(diplomat);
  });
});
