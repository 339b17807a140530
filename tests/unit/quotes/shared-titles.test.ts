/**
 * A title two listed people hold (`the minister`, `the senator`) is the one
 * who was the subject just before it, in its paragraph or the one before;
 * with someone else as that subject, or no one, the quotation is left to the
 * editor rather than given to either.
 */
import { describe, expect, it } from 'vitest';
import { credits as creditsOf } from '../../support/quote-credits';
import type { Person } from '../../../src/article/schema';

const PEOPLE: Person[] = [
  { id: 'roig', name: 'Ana Roig', role: 'Interior Minister', aliases: [] },
  { id: 'basu', name: 'Kiran Basu', role: 'Deputy health minister', aliases: [] },
  { id: 'lenz', name: 'Otto Lenz', role: 'Senator', aliases: [] },
  { id: 'pike', name: 'Dora Pike', role: 'Senator', aliases: [] },
];

const credits = (...texts: string[]) => creditsOf(PEOPLE, ...texts);

describe('a title two people hold', () => {
  it('is the one who was the subject just before', () => {
    expect(
      credits(
        'Kiran Basu said the clinics would open late.',
        'Interior Minister Ana Roig told reporters that the police had been sent in.',
        '“Order will be restored by tonight,” the minister said.',
      ),
    ).toEqual([['Order will be restored by tonight', 'roig']]);
    expect(credits('Senator Dora Pike spoke first. Otto Lenz met the mayor.', '“We have the votes,” the senator said.')).toEqual([
      ['We have the votes', 'lenz'],
    ]);
  });

  it('is nobody when the subject just before holds another title, or is further back', () => {
    expect(
      credits(
        'Interior Minister Ana Roig spoke first, and Kiran Basu later.',
        'The crowd then marched to the square.',
        '“Order will be restored by tonight,” the minister said.',
      ),
    ).toEqual([['Order will be restored by tonight', '?']]);
  });
});
