/**
 * The people pages: one per person id across all stories, with every direct
 * quotation the quote finder credits to them and the stories that only
 * mention them, newest story first; and the index of everyone by surname.
 *
 * One id is one person in every article. Their name must be the same
 * everywhere (`nameClashes` says where it is not); their role may change
 * between stories and is shown with each; their `sameAs` links are gathered
 * from every story.
 */
import { displayPath } from '../loading/editor-messages.ts';
import type { Person } from '../article/schema.ts';
import { stripAccents, surnameOf } from '../text/patterns.ts';
import { storiesNewestFirst, type Story } from './stories.ts';

export interface PersonQuote {
  text: string;
  /** The paragraph in the article the quotation is in: `quote-zelensky-1`. */
  paragraphId: string;
}

/** One story a person appears in, with their role there and what they said in it. */
export interface Appearance {
  story: Story;
  role: string;
  quotes: PersonQuote[];
}

export interface PersonPage {
  id: string;
  name: string;
  /** The role in the newest story. */
  role: string;
  /** True when stories give the person different roles: each story then shows its own. */
  rolesDiffer: boolean;
  sameAs: string[];
  /** Stories that quote the person, newest first. */
  quoted: Appearance[];
  /** Stories that name the person without quoting them, newest first. */
  mentioned: Appearance[];
}

/**
 * Where two stories give one person id different names, one message per
 * clash naming both files: the same id in two articles is the same person.
 */
export function nameClashes(articles: readonly { file: string; people: readonly Pick<Person, 'id' | 'name'>[] }[]): string[] {
  const first = new Map<string, { file: string; name: string }>();
  const messages: string[] = [];
  for (const { file, people } of [...articles].sort((a, b) => a.file.localeCompare(b.file))) {
    for (const { id, name } of people) {
      const seen = first.get(id);
      if (seen === undefined) first.set(id, { file, name });
      else if (seen.name !== name) {
        messages.push(
          `people: the id "${id}" is "${seen.name}" in ${displayPath(seen.file)} but "${name}" in ${displayPath(file)}; ` +
            'one id is one person on every page, so write the name the same way in both, or give one of them another id.',
        );
      }
    }
  }
  return messages;
}

/** Every person named in the stories, each with their stories newest first. */
export function personPages(stories: readonly Story[]): PersonPage[] {
  const pages = new Map<string, PersonPage>();
  for (const story of storiesNewestFirst(stories)) {
    for (const person of story.data.people) {
      const quotes = story.quotes
        .filter((quote) => quote.personId === person.id)
        .map(({ text, paragraphId }) => ({ text, paragraphId }));
      let page = pages.get(person.id);
      if (page === undefined) {
        page = { id: person.id, name: person.name, role: person.role, rolesDiffer: false, sameAs: [], quoted: [], mentioned: [] };
        pages.set(person.id, page);
      }
      page.rolesDiffer ||= person.role !== page.role;
      for (const url of person.sameAs ?? []) if (!page.sameAs.includes(url)) page.sameAs.push(url);
      (quotes.length > 0 ? page.quoted : page.mentioned).push({ story, role: person.role, quotes });
    }
  }
  return [...pages.values()].sort(bySurname);
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
