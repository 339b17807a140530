/** People pages: one per id across stories, quotes newest story first, roles per story, the index by surname. */
import { describe, expect, it } from 'vitest';
import { indexLetter, peopleIndex, personListPages, personPages } from '../../../src/newsroom/person-pages';
import { storiesNewestFirst } from '../../../src/newsroom/stories';
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
  const pages = personPages(storiesNewestFirst([older, newer]));
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

describe('personListPages', () => {
  const quotedIn = [1, 2, 3].map((n) =>
    story(`quoted-${n}`, { date: `2021-12-0${n}`, people: [zelensky], quotes: [quote('zelensky', 1, `Said on day ${n}.`)] }),
  );
  const mentionedIn = story('mentioned', { date: '2021-11-01', people: [{ ...zelensky, role: 'Actor' }] });
  const [zelenskyPage] = personPages(storiesNewestFirst([mentionedIn, ...quotedIn]));
  const pages = personListPages(zelenskyPage, 2);

  it('cuts both lists at the same page numbers, as many pages as the longer list needs', () => {
    expect(
      pages.map(({ page, person }) => [
        page.path,
        person.quoted.map((a) => a.card.slug),
        person.mentioned.map((a) => a.card.slug),
      ]),
    ).toEqual([
      ['', ['quoted-3', 'quoted-2'], ['mentioned']],
      ['page/2/', ['quoted-1'], []],
    ]);
    expect(pages.map(({ page }) => [page.number, page.last, page.newer, page.older])).toEqual([
      [1, 2, undefined, 'page/2/'],
      [2, 2, '', undefined],
    ]);
  });

  it('gives each story its card, the role it gives the person and what they said in it', () => {
    const [first] = pages;
    expect(first.person.quoted[0]).toEqual({
      card: { slug: 'quoted-3', summary: 'Summary of quoted-3.', data: expect.objectContaining({ title: 'Headline quoted-3' }) },
      role: 'President of Ukraine',
      quotes: [{ text: 'Said on day 3.', paragraphId: 'quote-zelensky-1' }],
    });
    expect(first.person.mentioned.map((a) => a.role)).toEqual(['Actor']);
  });

  it('says on every page who the person is and how many quotations they have in all', () => {
    expect(pages.map(({ person }) => [person.name, person.role, person.rolesDiffer, person.quoteCount])).toEqual([
      ['Volodymyr Zelensky', 'President of Ukraine', true, 3],
      ['Volodymyr Zelensky', 'President of Ukraine', true, 3],
    ]);
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
