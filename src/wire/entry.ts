/**
 * From a wire story to the facts of an article: what the agency sent, read
 * by the agencies' conventions (nothing the body marks as not for
 * publication, the headline's version signals, the opening's byline, lead
 * and dateline, the agency from the item itself, the zone from the dateline
 * place) and completed by the editor's options, which
 * overrule the item and are never required: what the item does not say is
 * guessed as a draft with a note (a zone, the day it arrived), and what
 * cannot be guessed (no place named anywhere and no home desk, no agency
 * named: filed-from.ts) is left out of the draft with a review note above
 * the field, never invented. Pure: no file system.
 */
import { parseLocalDate } from '../article/dates.ts';
import { canonicalLanguage } from '../article/language.ts';
import type { Article } from '../article/schema.ts';
import { isSlug, slugify } from '../article/slug.ts';
import { parseBylines, type Byline } from './byline.ts';
import { filedFrom, type FiledFrom } from './filed-from.ts';
import { readHeadline } from './headline-signals.ts';
import { publicBlocks } from './non-public.ts';
import { headlineReview } from './missing-text.ts';
import { readOpening } from './opening.ts';
import { proposePeople, type ProposedOrganisation, type ProposedPerson } from './propose-people.ts';
import { checkPeople, numbersIn } from './review.ts';
import { ownOffset, resolveZone } from './time-zone.ts';
import { blockText, WireError, type Block, type WireStory } from './story.ts';

export interface ImportOptions {
  /** IANA zone of the dateline city, to overrule the desk's. */
  tz?: string;
  place?: string;
  /** The publication day, YYYY-MM-DD, to overrule the item's (or the day of arrival, for plain text). */
  date?: string;
  slug?: string;
  agency?: string;
  /** The correction note, to overrule the agency's (or mark a version a correction). */
  correction?: string;
}

/** What an article already on the site says, for a later version that lacks it. */
export type Known = Article['dateline'] & Pick<Article['source'], 'agency'>;

/** An article's facts as the desk makes them: the frontmatter's fields it fills, and what the writer needs besides. */
export interface Entry {
  /** The agency's headline; missing only when the item has none (a flash): the draft then says so (review). */
  title?: string;
  slug: string;
  /** The place is missing only when the desk cannot tell it: the draft then says so (review). */
  dateline: Omit<Article['dateline'], 'place'> & Partial<Pick<Article['dateline'], 'place'>>;
  /** The agency is missing only when the item names none: the draft then says so (review). */
  source: Partial<Pick<Article['source'], 'agency' | 'name'>> & Pick<Article['source'], 'itemId' | 'version' | 'versionCreated'>;
  standfirst?: string;
  byline?: Byline[];
  lang?: string;
  people: ProposedPerson[];
  organisations: ProposedOrganisation[];
  /** The unnamed sources the quotations are credited to, by their descriptions: they need no frontmatter. */
  unnamed: string[];
  /** The story, the dateline taken off the lede (the page puts it back). */
  body: Block[];
  /** Numbers in the body, for the editor's figures. */
  numbers: string[];
  /** The day, in the article's zone, this version was filed: the date of an update, correction or kill. */
  versionDate: string;
  /** The headline or the body marks this version a correction; its text, when the body gives one. */
  correction: { marked: boolean; note?: string };
  /** What the editor should check, printed after the import. */
  notes: string[];
  /** What the editor must write in before publishing, as comments above those fields of the draft. */
  review: FiledFrom['review'];
}

export function prepareEntry(story: WireStory, options: ImportOptions, today: Date, known?: Known): Entry {
  const notes = story.leftOut.map((what) => `left out of the body: ${what}; add it by hand if the story needs it`);
  if (story.removed.length > 0) {
    notes.push(`removed from the body with their text, never imported: ${story.removed.join(', ')}`);
  }
  const headline = story.headline?.replace(/\s+/g, ' ').trim();
  const { title, signals } = headline ? readHeadline(headline) : { title: undefined, signals: [] as string[] };
  // What the body marks as not for publication goes first; an item that is all such text is refused (non-public.ts).
  const opening = readOpening({ ...story, blocks: publicBlocks(story.blocks, notes) });
  const filed = filedFrom(story, opening.dateline, options, known, notes);
  const { place, region, agency } = filed;
  const offset = ownOffset([story.firstCreated, story.versionCreated]);
  const timeZone = resolveZone(
    options.tz,
    {
      ...(place ? { place } : {}),
      ...(agency ? { agency } : {}),
      ...(region ? { region } : {}),
      ...(known ? { known: known.timeZone } : {}),
      ...(offset ? { offset } : {}),
    },
    notes,
  );
  const arrival = dayIn(today, timeZone);
  const versionDate =
    options.date ?? (story.versionCreated ? localDay(story.versionCreated, timeZone, 'versionCreated') : arrival);
  const date = resolveDate(options.date, story, timeZone, known, arrival, notes);
  const slug = options.slug ?? slugify(title ?? leadWords(opening.lede));
  if (!isSlug(slug)) {
    throw new WireError(`"${slug}" cannot be an article's address; give --slug with lower-case letters, digits and hyphens`);
  }

  const body = [opening.lede, ...opening.rest];
  const paragraphs = body.filter((b) => b.type === 'paragraph').map(blockText);
  const sources = proposePeople(
    paragraphs,
    story.people.map((p) => p.name),
  );
  notes.push(...checkPeople(paragraphs, sources));
  const byline = parseBylines([...story.bylines, ...opening.bylines], agency?.agency);
  const lang = story.lang === undefined ? undefined : canonicalLanguage(story.lang);
  return {
    slug,
    title,
    dateline: { ...(place ? { place } : {}), date, timeZone },
    source: {
      ...(agency ? { agency: agency.agency, name: agency.name } : {}),
      ...(story.itemId ? { itemId: story.itemId } : {}),
      ...(story.version !== undefined ? { version: story.version } : {}),
      ...(story.versionCreated ? { versionCreated: story.versionCreated } : {}),
    },
    ...(opening.standfirst ? { standfirst: opening.standfirst } : {}),
    ...(byline.length > 0 ? { byline } : {}),
    ...(lang ? { lang } : {}),
    ...sources,
    body,
    numbers: numbersIn(paragraphs),
    versionDate,
    correction: {
      marked: story.correction || signals.includes('correction'),
      ...(opening.correctionNote ? { note: opening.correctionNote } : {}),
    },
    notes,
    review: title === undefined ? { ...filed.review, title: headlineReview(story) } : filed.review,
  };
}

/** A headline-less draft's address: the lede's first eight words, which the editor's headline may replace (--slug). */
const leadWords = (lede: Block | undefined) => (lede ? blockText(lede).split(/\s+/).slice(0, 8).join(' ') : '');

function resolveDate(
  chosen: string | undefined,
  story: WireStory,
  timeZone: string,
  known: Known | undefined,
  arrival: string,
  notes: string[],
): string {
  if (chosen !== undefined) {
    if (!parseLocalDate(chosen))
      throw new WireError(`--date "${chosen}" is not a real day; write it as YYYY-MM-DD, for example 2021-12-01`);
    return chosen;
  }
  if (known) return known.date;
  if (story.firstCreated) return localDay(story.firstCreated, timeZone, 'firstCreated');
  if (story.versionCreated) return localDay(story.versionCreated, timeZone, 'versionCreated');
  notes.push(`date: the ${story.format} carries no date; dated ${arrival}, the day it arrived: check it (--date)`);
  return arrival;
}

/** The calendar day of an item's timestamp in the article's zone; a time without offset is already local. */
export function localDay(stamp: string, timeZone: string, field: string): string {
  const local = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+)?$/.exec(stamp.trim())?.[1];
  const instant = new Date(stamp);
  if (local && parseLocalDate(local)) return local;
  if (Number.isNaN(instant.getTime())) throw new WireError(`${field}: "${stamp}" is not a date and time (ISO 8601)`);
  return dayIn(instant, timeZone);
}

export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
