/**
 * Attribution layouts agency copy uses around the verb (layouts.ts,
 * attribution.ts): a stray comma after the subject, an appositive before
 * `said:`, a descriptor then a name after the verb, a quoted fragment inside
 * the attribution clause.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = [person('roe', 'Jane Roe'), person('lee', 'Ann Lee')];

/** Each quotation's source in article order: a person's id, an unnamed description, or "none". */
function sources(text: string): string[] {
  const { quotes, unattributed } = findQuotes([{ text, line: 1 }], PEOPLE);
  return [
    ...quotes.map((q) => ({ at: text.indexOf(q.text), source: q.sourceId ?? q.description! })),
    ...unattributed.map((q) => ({ at: text.indexOf(q.text), source: 'none' })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((q) => q.source);
}

describe('a stray comma between the subject and its verb', () => {
  it('still makes the name opening the sentence the subject of a verb before a colon', () => {
    expect(sources('Jane Roe, tweeted: “The bridge stays shut until spring.”')).toEqual(['roe']);
    expect(sources('Roe, told reporters on Monday: “The bridge stays shut.”')).toEqual(['roe']);
  });

  it('gives way to a name right before the verb, and needs the colon', () => {
    expect(sources('Roe, Lee said: “The bridge stays shut.”')).toEqual(['lee']);
    expect(sources('“The bridge stays shut,” Jane Roe, tweeted.')).toEqual(['none']);
  });
});

describe('an appositive set off by commas before the verb', () => {
  it('lets the name before it speak, also before a colon', () => {
    expect(sources('Roe, who chairs the transport panel, said: “The bridge stays shut.”')).toEqual(['roe']);
    expect(sources('Roe, the panel’s longest-serving member, told reporters: “The bridge stays shut.”')).toEqual(['roe']);
  });
});

describe('a descriptor, a comma, then a name after the verb', () => {
  it('credits the name', () => {
    expect(sources('“We queued from dawn,” said one mother, Ann Lee, who waited six hours.')).toEqual(['lee']);
    expect(sources('“We queued from dawn,” said the group’s founder, Ann Lee.')).toEqual(['lee']);
  });

  it('lets the descriptor open with a possessive, and the name be followed by a relative clause', () => {
    expect(sources('“She never missed a session,” said her coach, Ann Lee, who has trained her since she was 12.')).toEqual([
      'lee',
    ]);
    expect(sources('“We queued from dawn,” said one mother, Ann Lee, who waited six hours. “Nobody came.”')).toEqual([
      'lee',
      'lee',
    ]);
  });

  it('keeps a description whose comma leads to another speaker’s verb', () => {
    expect(sources('“We queued from dawn,” said a witness, Lee added.')).toEqual(['a witness']);
  });
});

describe('a quoted fragment inside the attribution clause', () => {
  it('does not stop the clause from crediting its subject, nor the quotation after it', () => {
    expect(sources('“It is unworkable,” Roe said, calling the timetable “a fantasy”.')).toEqual(['roe']);
    expect(sources('“It is unworkable,” Roe said, calling the timetable “a fantasy”. “Nobody believes it.”')).toEqual([
      'roe',
      'roe',
    ]);
  });
});
