/**
 * Attribution on single clauses: which mention a clause credits. The clause
 * is the whole text given; mentions come from the real finders.
 */
import { describe, expect, it } from 'vitest';
import { creditedMention } from '../../../src/quotes/attribution';
import { isSubject } from '../../../src/quotes/subjects';
import type { Organisation, Person } from '../../../src/article/schema';
import { mentionsOf, namedSources, pronounMentions, type Mention } from '../../../src/quotes/sources';
import { findDescriptions } from '../../../src/quotes/unnamed-sources';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = ['Sergei Lavrov', 'Antony Blinken', 'Dmitry Peskov', 'Vladimir Putin', 'Xie Zhenhua', 'John Kerry'].map((name) =>
  person(name.split(' ')[1].toLowerCase(), name),
);
const ORGANISATIONS: Organisation[] = [{ id: 'kremlin', name: 'the Kremlin', aliases: [] }];

function mentionsIn(text: string): Mention[] {
  return [...mentionsOf(text, namedSources(PEOPLE, ORGANISATIONS)), ...findDescriptions(text), ...pronounMentions(text)].sort(
    (a, b) => a.start - b.start,
  );
}

/** The words of the mention the clause credits, or undefined. `before`: the clause comes before the quotation. */
function credited(text: string, before = false): string | undefined {
  const m = creditedMention(text, { from: 0, to: text.length }, mentionsIn(text), { before, floor: 0, quoted: () => false });
  return m && text.slice(m.start, m.end);
}

describe('the subject before the verb', () => {
  it('is the mention next to the verb, or a few words before it', () => {
    expect(credited(' Lavrov said.')).toBe('Lavrov');
    expect(credited(' the Kremlin said in a statement.')).toBe('the Kremlin');
    expect(credited(' Putin on Tuesday told reporters.')).toBe('Putin');
    expect(credited(' a senior Western diplomat told AFP on condition of anonymity.')).toBe('a senior Western diplomat');
    expect(credited(' he added.')).toBe('he');
  });

  it('may be followed by an appositive, or by an of/from/with phrase', () => {
    expect(credited(' Peskov, the Kremlin spokesman, said.')).toBe('Peskov');
    expect(credited(' Peskov, a Kremlin spokesman, said.')).toBe('Peskov');
    expect(credited('John Kerry, who met his Chinese counterpart Xie Zhenhua twice on Thursday, said: ', true)).toBe(
      'John Kerry',
    );
    expect(credited('The Kremlin’s spokesman, Dmitry Peskov, said: ', true)).toBe('Dmitry Peskov');
    expect(credited(' a spokesman for the Kremlin said.')).toBe('a spokesman for the Kremlin');
  });

  it('is never the listener, a name after a preposition, a possessive or a title', () => {
    expect(credited(' Lavrov told Putin.')).toBe('Lavrov');
    expect(credited('Asked about Blinken’s visit, Lavrov said: ', true)).toBe('Lavrov');
    expect(credited('After meeting Blinken, the minister said: ', true)).toBe('the minister');
    expect(credited('After meeting Blinken, Russia’s foreign minister said: ', true)).toBeUndefined();
    expect(credited(' Putin’s spokesman said.')).toBeUndefined();
    expect(credited(' Kremlin spokesman Ivan Ivanov told reporters.')).toBeUndefined();
  });

  it('may follow title words that end in -ing, and names that do', () => {
    expect(credited(' acting foreign minister Sergei Lavrov said.')).toBe('Sergei Lavrov');
    expect(credited(' Beijing envoy Xie Zhenhua said.')).toBe('Xie Zhenhua');
    expect(credited('Speaking in Geneva, Lavrov said: ', true)).toBe('Lavrov');
    expect(credited(' Peskov, speaking to reporters, said.')).toBe('Peskov');
  });

  it('is not a name joined to another by "and"', () => {
    expect(credited(' Blinken and Lavrov said.')).toBeUndefined();
  });
});

describe('the subject after the verb', () => {
  it('follows said, added and according to, with title words between', () => {
    expect(credited(' said Russian President Vladimir Putin.')).toBe('Vladimir Putin');
    expect(credited(' said the Kremlin spokesman, Dmitry Peskov.')).toBe('Dmitry Peskov');
    expect(credited(' according to a source close to the talks.')).toBe('a source close to the talks');
  });

  it('never follows told or asked, and never across a phrase that is no title', () => {
    expect(credited(' the diplomat told Blinken.')).toBe('the diplomat');
    expect(credited(' a reporter told Blinken.')).toBeUndefined();
    expect(credited(' asked Lavrov.')).toBeUndefined();
    expect(credited(' said during a visit by Blinken.')).toBeUndefined();
    expect(credited(' said he.')).toBeUndefined();
  });
});

describe('a clause without a verb', () => {
  it('credits its one subject when it introduces the quote with a colon', () => {
    expect(credited('Peskov was blunt: ', true)).toBe('Peskov');
    expect(credited('Peskov, like Lavrov, was blunt: ', true)).toBe('Peskov');
    expect(credited('Peskov was blunt; ', true)).toBeUndefined();
  });
});

describe('the verb nearest the quotation is read first', () => {
  it('after the quote, the first verb; before it, the last', () => {
    expect(credited(' Lavrov said, adding that Blinken told him so.')).toBe('Lavrov');
    expect(credited('Blinken said Lavrov told reporters: ', true)).toBe('Lavrov');
  });
});

describe('isSubject', () => {
  it('accepts only title words, and no other name, before the mention in its clause', () => {
    const text = 'US climate envoy John Kerry, who met Xie Zhenhua, said: but Lavrov agreed';
    const all = mentionsIn(text);
    const subject = (words: string) =>
      isSubject(
        text,
        all.find((m) => text.slice(m.start, m.end) === words)!,
        all,
      );
    expect(subject('John Kerry')).toBe(true);
    expect(subject('Xie Zhenhua')).toBe(false);
    expect(subject('Lavrov')).toBe(true);
  });
});
