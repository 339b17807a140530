/**
 * The names the desk proposes as speakers: a one-word name that opens one
 * person's name is that person (a given name, or a family name written
 * first), never an organisation of its own; and a capitalised word before a
 * title and a name (`Local councillor Jo Roe said`) is no organisation that
 * speaks. A name after "of the campaign group" is in passing, not the
 * speaker beside the person it describes.
 */
import { describe, expect, it } from 'vitest';
import { proposePeople } from '../../../src/wire/propose-people';

/** The desk's proposals, as `name (aliases)` for people and names for organisations. */
function proposed(...paragraphs: string[]) {
  const { people, organisations } = proposePeople(paragraphs, []);
  return {
    people: people.map((p) => (p.aliases ? `${p.name} (${p.aliases.join(', ')})` : p.name)),
    organisations: organisations.map((o) => o.name),
  };
}

describe('a one-word name that opens one person’s name', () => {
  it('is that person’s alias, so the quotation it speaks is theirs', () => {
    expect(
      proposed(
        'Trade Minister Park Ji-woo met chipmakers in Seoul on Monday.',
        '“We will defend our companies,” Park told reporters.',
      ),
    ).toEqual({ people: ['Park Ji-woo (Park)'], organisations: [] });
  });

  it('is nobody’s when it opens two people’s names', () => {
    expect(
      proposed('Anan Chai and Anan Srisuk spoke at the rally.', '“We stay until Friday,” Anan told reporters.').people,
    ).not.toContain('Anan');
  });
});

describe('a capitalised word opening a sentence before a title and a name', () => {
  it('is no organisation, and the name after it is the speaker', () => {
    expect(
      proposed('Local councillor Jo Pike wrote on Facebook that the hall was open.', '“Bring blankets if you can,” she wrote.'),
    ).toEqual({ people: ['Jo Pike'], organisations: [] });
  });
});

describe('a name inside the description of a person', () => {
  it('is in passing: the pronoun after it is the person’s', () => {
    expect(
      proposed(
        'Nia Shaw, chief executive of the campaign group Fair Fares Now, called the plan timid.',
        '“It will not stop one spill,” she said.',
      ).people,
    ).toEqual(['Nia Shaw']);
  });
});

describe('a name ending in a word for a government body', () => {
  it('is an organisation, never a person (Directorate, Secretariat, Inspectorate, Prefecture, Administration, Chamber)', () => {
    for (const body of ['Directorate', 'Secretariat', 'Inspectorate', 'Prefecture', 'Administration', 'Chamber']) {
      const name = `Coastal Safety ${body}`;
      expect(
        proposed(
          `The ${name} said on Friday that the beach would stay shut.`,
          `“Nobody swims until the tide turns,” the ${body.toLowerCase()} said.`,
        ),
      ).toEqual({
        people: [],
        organisations: [name],
      });
    }
  });
});

describe('an organisation the text names only by a common noun', () => {
  it('after a place in the possessive (`Quebec’s government said`) is proposed as written, and issues the statement', () => {
    expect(
      proposed(
        'Lakeland’s regional government said in a statement that it would appeal.',
        '“Housing is our responsibility,” the statement said.',
      ),
    ).toEqual({ people: [], organisations: ['Lakeland’s regional government'] });
  });

  it('after `In a statement,` is the statement’s issuer, proposed as written', () => {
    expect(
      proposed('In a statement, the harbour board promised repairs.', '“Ferries will run by June,” the statement said.'),
    ).toEqual({ people: [], organisations: ['the harbour board'] });
  });

  it('after any phrase opening its sentence with a document, as the finder reads it, is that document’s issuer', () => {
    expect(
      proposed(
        'Through its yearly report, the water board published its figures.',
        '“Reservoirs are at a third,” the report said.',
      ),
    ).toEqual({ people: [], organisations: ['the water board'] });
  });

  it('is the observatory named before (`the observatory said`)', () => {
    expect(
      proposed(
        'Staff at Kestrel Point Observatory tracked the fireball.',
        'In a statement, the observatory said: “Send us photographs.”',
      ),
    ).toEqual({ people: [], organisations: ['Kestrel Point Observatory'] });
  });
});
