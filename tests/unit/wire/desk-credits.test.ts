/**
 * The desk never proposes a credit it cannot stand behind: a surname the
 * finder read as a firm (the full name stood after "from") is that person
 * when one name ends with it, else nobody, so its quotation is left to the
 * editor, never credited wrong; a word inside one person's longer name
 * (`Ferrer` of Ana Lucía Ferrer Quispe) is that person; and
 * a firm read as a person, then spoken for by its noun (`the company
 * said`), is proposed as that organisation, the noun its alias. A woman
 * whose husband the text names by his given name alone shares her surname
 * with him: `Mr Harrow said` is his, so she is proposed with the pronoun
 * `her husband` gives her, and his quotation is left to the editor (a
 * brother of a man, whom `Mr` fits as well, leaves the man unproposed). A
 * rank before a name with a description before it (`The mayor of the
 * town, Captain …,`) takes the description as the role, so `the mayor
 * said` is theirs.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../src/quotes/find-quotes';
import { proposePeople } from '../../../src/wire/propose-people';

function proposed(...paragraphs: string[]) {
  const { people, organisations } = proposePeople(paragraphs, []);
  return {
    people: people.map((p) => p.name),
    organisations: organisations.map((o) => (o.aliases ? `${o.name} (${o.aliases.join(', ')})` : o.name)),
  };
}

describe('a surname whose full name stood after "from"', () => {
  it('is that person, so the quotation is theirs', () => {
    const { people, organisations } = proposed(
      'The inquiry heard on Monday from Wendell Ashby, a former driver at the depot.',
      '"Nobody checked the brakes," Ashby testified.',
    );
    expect(organisations).toEqual([]);
    expect(people).toEqual(['Wendell Ashby']);
  });

  it('is nobody when two such names end with it, so the quotation is left uncredited', () => {
    const { people, organisations } = proposed(
      'The inquiry heard on Monday from Wendell Ashby and, on Tuesday, from Carla Ashby.',
      '"Nobody checked the brakes," Ashby testified.',
    );
    expect(organisations).not.toContain('Ashby');
    expect(people).toEqual([]);
  });
});

describe('a word inside a longer name, used alone as the subject', () => {
  it('is that person (a double surname, a name a president goes by), never a firm', () => {
    for (const [full, short] of [
      ['Ana Lucía Ferrer Quispe', 'Ferrer'],
      ['Luiz Carlos Tavinho dos Santos', 'Tavinho'],
    ]) {
      const paragraphs = [
        `${full}, the mayor, said the bridge would reopen on Monday.`,
        `"We checked every bolt," ${short} said.`,
      ];
      const { people, organisations } = proposePeople(paragraphs, []);
      expect(organisations).toEqual([]);
      expect(people.map((p) => [p.name, p.aliases])).toEqual([[full, [short]]]);
    }
  });
});

describe('the company speaking after a firm the text names without a title', () => {
  it('is that firm, proposed as an organisation with the noun as its alias', () => {
    expect(
      proposed(
        'Hollow Pine Outfitters said in a statement it would appeal the ruling.',
        '"We have always put our guests first," the company said.',
      ),
    ).toEqual({ people: [], organisations: ['Hollow Pine Outfitters (the company)'] });
  });

  it('is that firm when the quotation is left to "it said"', () => {
    expect(
      proposed(
        'Talks at the smelter broke down on Monday.',
        'Fundición Arenal said it had a plan to keep the furnaces lit.',
        '"We remain open to dialogue," it said in a statement.',
      ),
    ).toEqual({ people: [], organisations: ['Fundición Arenal'] });
  });

  it('is not a person with a role named just before it', () => {
    const { people, organisations } = proposed(
      'Ingrid Marsh, the firm’s chief executive, said the plant would close.',
      '"We regret the decision," the company said.',
    );
    expect(organisations).not.toContain('Ingrid Marsh (the company)');
    expect(people).not.toContain('Ingrid Marsh (the company)');
  });
});

describe('a surname a woman shares with a husband named by his given name alone', () => {
  /** Each quotation's credit with the people the desk proposed for these paragraphs. */
  function creditsOf(paragraphs: string[]) {
    const { people } = proposePeople(paragraphs, []);
    const lines = paragraphs.map((text, i) => ({ text, line: i + 1 }));
    const { quotes } = findQuotes(
      lines,
      people.map((p) => ({ ...p, aliases: p.aliases ?? [] })),
    );
    return { people: people.map((p) => [p.name, p.pronoun]), credits: quotes.map((q) => [q.text, q.sourceId]) };
  }

  it('is hers, with the pronoun her possessive gives, so "Mr Harrow … he said" is never hers', () => {
    expect(
      creditsOf([
        'Glenys Harrow, who has farmed the valley with her husband Alun since 1990, said the flood came at night.',
        '"The yard was a lake by ten," she said.',
        'Mr Harrow said the water reached the kitchen by midnight.',
        '"We lost forty ewes in an hour," he said.',
      ]),
    ).toEqual({ people: [['Glenys Harrow', 'she']], credits: [['The yard was a lake by ten', 'harrow']] });
  });

  it('is still hers when no Mr stands before it', () => {
    const { people } = proposed(
      'Glenys Harrow, who has farmed the valley with her husband Alun since 1990, said the flood came at night.',
      '"We lost forty ewes in an hour," Ms Harrow said.',
    );
    expect(people).toContain('Glenys Harrow');
  });

  it('is nobody’s when the kin is of the same sex, as Mr then fits both', () => {
    const { people } = creditsOf([
      'Owen Quinn, who runs the farm with his brother Dai, said the flood came at night.',
      'Mr Quinn said the water reached the kitchen by midnight.',
      '"We lost forty ewes in an hour," he said.',
    ]);
    expect(people).toEqual([]);
  });
});

describe('a name whose role is an organisation noun alone', () => {
  it('is a firm, so the second quotation of the person who runs it stays hers', () => {
    const paragraphs = [
      'Barges on the Elbe are sailing a third full.',
      '"Every tonne counts now," said Hanna Vogt, head of Hamburg-based operator Elbfracht Logistik, which runs 20 barges. "We turn loads away every day."',
    ];
    const { people, organisations } = proposePeople(paragraphs, []);
    expect(people.map((p) => p.name)).toEqual(['Hanna Vogt']);
    const lines = paragraphs.map((text, i) => ({ text, line: i + 1 }));
    const { quotes } = findQuotes(
      lines,
      people.map((p) => ({ ...p, aliases: p.aliases ?? [] })),
      { organisations: organisations.map((o) => ({ ...o, aliases: o.aliases ?? [] })) },
    );
    expect(quotes.map((q) => [q.text, q.sourceId])).toEqual([
      ['Every tonne counts now', 'vogt'],
      ['We turn loads away every day.', 'vogt'],
    ]);
  });
});

describe('a rank before a name with a description before it', () => {
  it('gives the person the description as their role, so `the mayor said` is theirs', () => {
    const paragraphs = [
      'The mayor of the river town, Captain Odile Ferrand, reopened the bridge on Friday.',
      '"It will hold through the winter," the mayor said.',
    ];
    const { people, organisations } = proposePeople(paragraphs, []);
    expect(people.map((p) => `${p.name}: ${p.role}`)).toEqual(['Odile Ferrand: mayor of the river town']);
    const lines = paragraphs.map((text, i) => ({ text, line: i + 1 }));
    const { quotes } = findQuotes(
      lines,
      people.map((p) => ({ ...p, aliases: p.aliases ?? [] })),
      { organisations: organisations.map((o) => ({ ...o, aliases: o.aliases ?? [] })) },
    );
    expect(quotes.map((q) => [q.text, q.sourceId])).toEqual([['It will hold through the winter', people[0].id]]);
  });
});
