/**
 * What the text says of a person settles a credit only when nobody else
 * fits: the pronoun that opens what they said or did after their full name
 * (`told AFP as he …`, in a paragraph that, with the one before, names no one
 * else), an age epithet speaking after them alone (`the 58-year-old told
 * AFP`, an age the text gives nobody unnamed). A quotation the desk cannot
 * credit then stays uncredited, never goes to them.
 */
import { describe, expect, it } from 'vitest';
import { proposePeople } from '../../../src/wire/propose-people';
import { desk } from '../../support/desk-proposals';

describe('a person the text follows with a pronoun', () => {
  it('takes it, so a "she said" the desk cannot credit is never his', () => {
    const { credits } = desk(
      'Floodwater reached the market stalls by the bridge before dawn on Friday.',
      '"The river has taken the rice twice this month," fisherman Pham Van Long told AFP as he bailed out his boat.',
      'His neighbour Do Thi Mai, who sells tea by the bridge, said she had lost her stall.',
      '"Now the cups are floating," she said.',
    );
    expect(credits[0]).toEqual(['The river has taken the rice twice this month', 'Pham Van Long']);
    expect(credits.find(([text]) => text === 'Now the cups are floating')?.[1] ?? null).not.toBe('Pham Van Long');
  });

  it('takes none when the paragraph or the one before names another person, whom the pronoun may mean', () => {
    const { people } = proposePeople(
      [
        'Tom Reyes, the council leader, resigned on Monday.',
        'Ana Ruiz, who chairs the audit panel, said he had misled the council for a year.',
        '"We were told the books balanced," Ruiz said.',
      ],
      [],
    );
    expect(people.find((p) => p.name === 'Ana Ruiz')?.pronoun).toBeUndefined();
  });
});

describe('an age epithet speaking after the one person named', () => {
  it('is that person, the epithet as the text writes it their alias', () => {
    const { people, credits } = desk(
      'In the hill village of Kasese, Rose Namata said her cassava had rotted in the ground.',
      '"We dug up nothing but water," the 44-year-old mother of three told AFP.',
    );
    expect(people).toEqual(['Rose Namata']);
    expect(credits).toEqual([['We dug up nothing but water', 'Rose Namata']]);
  });

  it('is nobody when two people are named before it', () => {
    const { credits } = desk(
      'Rose Namata and her neighbour Grace Achan said their cassava had rotted in the ground.',
      '"We dug up nothing but water," the 44-year-old told AFP.',
    );
    expect(credits.map(([, who]) => who)).not.toContain('Rose Namata');
  });

  it('is nobody when the text gives that age to someone unnamed', () => {
    const { credits } = desk(
      'Rose Namata said her cassava had rotted, and a 44-year-old neighbour who asked not to be named said the same.',
      '"We dug up nothing but water," the 44-year-old told AFP.',
    );
    expect(credits.map(([, who]) => who)).not.toContain('Rose Namata');
  });
});
