/**
 * When a story stops being ours to show in search: the wire item may set an
 * expiry (`source.expires`), a day (the start of that day in the dateline's
 * zone) or an instant with its offset. Past it, the story leaves the
 * sitemaps, and its page has told search engines so all along
 * (`unavailable_after`). "Now" is the build's clock: SOURCE_DATE_EPOCH (whole
 * seconds since 1970, UTC) when it is set, so a build can be repeated exactly.
 */
import { parseLocalDate, toZonedISO } from './dates.ts';

/** An instant with its offset: "2021-12-08T18:00:00+01:00", "2021-12-08T17:00:00Z". */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether an expiry as written in the frontmatter can be read. */
export function isExpiry(value: string): boolean {
  return parseLocalDate(value) !== null || (INSTANT.test(value) && !Number.isNaN(Date.parse(value)));
}

interface Expiring {
  dateline: { timeZone: string };
  source: { expires?: string | undefined };
}

/** The expiry as an instant with its offset, for `unavailable_after`; undefined when the item sets none. */
export function expiryInstant(article: Expiring): string | undefined {
  const { expires } = article.source;
  if (expires === undefined) return undefined;
  return INSTANT.test(expires) ? expires : toZonedISO(expires, article.dateline.timeZone);
}

/** Whether an expiry instant (from expiryInstant) has come by `now`. */
export function isPast(instant: string | undefined, now: Date): boolean {
  return instant !== undefined && Date.parse(instant) <= now.getTime();
}

/** Whether the story has expired by `now`. */
export function hasExpired(article: Expiring, now: Date): boolean {
  return isPast(expiryInstant(article), now);
}

/** The build's time: SOURCE_DATE_EPOCH when set, else the clock's. */
export function buildTime(sourceDateEpoch: string | undefined, clock: () => Date = () => new Date()): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return clock();
  if (!/^\d+$/.test(sourceDateEpoch)) {
    throw new Error(
      `SOURCE_DATE_EPOCH is "${sourceDateEpoch}": it must be whole seconds since 1970-01-01 UTC, for example 1638316800; unset it to use the current time`,
    );
  }
  return new Date(Number(sourceDateEpoch) * 1000);
}
