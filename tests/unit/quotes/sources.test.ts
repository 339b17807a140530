/** Named sources (people and organisations) and where the text mentions them. */
import { describe, expect, it } from 'vitest';
import { mentionsOf, namedSources, pronounHint, pronounMentions } from '../../../src/quotes/sources';
import type { Organisation, Person } from '../../../src/article/schema';

const person = (id: string, name: string, aliases: string[] = []): Person => ({ id, name, role: 'x', aliases });
const organisation = (id: string, name: string, aliases: string[] = []): Organisation => ({ id, name, aliases });
/** The mentions' words and source ids. */
const mentions = (text: string, people: Person[], organisations: Organisation[] = []) =>
  mentionsOf(text, namedSources(people, organisations)).map((m) => [text.slice(m.start, m.end), m.sourceId]);

describe('organisations', () => {
  const kremlin = organisation('kremlin', 'the Kremlin');
  const ministry = organisation('ministry', 'Russian foreign ministry', ['the ministry']);

  it('are found by name with or without its "the", either case first, and by alias', () => {
    expect(mentions('The Kremlin said. Kremlin aides and the Kremlin.', [], [kremlin])).toEqual([
      ['The Kremlin', 'kremlin'],
      ['Kremlin', 'kremlin'],
      ['the Kremlin', 'kremlin'],
    ]);
    expect(mentions('The ministry said, as the Russian foreign ministry had.', [], [ministry])).toEqual([
      ['The ministry', 'ministry'],
      ['Russian foreign ministry', 'ministry'],
    ]);
  });

  it('match an alias only as written: "the ministry" is not in "the health ministry"', () => {
    expect(mentions('the health ministry said', [], [ministry])).toEqual([]);
  });
});

describe('people', () => {
  it('are not found by a surname two of them share; an alias still finds one', () => {
    const novak = person('novak', 'Novak Djokovic');
    const srdjan = person('srdjan', 'Srdjan Djokovic');
    expect(mentions('Djokovic said, and Srdjan Djokovic agreed.', [novak, srdjan])).toEqual([['Srdjan Djokovic', 'srdjan']]);
    expect(mentions('Djokovic said.', [person('novak', 'Novak Djokovic', ['Djokovic']), srdjan])).toEqual([
      ['Djokovic', 'novak'],
    ]);
  });
});

describe('a person whose family name is written first', () => {
  it('is found by that first word when the given name after it is hyphenated in lower case (`Kang` of Kang Min-seok)', () => {
    const kang = person('kang', 'Kang Min-seok');
    expect(mentions('Kang said, and Min-seok did not.', [kang])).toEqual([['Kang', 'kang']]);
  });

  it('is found by the last word otherwise, and by neither when another person shares the first', () => {
    expect(mentions('Jean said, and Jean-Luc nodded.', [person('jean', 'Jean Dupont-Moreau')])).toEqual([]);
    const pair = [person('kang', 'Kang Min-seok'), person('hyun', 'Kang Hyun-woo')];
    expect(mentions('Kang said.', pair)).toEqual([]);
  });
});

describe('mentions that cannot name the speaker', () => {
  const people = [person('putin', 'Vladimir Putin'), person('peskov', 'Dmitry Peskov')];
  const nato = organisation('nato', 'NATO');

  it('flag a possessive', () => {
    expect(mentionsOf('Putin’s spokesman said', namedSources(people)).map((m) => m.possessive)).toEqual([true]);
  });

  it('flag a name in a title: before a title word or another capitalised word', () => {
    const text = 'Kremlin spokesman Dmitry Peskov met NATO Secretary General Jens Stoltenberg, and NATO said no.';
    const found = mentionsOf(text, namedSources(people, [organisation('kremlin', 'Kremlin'), nato]));
    expect(found.map((m) => [text.slice(m.start, m.end), m.title])).toEqual([
      ['Kremlin', true],
      ['Dmitry Peskov', false],
      ['NATO', true],
      ['NATO', false],
    ]);
  });
});

describe('pronouns', () => {
  it('finds he, she, it and they, not "it’s" or words containing them', () => {
    const text = 'He said it. They said she knew. It’s late; the theme, shed.';
    expect(pronounMentions(text).map((m) => m.pronoun)).toEqual(['he', 'it', 'they', 'she']);
  });

  it('reads "one of them" as they', () => {
    const text = '“No,” one of them said.';
    expect(pronounMentions(text).map((m) => [text.slice(m.start, m.end), m.pronoun])).toEqual([['one of them', 'they']]);
  });

  it('reads a pronoun off gendered words, or gives none', () => {
    expect(pronounHint('Spokeswoman, Russian foreign ministry')).toBe('she');
    expect(pronounHint('Kremlin spokesman')).toBe('he');
    expect(pronounHint('President of Ukraine')).toBeUndefined();
  });
});
