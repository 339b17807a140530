/**
 * The people pages: one per person id across all stories, with every direct
 * quotation the quote finder credits to them and the stories that only
 * mention them, newest story first; and the index of everyone by surname.
 *
 * One id is one person in every article. Their name must be the same
 * everywhere (src/loading/name-clashes.ts says where it is not); their role may change
 * between stories and is shown with each; their `sameAs` links are gathered
 * from every story.
 */
import { stripAccents, surnameOf } from '../text/patterns.ts';
import { listPages, type ListPage } from './list-pages.ts';
import { cardOf, type StoriesNewestFirst, type Story, type StoryCard } from './stories.ts';

export interface PersonQuote {
  text: string;
  /** The paragraph in the article the quotation is in: `quote-zelensky-1`. */
  paragraphId: string;
}

/** One story a person appears in, with their role there and what they said in it. */
export interface Appearance {
  story: Story;
  /** Absent when the story gives them no role. */
  role: string | undefined;
  quotes: PersonQuote[];
}

export interface PersonPage {
  id: string;
  name: string;
  /** The role in the newest story, when it gives one. */
  role: string | undefined;
  /** True when stories give the person different roles: each story then shows its own. */
  rolesDiffer: boolean;
  sameAs: string[];
  /** Their direct quotations in all the stories. */
  quoteCount: number;
  /** Stories that quote the person, newest first. */
  quoted: Appearance[];
  /** Stories that name the person without quoting them, newest first. */
  mentioned: Appearance[];
}

/** Every person named in the stories, each with their stories newest first. */
export function personPages(stories: StoriesNewestFirst): PersonPage[] {
  const pages = new Map<string, PersonPage>();
  for (const story of stories) {
    for (const person of story.data.people) {
      const quotes = story.quotes
        .filter((quote) => quote.personId === person.id)
        .map(({ text, paragraphId }) => ({ text, paragraphId }));
      let page = pages.get(person.id);
      if (page === undefined) {
        page = {
          id: person.id,
          name: person.name,
          role: person.role,
          rolesDiffer: false,
          sameAs: [],
          quoteCount: 0,
          quoted: [],
          mentioned: [],
        };
        pages.set(person.id, page);
      }
      page.rolesDiffer ||= person.role !== page.role;
      for (const url of person.sameAs ?? []) if (!page.sameAs.includes(url)) page.sameAs.push(url);
      page.quoteCount += quotes.length;
      (quotes.length > 0 ? page.quoted : page.mentioned).push({ story, role: person.role, quotes });
    }
  }
  return [...pages.values()].sort(bySurname);
}

/** One story on a person's page: its card, their role in it and what they said there. */
export interface AppearanceCard {
  card: StoryCard;
  role: string | undefined;
  quotes: PersonQuote[];
}

/** What one of a person's pages shows: who they are, and its stories of each list. */
export interface PersonOnPage extends Omit<PersonPage, 'quoted' | 'mentioned'> {
  quoted: AppearanceCard[];
  mentioned: AppearanceCard[];
}

/**
 * A person's pages, `perPage` stories of each list to a page
 * (src/newsroom/list-pages.ts): both lists are cut at the same page numbers,
 * so page n holds the nth stories of each, and the longer list sets the count.
 */
export function personListPages(
  { quoted, mentioned, ...about }: PersonPage,
  perPage: number,
): { person: PersonOnPage; page: Omit<ListPage<unknown>, 'stories'> }[] {
  const appearance = ({ story, role, quotes }: Appearance): AppearanceCard => ({ card: cardOf(story), role, quotes });
  // Row n holds the nth story of each list.
  const rows = Array.from({ length: Math.max(quoted.length, mentioned.length) }, (_, n) => [quoted[n], mentioned[n]] as const);
  return listPages(rows, perPage).map(({ stories, ...page }) => ({
    person: {
      ...about,
      quoted: stories.flatMap(([one]) => (one ? [appearance(one)] : [])),
      mentioned: stories.flatMap(([, one]) => (one ? [appearance(one)] : [])),
    },
    page,
  }));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function bySurname(a: Pick<PersonPage, 'name' | 'id'>, b: Pick<PersonPage, 'name' | 'id'>): number {
  return collator.compare(surnameOf(a.name), surnameOf(b.name)) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** The index letter of a name: its surname's first letter without accents, "Ž" under "Z". */
export function indexLetter(name: string): string {
  const letter = stripAccents(surnameOf(name)).charAt(0).toUpperCase();
  return /\p{L}/u.test(letter) ? letter : '#';
}

/** People grouped under the first letter of their surname, A to Z, each group by surname. */
export function peopleIndex<P extends Pick<PersonPage, 'name' | 'id'>>(people: readonly P[]): { letter: string; people: P[] }[] {
  const groups = new Map<string, P[]>();
  for (const person of [...people].sort(bySurname)) {
    const letter = indexLetter(person.name);
    groups.set(letter, [...(groups.get(letter) ?? []), person]);
  }
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([letter, group]) => ({ letter, people: group }));
}
