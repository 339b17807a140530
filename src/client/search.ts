/**
 * The search page's script: reads the query and filters from the address
 * (the form GETs /search/?q=…&person=…), runs them through Pagefind and lists
 * the stories found, newest first. The build writes one Pagefind bundle per
 * year of publication under the base (`pagefind/<year>/`, listed newest first
 * in `pagefind/years.json`): every year is asked, each lists its stories
 * newest first, and the years' lists follow one another, newest year first,
 * which is the order one index of the whole archive gives. Every word it
 * prints is its edition's: the page hands it the edition's status lines and
 * locale as JSON in `data-search-strings` (src/editions/, `search.status`).
 */
import type { SearchStatus } from '../editions/strings';

/** What the page hands the script: its edition's status lines and the locale of its numbers and plurals. */
type PageWords = SearchStatus & { locale: string };

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string; published?: string };
}

interface SearchResults {
  results: { data(): Promise<PagefindResultData> }[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResults>;
}

const FILTERS = ['person', 'place', 'topic'] as const;
/** Results drawn at once; a reader narrows a longer list with the filters. */
const SHOWN = 50;

const page = document.querySelector<HTMLElement>('[data-search-bundle]');
const statusLine = document.getElementById('search-status');
const resultList = document.getElementById('search-results');
const words = JSON.parse(page?.dataset.searchStrings ?? '{}') as PageWords;

/** A status line with its {count}, {shown} and {term} filled in, each once, numbers in the edition's locale. */
function fill(template: string, values: Record<string, string | number>): string {
  const numbers = new Intl.NumberFormat(words.locale);
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** What the status line says once the search is done: how many stories were found, in the edition's words. */
function foundLine(found: number, term: string): string {
  if (found === 0) return fill(term === '' ? words.none : words.noneWith, { term });
  const forms = term === '' ? words.found : words.foundWith;
  const rule = new Intl.PluralRules(words.locale).select(found);
  const sentence = rule === 'one' ? forms.one : forms.other;
  const more = found > SHOWN ? fill(words.more, { shown: SHOWN }) : '';
  return fill(sentence, { count: found, term, more });
}

/** Pagefind's excerpt marks the words found with <mark>; only those marks and the text are kept. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = item.appendChild(document.createElement('h2'));
  const link = heading.appendChild(document.createElement('a'));
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  if (result.meta.date) {
    const date = item.appendChild(document.createElement('p')).appendChild(document.createElement('time'));
    date.parentElement!.className = 'search__date';
    date.dateTime = result.meta.date;
    date.textContent = result.meta.published ?? result.meta.date;
  }
  item.appendChild(document.createElement('p')).append(...excerptNodes(result.excerpt));
  return item;
}

/** One year's stories with the words and filters, newest first, from that year's bundle. */
async function searchYear(bundle: string, term: string, filters: Record<string, string>): Promise<SearchResults> {
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Search runs on this page, under its Content-Security-Policy, rather than in a worker with another.
  await pagefind.options({ baseUrl: page?.dataset.searchBase, noWorker: true });
  return pagefind.search(term === '' ? null : term, { filters, sort: { date: 'desc' } });
}

async function run(): Promise<void> {
  if (!page || !statusLine || !resultList) return;
  const params = new URLSearchParams(location.search);
  const term = params.get('q')?.trim() ?? '';
  const filters: Record<string, string> = {};
  (document.getElementById('search-q') as HTMLInputElement).value = term;
  for (const name of FILTERS) {
    const value = params.get(name) ?? '';
    const select = document.getElementById(`search-${name}`) as HTMLSelectElement;
    select.value = value;
    if (value !== '' && select.value === value) filters[name] = value;
  }
  if (term === '' && Object.keys(filters).length === 0) {
    statusLine.textContent = words.prompt;
    return;
  }
  statusLine.textContent = words.searching;
  try {
    const bundles = page.dataset.searchBundle;
    const years = (await (await fetch(`${bundles}years.json`)).json()) as string[];
    const searches = await Promise.all(years.map((year) => searchYear(`${bundles}${year}/`, term, filters)));
    const matches = searches.flatMap((search) => search.results);
    const results = await Promise.all(matches.slice(0, SHOWN).map((result) => result.data()));
    resultList.replaceChildren(...results.map(resultItem));
    statusLine.textContent = foundLine(matches.length, term);
  } catch {
    statusLine.textContent = words.failed;
  }
}

void run();

export {};
