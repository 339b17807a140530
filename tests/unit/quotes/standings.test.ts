/**
 * Standings (standings.ts): `the 61-year-old`, `the father of three` after a
 * quotation are the person the text just named, or the one it wrote with
 * that age; when another person stands between, or the kin word does not
 * fit, or the text gives that age to someone unnamed too, nobody is credited.
 */
import { describe, expect, it } from 'vitest';
import { credits } from '../../support/quote-credits';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string, pronoun?: 'he' | 'she'): Person => ({
  id,
  name,
  role: 'Beekeeper',
  aliases: [],
  ...(pronoun ? { pronoun } : {}),
});
const QUINT = person('quint', 'Rosa Quint');
const BERG = person('berg', 'Jonas Berg');

describe('an age as the speaker', () => {
  it('is the person who was the subject just before it', () => {
    expect(
      credits(
        [QUINT, BERG],
        'Rosa Quint, who keeps hives below the dam, said the flood had reached them overnight.',
        '“We lost forty colonies,” the 61-year-old told reporters.',
      ),
    ).toEqual([['We lost forty colonies', 'quint']]);
  });

  it('is nobody when the text gives that age to someone unnamed as well', () => {
    const found = credits(
      [QUINT, BERG],
      'Rosa Quint said the hives were lost, and a 70-year-old keeper who asked not to be named said the same.',
      '“Nothing was left standing,” the 70-year-old said.',
    );
    expect(found.filter(([, who]) => who === 'quint')).toEqual([]);
  });

  it('is the one person the text wrote with that age, whoever spoke last', () => {
    expect(
      credits(
        [QUINT, BERG],
        'Jonas Berg, 44, opened the sluice at dawn.',
        'Rosa Quint said the water had come too fast.',
        '“I had no choice,” the 44-year-old said.',
      ),
    ).toEqual([['I had no choice', 'berg']]);
  });

  it('credits nobody when another person is named between, or the subject’s written age is another', () => {
    expect(
      credits(
        [QUINT, BERG],
        'Rosa Quint said the flood came after Jonas Berg opened the sluice.',
        '“We lost forty colonies,” the 61-year-old said.',
      ),
    ).toEqual([['We lost forty colonies', '?']]);
    expect(
      credits([QUINT, BERG], 'Rosa Quint, 58, said the flood came fast.', '“We lost it all,” the 61-year-old said.'),
    ).toEqual([['We lost it all', '?']]);
  });
});

describe('a kin word and a count as the speaker', () => {
  it('is the person who spoke just before it', () => {
    expect(
      credits(
        [QUINT, BERG],
        '“The water was at the door by midnight,” Jonas Berg, 44, told AFP.',
        '“The children slept upstairs,” added the father of three.',
      ),
    ).toEqual([
      ['The water was at the door by midnight', 'berg'],
      ['The children slept upstairs', 'berg'],
    ]);
  });

  it('credits nobody when the kin word does not fit that person', () => {
    expect(
      credits(
        [person('quint', 'Rosa Quint', 'she')],
        '“The water was at the door by midnight,” Rosa Quint told AFP.',
        '“The children slept upstairs,” added the father of three.',
      ),
    ).toEqual([
      ['The water was at the door by midnight', 'quint'],
      ['The children slept upstairs', '?'],
    ]);
  });
});
