/** People pages: one per id across stories, quotes newest story first, roles per story, the index by surname. */
import { describe, expect, it } from 'vitest';
import { indexLetter, nameClashes, peopleIndex, personPages } from '../../../src/newsroom/person-pages';
import { surnameOf } from '../../../src/text/patterns';
import { person, quote, story } from '../../support/stories';

const zelensky = person('zelensky', 'Volodymyr Zelensky', 'President of Ukraine');
const putin = person('putin', 'Vladimir Putin', 'President of Russia');

describe('personPages', () => {
  const older = story('older', {
    date: '2021-11-20',
    people: [zelensky, putin],
    quotes: [quote('zelensky', 1, 'We want peace.')],
  });
  const newer = story('newer', {
    date: '2021-12-01',
    people: [{ ...zelensky, role: 'Ukrainian President', sameAs: ['https://www.wikidata.org/wiki/Q3874799'] }],
    quotes: [quote('zelensky', 1, 'We must talk.'), quote('zelensky', 2, 'We are ready.')],
  });
  const pages = personPages([older, newer]);
  const page = pages.find((p) => p.id === 'zelensky')!;

  it('gathers one person’s quotes from every story, newest story first, each with its paragraph', () => {
    expect(page.quoted.map((a) => [a.story.slug, a.quotes.map((q) => q.text)])).toEqual([
      ['newer', ['We must talk.', 'We are ready.']],
      ['older', ['We want peace.']],
    ]);
    expect(page.quoted[0].quotes[1].paragraphId).toBe('quote-zelensky-2');
  });

  it('keeps each story’s role, leads with the newest, and says when they differ', () => {
    expect(page.role).toBe('Ukrainian President');
    expect(page.rolesDiffer).toBe(true);
    expect(page.quoted.map((a) => a.role)).toEqual(['Ukrainian President', 'President of Ukraine']);
    expect(pages.find((p) => p.id === 'putin')!.rolesDiffer).toBe(false);
  });

  it('lists a story that names someone without quoting them apart from their quotes', () => {
    const putinPage = pages.find((p) => p.id === 'putin')!;
    expect(putinPage.quoted).toEqual([]);
    expect(putinPage.mentioned.map((a) => a.story.slug)).toEqual(['older']);
  });

  it('gathers sameAs links from every story', () => {
    expect(page.sameAs).toEqual(['https://www.wikidata.org/wiki/Q3874799']);
  });
});

describe('nameClashes', () => {
  it('names both files when one id has two names', () => {
    const messages = nameClashes([
      { file: 'content/articles/a.md', people: [zelensky] },
      { file: 'content/articles/b.md', people: [{ id: 'zelensky', name: 'Volodymyr Zelenskyy' }] },
    ]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      '"zelensky" is "Volodymyr Zelensky" in content/articles/a.md but "Volodymyr Zelenskyy" in content/articles/b.md',
    );
  });

  it('accepts one name in many files, and different ids', () => {
    expect(
      nameClashes([
        { file: 'a.md', people: [zelensky, putin] },
        { file: 'b.md', people: [zelensky] },
      ]),
    ).toEqual([]);
  });
});

describe('the index by surname', () => {
  const people = [
    person('von', 'Ursula Leyen'),
    person('zakharova', 'Maria Zakharova'),
    person('blinken', 'Antony Blinken'),
    person('zelensky', 'Volodymyr Zelensky'),
    person('sefcovic', 'Maroš Šefčovič'),
  ];

  it('files people under the last word of their name, accents aside', () => {
    expect(surnameOf('Volodymyr Zelensky')).toBe('Zelensky');
    expect(indexLetter('Maroš Šefčovič')).toBe('S');
    expect(peopleIndex(people).map((g) => [g.letter, g.people.map((p) => p.id)])).toEqual([
      ['B', ['blinken']],
      ['L', ['von']],
      ['S', ['sefcovic']],
      ['Z', ['zakharova', 'zelensky']],
    ]);
  });
});
