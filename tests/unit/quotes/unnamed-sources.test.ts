/** The descriptions of unnamed sources, and the back-references to them. */
import { describe, expect, it } from 'vitest';
import { findDescriptions } from '../../../src/quotes/unnamed-sources';

/** Each description's words, and whether it refers back. */
const described = (text: string, marked: string[] = []) =>
  findDescriptions(text, marked).map((m) => [m.description, m.backReference ? 'back' : m.plural ? 'plural' : 'one']);

describe('descriptions', () => {
  it('open with an indefinite word, with what stands between it and the noun', () => {
    expect(described('“No,” a senior Western diplomat told AFP on condition of anonymity.')).toEqual([
      ['a senior Western diplomat', 'one'],
    ]);
    expect(described('Two OPEC+ sources told Reuters, and one U.S. official agreed.')).toEqual([
      ['Two OPEC+ sources', 'plural'],
      ['one U.S. official', 'one'],
    ]);
  });

  it('keep plain lower-case words between a number and a plural noun, not a phrase with a preposition', () => {
    expect(described('Three panel diplomats said the vote would slip.')).toEqual([['Three panel diplomats', 'plural']]);
    expect(described('She told a meeting with senior diplomats that it would slip.')).toEqual([['senior diplomats', 'plural']]);
  });

  it('may be bare plurals, with capitalised or listed words before the noun', () => {
    expect(described('as Western officials disputed it; Sources close to the talks said so; senior officials agree')).toEqual([
      ['Western officials', 'plural'],
      ['Sources close to the talks', 'plural'],
      ['senior officials', 'plural'],
    ]);
  });

  it('keep what follows the noun after close to, familiar with, of, in, at, from, for, up to a verb or a comma', () => {
    expect(described('A person familiar with the bank’s plans said so.')).toEqual([
      ['A person familiar with the bank’s plans', 'one'],
    ]);
    expect(described('A Western diplomat in Bamako, who asked not to be named, said so.')).toEqual([
      ['A Western diplomat in Bamako', 'one'],
    ]);
    expect(described('said a spokeswoman for the ministry.')).toEqual([['a spokeswoman for the ministry', 'one']]);
    expect(described('a diplomat on Monday said')).toEqual([['a diplomat', 'one']]);
  });

  it('are not titles before a name, nouns after a possessive, or singular nouns without a determiner', () => {
    expect(described('Kremlin spokesman Dmitry Peskov said, and a spokesman Ivan agreed.')).toEqual([]);
    expect(described('Putin’s spokesman said. The Kremlin’s two aides said.')).toEqual([]);
    expect(described('Ministry official said')).toEqual([]);
  });
});

describe('back-references', () => {
  it('are the noun after "the", also after a number or in a partitive', () => {
    expect(described('the official said; the two ministers said; one of the sources said')).toEqual([
      ['the official', 'back'],
      ['the two ministers', 'back'],
      ['one of the sources', 'back'],
    ]);
  });

  it('carry the singular of their noun, which is what they must match', () => {
    expect(findDescriptions('one of the sources said').map((m) => m.noun)).toEqual(['source']);
  });
});

describe('descriptions the editor marks in quotes.unnamed', () => {
  it('are found as written, also with a capital first, and win over the rule where they overlap', () => {
    expect(
      described('One participant in the closed-door session told AFP.', ['one participant in the closed-door session']),
    ).toEqual([['One participant in the closed-door session', 'one']]);
    expect(described('a member of the negotiating team said', ['a member of the negotiating team'])).toEqual([
      ['a member of the negotiating team', 'one'],
    ]);
  });
});
