/**
 * Two subjects in one paragraph: when the paragraph a pronoun reaches back
 * to has two people as subjects and both may fit the pronoun, the quotation
 * is left to the editor, whichever was nearer; a rival the pronoun is known
 * not to fit leaves the credit alone, and so does a pronoun in the same
 * paragraph as the two subjects.
 */
import { describe, expect, it } from 'vitest';
import { credits, person } from '../../support/quote-credits';

describe('two subjects in the paragraph before a pronoun', () => {
  it('leaves the quotation uncredited when both people may fit', () => {
    const people = [person('okoro', 'Nneka Okoro'), person('haas', 'Leon Haas')];
    expect(
      credits(
        people,
        'Nneka Okoro and Leon Haas, who share a landing, sat on camp beds in the church hall. Haas had brought only a coat.',
        '“We were told to leave with what we could carry,” she said.',
      ),
    ).toEqual([['We were told to leave with what we could carry', '?']]);
  });

  it('leaves it uncredited when the nearer subject is only named inside what the other said', () => {
    const people = [person('mensah', 'Kwame Mensah'), person('boateng', 'Isaac Boateng')];
    expect(
      credits(
        people,
        'Grower Kwame Mensah said a rival buyer had called him twice, and that his uncle, Isaac Boateng, had sold to them already.',
        '“They pay in cash, at the farm gate,” he said.',
      ),
    ).toEqual([['They pay in cash, at the farm gate', '?']]);
  });

  it('credits the one the pronoun fits when the text tells the other is not', () => {
    const people = [person('okoro', 'Nneka Okoro'), person('haas', 'Leon Haas')];
    expect(
      credits(
        people,
        'Nneka Okoro and her brother Leon Haas sat on camp beds in the church hall. Haas had brought only a coat.',
        '“We were told to leave with what we could carry,” she said.',
      ),
    ).toEqual([['We were told to leave with what we could carry', 'okoro']]);
  });

  it('leaves it uncredited even when a kin word tells the nearer one fits', () => {
    const people = [person('mensah', 'Kwame Mensah'), person('boateng', 'Isaac Boateng')];
    expect(
      credits(
        people,
        'Grower Kwame Mensah said his uncle, Isaac Boateng, had sold his beans to the buyers already.',
        '“They pay in cash, at the farm gate,” he said.',
      ),
    ).toEqual([['They pay in cash, at the farm gate', '?']]);
  });

  it('keeps the nearest subject within the paragraph, as the other pronoun rules do', () => {
    const people = [person('okoro', 'Nneka Okoro'), person('haas', 'Leon Haas', 'he')];
    expect(
      credits(
        people,
        'Nneka Okoro waited in the church hall. Leon Haas, a volunteer, handed out blankets. “Nobody here has slept,” he said.',
      ),
    ).toEqual([['Nobody here has slept', 'haas']]);
  });

  it('credits the nearer subject when the other is known not to fit the pronoun', () => {
    const people = [person('okoro', 'Nneka Okoro', 'she'), person('haas', 'Leon Haas')];
    expect(
      credits(
        people,
        'Nneka Okoro waited in the church hall. Leon Haas, a volunteer, handed out blankets.',
        '“Nobody here has slept,” he said.',
      ),
    ).toEqual([['Nobody here has slept', 'haas']]);
  });

  it('credits the one subject of a paragraph, however many people it names in passing', () => {
    const people = [person('okoro', 'Nneka Okoro'), person('haas', 'Leon Haas')];
    expect(
      credits(people, 'Okoro said she had spent the night on a camp bed next to Haas.', '“Nobody here has slept,” she said.'),
    ).toEqual([['Nobody here has slept', 'okoro']]);
  });
});
