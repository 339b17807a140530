/**
 * From a wire story to the facts of an article: what the agency sent,
 * completed by the desk's tables (dateline cities, agencies) and the
 * editor's options. Every fact the article needs and cannot get stops the
 * import with what to give instead. Pure: no file system.
 */
import { isValidTimeZone, parseLocalDate } from '../article/dates.ts';
import type { Article } from '../article/schema.ts';
import { isSlug, slugify } from '../article/slug.ts';
import { findAgency, knownAgencies, type Agency } from './agencies.ts';
import { placeZone } from './dateline-zones.ts';
import { proposePeople, type ProposedOrganisation, type ProposedPerson } from './propose-people.ts';
import { checkPeople, numbersIn } from './review.ts';
import { blockText, WireError, type Block, type WireStory } from './story.ts';

export interface ImportOptions {
  /** IANA zone of the dateline city, when the desk's table lacks it (or to overrule it). */
  tz?: string;
  place?: string;
  /** The publication day, YYYY-MM-DD, when the item has no date (plain text) or to overrule it. */
  date?: string;
  slug?: string;
  agency?: string;
  /** The correction note, when the agency's version is a correction without one, or to mark one. */
  correction?: string;
}

/** What an article already on the site says, for a later version that lacks it. */
export type Known = Article['dateline'] & Pick<Article['source'], 'agency'>;

/** An article's facts as the desk makes them: the frontmatter's fields it fills, and what the writer needs besides. */
export interface Entry extends Pick<Article, 'title' | 'dateline'> {
  slug: string;
  source: Pick<Article['source'], 'agency' | 'name' | 'itemId' | 'version' | 'versionCreated'>;
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
  /** What the editor should check, printed after the import. */
  notes: string[];
}

/** "Kiev (AFP) – ", "GROSSETO, Italy (AP) -- ", "MOSCOW, Dec 1 (Reuters) - ": place, agency, and its length. */
const LEDE_DATELINE =
  /^(?<place>\p{Lu}[\p{L}\p{M}'’. -]*?)(?:,[^()\n]{0,40}?)?\s*\((?<agency>[\p{L}][\p{L}\p{N}. -]{0,30}?)\)\s*(?:\.?\s*[-–—]{1,2}|:)\s+/u;
/** A NewsML-G2 dateline element: "MOSCOW, Monday (Reuters)". */
const DATELINE_ELEMENT = /^(?<place>[^,(]+?)\s*(?:,[^(]*)?(?:\((?<agency>[^)]+)\))?\s*$/u;

/** A place in capitals ("GROSSETO", "NEW YORK") as it is written in a sentence. */
function placeName(place: string): string {
  const trimmed = place.trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

export function prepareEntry(story: WireStory, options: ImportOptions, today: Date, known?: Known): Entry {
  const notes = story.leftOut.map((what) => `left out of the body: ${what}; add it by hand if the story needs it`);
  const title = story.headline?.replace(/\s+/g, ' ').trim();
  if (!title) throw new WireError(`no headline: the ${story.format} item has none; the story cannot be imported without one`);
  const [lede, ...rest] = story.blocks;
  if (!lede) throw new WireError(`no body: the ${story.format} item carries no story text under its headline`);
  if (lede.type !== 'paragraph') {
    throw new WireError(`the body starts with the crosshead "${blockText(lede)}", not with the lede (a paragraph)`);
  }
  const { lede: bareLede, place: ledePlace, agency: ledeAgency } = takeDateline(lede);
  const element = story.dateline ? DATELINE_ELEMENT.exec(story.dateline)?.groups : undefined;

  const place = options.place ?? ledePlace ?? story.located ?? element?.place ?? known?.place;
  if (!place) {
    throw new WireError(
      'no dateline: the lede does not open with one ("Kiev (AFP) – …") and the item names no place; give --place, for example --place Kiev',
    );
  }
  const agency = resolveAgency(options.agency, [ledeAgency, element?.agency, ...story.agencyHints, known?.agency]);
  const timeZone = resolveZone(options.tz, placeName(place), known);
  const versionDate =
    options.date ?? (story.versionCreated ? localDay(story.versionCreated, timeZone, 'versionCreated') : dayIn(today, timeZone));
  const date = resolveDate(options.date, story, timeZone, known);
  const slug = options.slug ?? slugify(title);
  if (!isSlug(slug)) {
    throw new WireError(`"${slug}" cannot be an article's address; give --slug with lower-case letters, digits and hyphens`);
  }

  const body = [bareLede, ...rest];
  const paragraphs = body.filter((b) => b.type === 'paragraph').map(blockText);
  const sources = proposePeople(
    paragraphs,
    story.people.map((p) => p.name),
  );
  notes.push(...checkPeople(paragraphs, sources));
  return {
    slug,
    title,
    dateline: { place: placeName(place), date, timeZone },
    source: {
      agency: agency.agency,
      name: agency.name,
      ...(story.itemId ? { itemId: story.itemId } : {}),
      ...(story.version ? { version: story.version } : {}),
      ...(story.versionCreated ? { versionCreated: story.versionCreated } : {}),
    },
    ...sources,
    body,
    numbers: numbersIn(paragraphs),
    versionDate,
    notes,
  };
}

/** The lede without its dateline, and what the dateline said. */
function takeDateline(lede: Block & { type: 'paragraph' }) {
  const first = lede.children[0];
  const match = first?.type === 'text' ? LEDE_DATELINE.exec(first.value) : null;
  if (!match || first?.type !== 'text') return { lede, place: undefined, agency: undefined };
  const rest = first.value.slice(match[0].length);
  const children = [...(rest === '' ? [] : [{ ...first, value: rest }]), ...lede.children.slice(1)];
  return { lede: { ...lede, children }, place: match.groups!.place, agency: match.groups!.agency };
}

function resolveAgency(chosen: string | undefined, hints: (string | undefined)[]): Agency {
  if (chosen !== undefined) {
    const agency = findAgency(chosen);
    if (!agency) throw new WireError(`--agency "${chosen}" is not an agency the desk knows (${knownAgencies()})`);
    return agency;
  }
  const named = hints.filter((hint): hint is string => hint !== undefined);
  for (const hint of named) {
    const agency = findAgency(hint);
    if (agency) return agency;
  }
  const said = named.length > 0 ? `it names ${named.map((n) => `"${n}"`).join(', ')}` : 'it names none';
  throw new WireError(
    `no agency the desk knows: ${said}. Give --agency (one of ${knownAgencies()}), or add the agency to src/wire/agencies.ts`,
  );
}

function resolveZone(chosen: string | undefined, place: string, known: Known | undefined): string {
  if (chosen !== undefined) {
    if (!isValidTimeZone(chosen)) {
      throw new WireError(`--tz "${chosen}" is not an IANA time zone; use a name such as Europe/Kyiv or America/New_York`);
    }
    return chosen;
  }
  // A later version keeps the zone the article has, which an editor may have set with --tz.
  const zone = known?.timeZone ?? placeZone(place);
  if (!zone) {
    throw new WireError(
      `no time zone known for the dateline "${place}"; give its zone with --tz, for example --tz Europe/Kyiv ` +
        '(or add the city to src/wire/dateline-zones.ts)',
    );
  }
  return zone;
}

function resolveDate(chosen: string | undefined, story: WireStory, timeZone: string, known: Known | undefined): string {
  if (chosen !== undefined) {
    if (!parseLocalDate(chosen))
      throw new WireError(`--date "${chosen}" is not a real day; write it as YYYY-MM-DD, for example 2021-12-01`);
    return chosen;
  }
  if (known) return known.date;
  if (story.firstCreated) return localDay(story.firstCreated, timeZone, 'firstCreated');
  if (story.versionCreated) return localDay(story.versionCreated, timeZone, 'versionCreated');
  throw new WireError(
    `the publication date cannot be determined: the ${story.format} carries no creation time; give --date, for example --date 2021-12-01`,
  );
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
