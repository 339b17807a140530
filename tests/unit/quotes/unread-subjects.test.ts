/**
 * Subjects without a source noun (unread-subjects.ts): someone unnamed whom
 * the finder has no noun for is an unnamed source when "one" and plain words
 * describe them (`One juror said`, `one of the stranded climbers said`);
 * when their words leave the description in doubt (`a bystander said`, `One
 * day, …`, `a bystander near the gate said`) they credit nobody. Either way a
 * pronoun after them never reaches back past them to a person named earlier.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const PEOPLE: Person[] = [
  { id: 'hale', name: 'Nora Hale', role: 'Prosecutor', aliases: [] },
  { id: 'crane', name: 'Owen Crane', role: 'Harbour master', aliases: [] },
];

/** Each quotation with who it is credited to (an id, a description, or `?` for none), in article order. */
function credits(...texts: string[]): [string, string][] {
  const { quotes, unattributed } = findQuotes(
    texts.map((text, i) => ({ text, line: 1 + 2 * i })),
    PEOPLE,
  );
  return [
    ...quotes.map((q) => ({ at: q.paragraphIndex, pair: [q.text, q.sourceId ?? q.description!] as [string, string] })),
    ...unattributed.map((u) => ({ at: u.paragraphIndex, pair: [u.text, '?'] as [string, string] })),
  ]
    .sort((a, b) => a.at - b.at)
    .map(({ pair }) => pair);
}

describe('an unread subject', () => {
  const before = 'Nora Hale told the court the ledgers had been altered by hand.';
  const answer = '“Every figure was checked twice,” she said.';

  it('without one, lets the pronoun reach the woman named before (the control)', () => {
    expect(credits(before, answer)).toEqual([['Every figure was checked twice', 'hale']]);
  });

  it('opening its sentence with an appositive is the unnamed source a later “she” refers to', () => {
    const juror = 'One juror, a former bookkeeper who asked not to be named, said the ledgers decided it.';
    expect(credits(before, juror, answer)).toEqual([['Every figure was checked twice', 'One juror']]);
  });

  it('may run through `of the` and a participle before its noun', () => {
    const climber = 'One of the stranded climbers, a woman in her 40s, said the rope had frayed overnight.';
    expect(credits(before, climber, '“We took turns keeping watch,” she said.')).toEqual([
      ['We took turns keeping watch', 'One of the stranded climbers'],
    ]);
  });

  it('opened by a/an after a closing quote mark is no source, and neither is the pronoun that follows it', () => {
    expect(
      credits(
        'Owen Crane closed the quay at noon.',
        '“The wall could go at any moment,” a fisherman’s widow said.',
        '“I have seen it happen,” he added.',
      ),
    ).toEqual([
      ['The wall could go at any moment', '?'],
      ['I have seen it happen', '?'],
    ]);
  });

  it('that is a time, not a person, is no source (`One day, …`, `A week later, …`)', () => {
    expect(credits('One day, the harbour crew, soaked through, shouted: “Close the gates.”')).toEqual([
      ['Close the gates.', '?'],
    ]);
    expect(credits('“We will reopen,” a week later said Owen Crane.')).toEqual([['We will reopen', '?']]);
  });

  it('after a verb that allows it (`said one regular`) is a source too', () => {
    expect(credits('Owen Crane closed the quay at noon.', '“Nobody warned us,” said one regular.')).toEqual([
      ['Nobody warned us', 'one regular'],
    ]);
  });

  it('in words that leave its end in doubt credits nobody, and blocks the pronoun after it', () => {
    expect(
      credits(
        'Owen Crane closed the quay at noon.',
        '“The wall could go at any moment,” a bystander near the gate said.',
        '“I have seen it happen,” he added.',
      ),
    ).toEqual([
      ['The wall could go at any moment', '?'],
      ['I have seen it happen', '?'],
    ]);
  });

  it('is not a time phrase set off by commas before the speaker (`A day later, she said …, adding`)', () => {
    const later = 'A day later, she said the count was sound, adding that the ledgers spoke for themselves.';
    expect(credits(before, later, answer)).toEqual([['Every figure was checked twice', 'hale']]);
  });

  it('described at length, with a name of a place in it and an aside, blocks the pronoun after it', () => {
    expect(
      credits(
        before,
        'A clerk at the Harwick County registry, who would not give her name, said the books were kept locked.',
        answer,
      ),
    ).toEqual([['Every figure was checked twice', '?']]);
  });

  it('after an opening “but” blocks the pronoun after it too', () => {
    expect(credits(before, 'But an auditor hired by the firm said the changes were made in good faith.', answer)).toEqual([
      ['Every figure was checked twice', '?'],
    ]);
  });

  it('in many words is never a plain description, even opened by “one”', () => {
    expect(credits(before, 'One clerk at the Harwick County registry said the books were kept locked.', answer)).toEqual([
      ['Every figure was checked twice', '?'],
    ]);
  });
});
