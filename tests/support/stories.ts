/** Small stories for the unit tests of the pages around the articles. */
import type { Correction, Person } from '../../src/article/schema';
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
  corrections?: Correction[];
  standfirst?: string;
  /** The body as rendered: the lede's HTML, then the rest. */
  lede?: string;
  html?: string;
}

export function story(slug: string, options: StoryOptions = {}): Story {
  const { date = '2021-12-01', place = 'Kiev', tags = [], people = [], quotes = [], corrections = [] } = options;
  const { lede = `The lede of ${slug}.`, html = `<p>The body of ${slug}.</p>` } = options;
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
    corrections,
    draft: false,
    ...(options.standfirst ? { standfirst: options.standfirst } : {}),
  };
  const text = { lede: { id: undefined, html: lede, text: lede }, html };
  return { slug, summary: `Summary of ${slug}.`, quotes, data, text };
}

export function quote(personId: string, n: number, text: string): ArticleQuote {
  return { id: `${personId}-${n}`, personId, text, paragraphId: `quote-${personId}-${n}` };
}
