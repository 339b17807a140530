/**
 * Subjects agency copy writes outside the plain "Name said": a sentence that
 * says where someone stood and names them after "was" or "is", their title
 * between or not (`Among those waiting was Nadia Rahm`, `Among them is
 * retired welder Nadia Rahm`), and a relative clause opened by "where" (`…, where Nadia
 * Rahm said …`), and a name after a possessive title that opens its clause
 * (`His sister Nadia Rahm, …, said`). Each is its clause's subject, so the
 * pronoun that follows is theirs, not an earlier speaker's.
 */
import { describe, expect, it } from 'vitest';
import { credits as creditsOf } from '../../support/quote-credits';
import type { Person } from '../../../src/article/schema';

const person = (id: string, name: string): Person => ({ id, name, role: 'x', aliases: [] });
const PEOPLE = [person('okoro', 'Felix Okoro'), person('rahm', 'Nadia Rahm')];

const credits = (...texts: string[]) => creditsOf(PEOPLE, ...texts);

describe('a name after "Among … was"', () => {
  it('is the subject a later pronoun refers to', () => {
    expect(
      credits(
        'Felix Okoro, the depot manager, said the buses would run again by noon.',
        'Among those stranded at the depot overnight was Nadia Rahm, 34, who had a train to catch.',
        '“Nobody told us anything until the morning,” she said.',
      ),
    ).toEqual([['Nobody told us anything until the morning', 'rahm']]);
  });

  it('is the subject after "is", with her job written before her name', () => {
    expect(
      credits(
        'Felix Okoro, the depot manager, said the buses would run again by noon.',
        'Among those still waiting is retired welder Nadia Rahm, 68, who has missed two hospital appointments.',
        '“I have been here since the first bus was cancelled,” she said.',
      ),
    ).toEqual([['I have been here since the first bus was cancelled', 'rahm']]);
  });

  it('is no subject when a verb, not a title, stands between "is" and the name', () => {
    expect(
      credits('Among the changes is a plan that lets Nadia Rahm run the night shift.', '“We will be ready on Monday,” she said.'),
    ).toEqual([['We will be ready on Monday', '?']]);
  });
});

describe('a name after "where" in a relative clause', () => {
  it('is the subject of that clause, so the pronoun after it is theirs', () => {
    expect(
      credits(
        'A depot official, who asked not to be named, said the buses would run again by noon.',
        'The delay drew anger at the station, where Nadia Rahm said nobody had been told.',
        '“We waited six hours for a bus that never came,” she said.',
      ),
    ).toEqual([['We waited six hours for a bus that never came', 'rahm']]);
  });
});

describe('a name after a possessive title opening its clause', () => {
  it('is the subject, so the pronoun after it is theirs, not the earlier speaker’s', () => {
    expect(
      credits(
        '“The water came up to the second step,” depot manager Felix Okoro told reporters.',
        'His sister Nadia Rahm, who keeps a kiosk by the gate, said she had moved her stock twice.',
        '“I cannot move it a third time,” she said.',
      ),
    ).toEqual([
      ['The water came up to the second step', 'okoro'],
      ['I cannot move it a third time', 'rahm'],
    ]);
  });

  it('is not read after a verb: the name there is its object', () => {
    expect(credits('Felix Okoro phoned his sister Nadia Rahm at the kiosk.', '“We open at noon,” he said.')).toEqual([
      ['We open at noon', 'okoro'],
    ]);
  });
});
