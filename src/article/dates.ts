/**
 * Dates as the newsroom writes them. An article's dates are calendar days in
 * the article's own time zone (a Kyiv story is dated Kyiv time), so nothing here
 * reads the build machine's zone: every Date is a TZDate pinned to the article's.
 */
import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** "2021-12-01" → its parts, or null when it is not a real day ("2021-02-30", "1 Dec"). */
export function parseLocalDate(value: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** Zones already checked: a formatter is costly to make, and a large archive names the same few zones over and over. */
const checkedZones = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = checkedZones.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      valid = timeZone.includes('/') || timeZone === 'UTC';
    } catch {
      valid = false;
    }
    checkedZones.set(timeZone, valid);
  }
  return valid;
}

/** The start of a day in the article's zone, which an edition writes in its own words (src/editions/dates.ts). */
export function startOfLocalDay(value: string, timeZone: string): TZDate {
  const date = parseLocalDate(value);
  if (!date) throw new Error(`"${value}" is not a date in the form YYYY-MM-DD`);
  const start = new TZDate(date.year, date.month - 1, date.day, timeZone);
  if (!isValid(start)) throw new Error(`"${timeZone}" is not a time zone`);
  return start;
}

/**
 * A date's text, computed once per day and zone: time-zone arithmetic is
 * costly, and a large archive asks for the same few thousand days on every page that lists stories.
 */
function perDayAndZone(compute: (value: string, timeZone: string) => string): (value: string, timeZone: string) => string {
  const known = new Map<string, string>();
  return (value, timeZone) => {
    const key = `${value} ${timeZone}`;
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = compute(value, timeZone)));
    return text;
  };
}

/**
 * The machine form, for metadata that needs an instant with its offset
 * (JSON-LD, Open Graph, feeds, sitemaps): the start of that day in the
 * article's zone, "2021-12-01T00:00:00+02:00". The page itself shows the day only,
 * so no time of day is claimed to readers.
 */
export const toZonedISO = perDayAndZone((value, timeZone) => formatISO(startOfLocalDay(value, timeZone)));

/** RFC 822 for RSS, from the same instant. */
export function toUTCDate(value: string, timeZone: string): Date {
  return new Date(startOfLocalDay(value, timeZone).getTime());
}

/** What an article's text last change is read from: its publication, its update and its corrections. */
interface Changes {
  dateline: { date: string };
  updated?: string | undefined;
  corrections: readonly { date: string }[];
}

const latest = (days: readonly (string | undefined)[]): string =>
  days.filter((d): d is string => d !== undefined).reduce((last, d) => (d > last ? d : last));

/**
 * The day the article's text last changed: the latest of its publication, its
 * update and every correction. Its page shows it as "Updated", and its
 * `article:modified_time`, JSON-LD `dateModified`, feed item and sitemap
 * entry give it (each through toZonedISO or toUTCDate, in the article's zone).
 */
export function lastTextChange(article: Changes): string {
  return latest([article.dateline.date, article.updated, ...article.corrections.map((c) => c.date)]);
}

/** The day the article last changed, its kill included: what a killed story's notice is dated by. */
export function lastChange(article: Changes & { withdrawn?: { date: string } | undefined }): string {
  return latest([lastTextChange(article), article.withdrawn?.date]);
}
