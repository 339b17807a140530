/** Small stories for the unit tests of the pages around the articles. */
import type { Person } from '../../src/article/schema';
import type { Story } from '../../src/newsroom/stories';
import type { ArticleQuote } from '../../src/markdown/remark-quote-sidebar';

export function person(id: string, name: string, role = 'Official', extra: Partial<Person> = {}): Person {
  return { id, name, role, aliases: [], ...extra };
}

export interface StoryOptions {
  date?: string;
  place?: string;
  tags?: string[];
  people?: Person[];
  quotes?: ArticleQuote[];
}

export function story(slug: string, options: StoryOptions = {}): Story {
  const { date = '2021-12-01', place = 'Kiev', tags = [], people = [], quotes = [] } = options;
  const data: Story['data'] = {
    title: `Headline ${slug}`,
    dateline: { place, date, timeZone: 'Europe/Kyiv' },
    source: { agency: 'AFP', name: 'Agence France-Presse' },
    section: 'World',
    tags,
    people,
    organisations: [],
    figures: [],
    quotes: { exclude: [], unnamed: [], uncredited: [] },
    corrections: [],
    draft: false,
  };
  return { slug, summary: `Summary of ${slug}.`, quotes, data };
}

export function quote(personId: string, n: number, text: string): ArticleQuote {
  return { id: `${personId}-${n}`, personId, text, paragraphId: `quote-${personId}-${n}` };
}
