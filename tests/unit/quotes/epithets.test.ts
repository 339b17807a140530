/**
 * Epithets (epithets.ts): a listed person written again by their title
 * (`the station manager said`) is credited when one person holds that
 * title; an epithet nobody listed fits (`The former senator`) credits nobody,
 * and a pronoun after it never reaches past it to an earlier subject.
 */
import { describe, expect, it } from 'vitest';
import { credits } from '../../support/quote-credits';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string, role: string, aliases: string[] = []): Person => ({ id, name, role, aliases });

describe('an epithet', () => {
  it('is the one listed person whose role or written title holds its words', () => {
    const PEOPLE = [person('ives', 'Dana Ives', 'Harbour manager'), person('roy', 'Len Roy', 'Ferry captain')];
    expect(
      credits(PEOPLE, 'Len Roy said the crossing would reopen.', '“The swell has to drop first,” the harbour manager said.'),
    ).toEqual([['The swell has to drop first', 'ives']]);
  });

  it('sets an age aside and matches an alias (`the 19-year-old Swede`)', () => {
    const PEOPLE = [person('holm', 'Nils Holm', 'Tennis player', ['the Swede']), person('ruiz', 'Pablo Ruiz', 'Tennis player')];
    expect(credits(PEOPLE, 'Holm beat Ruiz in three sets.', '“I was lucky,” the 19-year-old Swede told reporters.')).toEqual([
      ['I was lucky', 'holm'],
    ]);
  });

  it('that no listed person fits credits nobody, and stops a pronoun reaching an earlier subject', () => {
    const PEOPLE = [person('ortiz', 'Ana Ortiz', 'Election observer')];
    expect(
      credits(
        PEOPLE,
        'Ana Ortiz said the count was clean. “No one stuffed a box,” she told AFP.',
        'The former mayor, who lost by 200 votes, has said he will appeal. “The count was stolen,” he told supporters.',
      ),
    ).toEqual([
      ['No one stuffed a box', 'ortiz'],
      ['The count was stolen', '?'],
    ]);
  });
});
