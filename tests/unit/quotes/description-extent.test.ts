/**
 * How far an unnamed source's description runs after its noun: through the
 * name of the organisation written after its noun (`a spokesman for the
 * dockers' union TGU`), and through a participle phrase that says which
 * person is meant (`a woman selling bread outside the station`), but not
 * through a phrase the participle opens with a word a description stops at;
 * and through a relative clause with no comma before it that runs to a
 * punctuation mark, or straight to the verb of saying whose subject it is.
 */
import { describe, expect, it } from 'vitest';
import { findDescriptions } from '../../../src/quotes/unnamed-sources';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const described = (text: string) => findDescriptions(text).map((m) => m.description);

describe('a description with a name after its noun', () => {
  it('keeps the organisation’s name written after the noun', () => {
    expect(described('A spokesman for the national port workers union TGU, speaking by phone, said so.')).toEqual([
      'A spokesman for the national port workers union TGU',
    ]);
  });

  it('in apposition to a named person is that person, and so is the pronoun after it', () => {
    const people: Person[] = [{ id: 'vidal', name: 'Ines Vidal', role: 'x', aliases: [] }];
    const { quotes } = findQuotes(
      [
        { text: 'Ines Vidal, a spokeswoman for the national flour millers federation FNM, said stocks were low.', line: 1 },
        { text: '“We have flour for a fortnight,” she said.', line: 3 },
      ],
      people,
    );
    expect(quotes.map((q) => [q.text, q.sourceId ?? q.description])).toEqual([['We have flour for a fortnight', 'vidal']]);
  });
});

describe('a description naming an organisation that lists its parts', () => {
  it('runs through the whole name, commas and all', () => {
    expect(described('A spokeswoman for the Office for Rail, Roads and Ports said: “We are looking into it.”')).toEqual([
      'A spokeswoman for the Office for Rail, Roads and Ports',
    ]);
  });

  it('stops at the comma when what follows is no capitalised name', () => {
    expect(described('A spokeswoman for the Office for Rail, speaking on Monday, said so.')).toEqual([
      'A spokeswoman for the Office for Rail',
    ]);
  });
});

describe('a description with a participle after its noun', () => {
  it('runs to a punctuation mark, and before a verb stops at the noun', () => {
    expect(described('“Too dear,” said a woman selling bread outside the station, who gave no name.')).toEqual([
      'a woman selling bread outside the station',
    ]);
    expect(described('A man waiting at the bus stop said the fares had doubled.')).toEqual(['A man']);
  });

  it('stops at the noun when the phrase holds a word descriptions stop at, or the -ing word is no participle', () => {
    expect(described('said a woman speaking on condition of anonymity.')).toEqual(['a woman']);
    expect(described('an official during a briefing, he said.')).toEqual(['an official']);
  });
});

describe('a description with a relative clause after its noun', () => {
  it('keeps a clause with no comma before it that runs to a punctuation mark', () => {
    expect(described('“It left early,” said a passenger who had missed the last boat, shaking his head.')).toEqual([
      'a passenger who had missed the last boat',
    ]);
  });

  it('keeps a long clause with no comma that runs straight to the verb its noun is the subject of', () => {
    expect(
      described('A worker who did not want his name printed because he still works for the firm said the brakes were worn.'),
    ).toEqual(['A worker who did not want his name printed because he still works for the firm']);
    const { quotes } = findQuotes(
      [{ text: 'A woman who would not be named because she had not been cleared to speak said: “We ran out of beds.”', line: 1 }],
      [],
    );
    expect(quotes.map((q) => q.description)).toEqual([
      'A woman who would not be named because she had not been cleared to speak',
    ]);
  });

  it('keeps a clause of up to fifteen words that runs to a comma, leaving out the aside after it', () => {
    const text =
      'A doctor who works nights on the children’s ward of a small hospital outside Brno, and who gave only her first name, said the heating had failed.';
    expect(described(text)).toEqual(['A doctor who works nights on the children’s ward of a small hospital outside Brno']);
  });

  it('credits nobody, through a later `the doctor` either, when the clause runs on past fifteen words', () => {
    const people: Person[] = [{ id: 'ruiz', name: 'Elena Ruiz', role: 'Doctor', aliases: [] }];
    const { quotes, unattributed } = findQuotes(
      [
        { text: 'Elena Ruiz runs the ward.', line: 1 },
        {
          text: 'A doctor who has worked nights on the children’s ward of the small hospital outside Brno for most of the past decade and more said the heating failed.',
          line: 3,
        },
        { text: '“We wrapped the babies in our coats,” the doctor said.', line: 5 },
        { text: '“Nobody came until morning,” she said.', line: 7 },
      ],
      people,
    );
    expect(quotes).toEqual([]);
    expect(unattributed.map((u) => u.text)).toEqual(['We wrapped the babies in our coats', 'Nobody came until morning']);
  });

  it('leaves out a clause set off by a comma, and one holding a verb of saying', () => {
    expect(described('A tourist, who would not give her name, said the museum was shut.')).toEqual(['A tourist']);
    expect(described('It was a shopper who told us, in the end.')).toEqual(['a shopper']);
  });
});

describe('people quoted at the scene without a name', () => {
  it('include `someone` and `somebody`, which need no determiner', () => {
    expect(described('At that, somebody in the stalls, a boy, stood up.')).toEqual(['somebody in the stalls']);
    const { quotes } = findQuotes([{ text: '“Bravo!” someone at the back shouted.', line: 1 }], []);
    expect(quotes.map((q) => [q.text, q.description])).toEqual([['Bravo!', 'someone at the back']]);
  });

  it('are unnamed sources, and a pronoun after them is theirs, not a person named before', () => {
    const people: Person[] = [{ id: 'ruiz', name: 'Elena Ruiz', role: 'x', aliases: [] }];
    const { quotes } = findQuotes(
      [
        { text: 'Elena Ruiz, who runs the stall, said prices had doubled.', line: 1 },
        { text: 'A Dutch tourist browsing the stall said she had not noticed. “It all looks cheap to me,” she said.', line: 3 },
      ],
      people,
    );
    expect(quotes.map((q) => [q.text, q.sourceId ?? q.description])).toEqual([['It all looks cheap to me', 'A Dutch tourist']]);
  });
});
