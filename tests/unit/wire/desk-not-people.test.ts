/**
 * The desk never proposes what is not a person as one: a name the gazetteer
 * knows as a place (a city, a country, a country's part by its compass
 * point), or the text writes as one (`the town of …`, `the … district`,
 * `In …,`), is nobody, and a firm the text marks as one (`State-run …`, `a
 * spokesperson for …`, `…, which employs`, `… said in a note to clients` of a
 * name never shortened to its last word, a name after "the" that its own
 * noun speaks for) is proposed as the organisation
 * it is; a person described by such a word (`a crane operator`) and later
 * named by the surname stays a person. A quotation that hung on such a name
 * is then credited right or left to the editor, never credited to it.
 */
import { describe, expect, it } from 'vitest';
import { desk } from '../../support/desk-proposals';

describe('a place the gazetteer knows', () => {
  it('is no person when the text makes it the subject of a sentence, so "he said" is the man quoted before', () => {
    const { people, credits } = desk(
      '"The river has never come this far into the town," fisherman Bakary Traore told AFP.',
      'Central Mali is flooded by the Niger most autumns, but the water is rising higher each year.',
      '"The river feeds us, and now it is taking our houses," he said.',
    );
    expect(people).toEqual(['Bakary Traore']);
    expect(credits.at(-1)).toEqual(['The river feeds us, and now it is taking our houses', 'Bakary Traore']);
  });

  it('is no person when it shares its last word with one quoted', () => {
    const { people } = desk(
      'Fire swept through the covered market in the Santa Cruz quarter overnight.',
      '"We lost everything we had on the shelves," said Elena Cruz, who sold fabric there.',
    );
    expect(people).toEqual(['Elena Cruz']);
  });

  it('is no person when the text writes it as a place, though no gazetteer knows it', () => {
    const { people, credits } = desk(
      'Water has been cut off for three days in the hillside town of Alto Verde, residents said.',
      '"We carry buckets up from the river," said Rosa Mamani, who sells bread near the market.',
      'Alto Verde has doubled in size in ten years, and its pipes were laid for half as many people.',
      '"Nobody listens to us up here," she said.',
    );
    expect(people).toEqual(['Rosa Mamani']);
    expect(credits.map(([, who]) => who)).not.toContain('Alto Verde');
  });

  it('is no person when a place noun follows it or a sentence opens with it after "In"', () => {
    for (const [first, place] of [
      ['Flooding closed schools across the Pak Nam district on Friday.', 'Pak Nam'],
      ['Flooding closed the Cerro Negro copper mine on Friday.', 'Cerro Negro'],
      ['In Pak Nam, flooding closed schools on Friday.', 'Pak Nam'],
    ]) {
      const { people, credits } = desk(
        first,
        '"The water came at night," said teacher Malee Srisuk.',
        `${place} has flooded three times this year.`,
        '"It was gone by noon," she said.',
      );
      expect(people).toEqual(['Malee Srisuk']);
      expect(credits.map(([, who]) => who)).not.toContain(place);
    }
  });

  it('leaves a person whose surname is a city a person', () => {
    const { people } = desk('"We open again on Monday," said Carla Florence, who runs the bakery.');
    expect(people).toEqual(['Carla Florence']);
  });
});

describe('a firm the text marks as one', () => {
  it('is an organisation after a word only firms stand after, its statement its own', () => {
    const { people, organisations, credits } = desk(
      'State-run Aguas Serranas said in a statement that the pipes would be repaired within a week.',
      '"Supply will return district by district," the statement said.',
    );
    expect(people).toEqual([]);
    expect(organisations).toEqual(['Aguas Serranas']);
    expect(credits).toEqual([['Supply will return district by district', 'Aguas Serranas']]);
  });

  it('is an organisation when a spokesperson speaks for it and it is never named by its last word alone', () => {
    const { people, organisations } = desk(
      'A spokeswoman for Pennant Ferries said the crossing would close in May.',
      '"The route has lost money for ten years," Pennant Ferries said in a statement.',
    );
    expect(people).toEqual([]);
    expect(organisations).toEqual(['Pennant Ferries']);
  });

  it('is an organisation when it takes words only a firm takes, and the noun the story then uses is its alias', () => {
    expect(
      desk(
        'Hallam Brothers said in a note to clients that it expected rates to fall twice next year.',
        '"The path for rates is lower," the bank said.',
      ),
    ).toEqual({
      people: [],
      organisations: ['Hallam Brothers'],
      credits: [['The path for rates is lower', 'Hallam Brothers']],
    });
    const { people, organisations } = desk(
      'Nordvik Salmon, which employs 300 people in Finnmark, said output fell by a fifth.',
      '"Prices are weak," Nordvik Salmon said.',
    );
    expect([people, organisations]).toEqual([[], ['Nordvik Salmon']]);
  });

  it('stays a person when the text later names it by its surname, as a person is named', () => {
    const { people, organisations } = desk(
      'A spokesman for Ana Ruiz said on Friday that she would not attend the hearing.',
      '"I have said all I will say on this," Ruiz told reporters.',
    );
    expect(people).toEqual(['Ana Ruiz']);
    expect(organisations).toEqual([]);
  });

  it('never takes the quotation of a woman the desk leaves to the editor', () => {
    const { credits } = desk(
      'Pennant Ferries said the crossing would close in May because too few people used it.',
      'Nora Quill, 80, and her husband Ewan, 84, take the ferry to the hospital every week.',
      '"Without it we cannot get there at all," she said.',
      'Mr Quill said the timetable had already been halved.',
      'A spokesperson for Pennant Ferries said: "We cannot run an empty boat."',
    );
    const hers = credits.find(([text]) => text === 'Without it we cannot get there at all');
    expect(hers?.[1] ?? null).not.toBe('Pennant Ferries');
  });

  it('is an organisation named after "the" that its own noun then speaks for', () => {
    const { people, organisations, credits } = desk(
      'Fire destroyed a warehouse owned by the Millbrook Dairy Cooperative on Sunday night.',
      'The cooperative said in a statement that no one had been hurt. "We will rebuild," the statement said.',
    );
    expect(people).toEqual([]);
    expect(organisations).toEqual(['Millbrook Dairy Cooperative']);
    expect(credits).toEqual([['We will rebuild', 'Millbrook Dairy Cooperative']]);
  });

  it('keeps the words between "the" and the name, a nationality among them', () => {
    const { organisations } = desk(
      'The Danish Beekeepers Forum, which speaks for 4,000 hobby keepers, opposed the ban.',
      '"This will empty the hives," the forum said.',
    );
    expect(organisations).toEqual(['Danish Beekeepers Forum']);
  });
});

describe('a person whose description ends with a word firms are called by', () => {
  it('stays a person when the text later names them by the surname', () => {
    const { people, credits } = desk(
      'Rosa Lindqvist, a crane operator who was on the dock when the fire broke out, said the smoke came first.',
      '"It was black in seconds," Lindqvist said.',
    );
    expect(people).toEqual(['Rosa Lindqvist']);
    expect(credits).toEqual([['It was black in seconds', 'Rosa Lindqvist']]);
  });
});
