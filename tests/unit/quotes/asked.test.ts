/**
 * Someone asked a question answers it: after `Roe asked Hale whether …` a
 * pronoun that fits only the person asked is theirs, a pronoun that fits
 * both is left to the editor, and a quotation that is itself a question
 * stays the asker's.
 */
import { describe, expect, it } from 'vitest';
import { credits, person } from '../../support/quote-credits';

describe('a person asked a question', () => {
  it('answers it when the pronoun does not fit the one who asked', () => {
    const people = [person('kell', 'Ivo Kell', 'he'), person('marr', 'Lena Marr')];
    expect(
      credits(
        people,
        'Prosecutor Ivo Kell asked Marr where she had parked. “Was it near the gate?” he asked.',
        '“It was right by the gate,” she answered.',
      ),
    ).toEqual([
      ['Was it near the gate?', 'kell'],
      ['It was right by the gate', 'marr'],
    ]);
  });

  it('leaves the answer to the editor when the pronoun may fit either', () => {
    const people = [person('kell', 'Ivo Kell'), person('dunn', 'Rob Dunn')];
    expect(credits(people, 'Kell asked Dunn whether he would stand down. “Not while I can work,” he said.')).toEqual([
      ['Not while I can work', '?'],
    ]);
  });
});
