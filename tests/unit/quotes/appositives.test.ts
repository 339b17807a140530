/**
 * A description set off by commas beside a person's name (read-paragraphs.ts)
 * is that person: it credits them, `the analyst` later refers back to them,
 * and it is never counted as a second, unnamed source.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import type { Organisation, Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = [person('roe', 'Jane Roe'), person('lee', 'Ann Lee'), person('osei', 'Kofi Osei')];
const ORGANISATIONS: Organisation[] = [{ id: 'acme', name: 'Acme', aliases: [] }];

/** Each quotation's source: a person's id, an unnamed description, or "none". */
function sources(text: string): string[] {
  const paragraphs = text.split('\n\n').map((block, i) => ({ text: block, line: i * 2 + 1 }));
  const { quotes, unattributed } = findQuotes(paragraphs, PEOPLE, { organisations: ORGANISATIONS });
  return [...quotes, ...unattributed]
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex)
    .map((q) => ('kind' in q ? (q.sourceId ?? q.description!) : 'none'));
}

describe('a description in apposition to a name', () => {
  it('after the name, is the named person, also for a later back-reference', () => {
    expect(
      sources('“Freight rates have doubled,” said Jane Roe, an analyst at Acme.\n\n“They will fall,” the analyst said.'),
    ).toEqual(['roe', 'roe']);
    expect(
      sources('Jane Roe, an analyst at Acme, said: “Freight rates have doubled.”\n\n“They will fall,” the analyst added.'),
    ).toEqual(['roe', 'roe']);
  });

  it('before the name, is the named person too', () => {
    expect(
      sources(
        '“The queue never moved,” said a local official, Ann Lee, who waited six hours.\n\n“Nobody came,” the official said.',
      ),
    ).toEqual(['lee', 'lee']);
  });

  it('gives the person the pronoun its noun implies', () => {
    const people = [{ ...person('roe', 'Jane Roe'), pronoun: 'she' as const }, person('osei', 'Kofi Osei')];
    const text = 'Roe toured the quay with Kofi Osei, a spokesman for the port.\n\n“Try again tomorrow,” he said.';
    const paragraphs = text.split('\n\n').map((block, i) => ({ text: block, line: i * 2 + 1 }));
    expect(findQuotes(paragraphs, people).quotes.map((q) => q.sourceId)).toEqual(['osei']);
  });

  it('may be followed by a relative clause, and still be the person', () => {
    expect(
      sources('“The line closes at six,” said Jane Roe, a rail worker who joined the company at 19. “My knees know it.”'),
    ).toEqual(['roe', 'roe']);
  });

  it('after another description, is the source that one describes', () => {
    const text =
      'One rescuer, a member of the mountain team who had walked up overnight, said his crew had found no one. “The walls are mud,” he told reporters.';
    expect(sources(text)).toEqual(['One rescuer']);
  });

  it('is not cut short by a comma inside a number', () => {
    expect(sources('“We hid in the bath,” said Lee, 31, of a town of about 1,900 people. “Then the roof went.”')).toEqual([
      'lee',
      'lee',
    ]);
  });

  it('is a second source when a verb follows it, or when it is plural', () => {
    expect(sources('“She was calm,” guards told Lee, a source said.')).toEqual(['a source']);
    expect(sources('“She was calm,” guards told Lee, two officials said.')).toEqual(['two officials']);
  });
});
