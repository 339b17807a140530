/**
 * The article's time zone, which dates it: the zone of the place it was
 * filed from. In order: `--tz`; the zone the article already has (a later
 * version); the desk's table of agency spellings (dateline-zones.ts: "Kiev",
 * "Genf", "Roma"), unless the dateline's region puts the place elsewhere
 * (LONDON, Ontario); the gazetteer (gazetteer.ts), by the place and its region,
 * checked against the item's own UTC offset when it gives one; the region
 * alone; the agency's home desk, when the item's offset (other than
 * +00:00) does not say otherwise; a zone of the item's own offset (`Etc/GMT-2`, or `UTC` for an
 * item that states +00:00); and last UTC. The item's own offset is one it
 * writes out (`+02:00`, `+00:00`): a bare `Z` (and RFC 3339's `-00:00`,
 * "offset unknown") is how systems write every time, and says nothing of
 * where the story was filed. Every step past the gazetteer says so in a note:
 * the import goes on, as a draft, and the editor checks the zone.
 */
import { isValidTimeZone } from '../article/dates.ts';
import type { Agency } from './agencies.ts';
import { placeZone } from './dateline-zones.ts';
import { cityZone, offsetOf, regionZone, type Clues } from './gazetteer.ts';
import { WireError } from './story.ts';

/** The item's UTC offset, from the first timestamp that writes one out (`+00:00` included; not `Z`, not `-00:00`). */
export function ownOffset(stamps: (string | undefined)[]): Clues['offset'] {
  for (const stamp of stamps) {
    const match = stamp && /([+-])(\d{2}):?(\d{2})$/.exec(stamp.trim());
    const at = stamp ? new Date(stamp) : undefined;
    if (!match || !at || Number.isNaN(at.getTime())) continue;
    const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    if (minutes !== 0 || match[1] === '+') return { minutes, at };
  }
  return undefined;
}

interface Where {
  /** Missing when the desk cannot tell where the story was filed (filed-from.ts). */
  place?: string;
  region?: string;
  offset?: Clues['offset'];
  agency?: Agency;
  known?: string;
}

export function resolveZone(chosen: string | undefined, where: Where, notes: string[]): string {
  if (chosen !== undefined) {
    if (!isValidTimeZone(chosen)) {
      throw new WireError(`--tz "${chosen}" is not an IANA time zone; use a name such as Europe/Kyiv or America/New_York`);
    }
    return chosen;
  }
  // A later version keeps the zone the article has, which an editor may have set with --tz.
  if (where.known) return where.known;
  const { place, region, offset, agency } = where;
  const names = place === undefined ? [] : place.split('/').map((name) => name.trim());
  const clues = { ...(region ? { region } : {}), ...(offset ? { offset } : {}) };
  const cities = names.map((name) => ({ name, city: cityZone(name, clues) }));
  // The table means the best-known place of a name; a dateline's region can say it is another one.
  const elsewhere = cities.find(({ city }) => city?.elsewhere);
  const table = elsewhere ? undefined : names.map(placeZone).find((zone) => zone !== undefined);
  if (table) return table;
  for (const { name, city } of elsewhere ? [elsewhere] : cities) {
    if (city?.ambiguous) {
      notes.push(`time zone: several places are called ${name}; took ${city.zone}, the largest's; give --tz if that is wrong`);
    }
    if (city) return city.zone;
  }
  const guess = (zone: string, why: string) => {
    const what = place === undefined ? 'the item names no place' : `${place} is not in the gazetteer`;
    notes.push(`time zone: ${what}; ${why}, so the article is dated in ${zone}: check it (--tz)`);
    return zone;
  };
  const inRegion = region && regionZone(region, clues);
  if (inRegion) return guess(inRegion, `took the zone of ${region}'s largest city`);
  // With no place, the home desk is not where the story was filed (filed-from.ts): its zone is no clue.
  const home = place === undefined ? undefined : agency?.home?.timeZone;
  // A stated +00:00 does not unmake the home desk: systems that keep every time in UTC write it as readily as Z.
  if (home && (!offset || offset.minutes === 0 || offsetOf(home, offset.at) === offset.minutes))
    return guess(home, `took ${agency!.agency}'s home desk's`);
  if (offset?.minutes === 0) return guess('UTC', 'the item states its times in UTC (+00:00)');
  if (offset && offset.minutes % 60 === 0) {
    // IANA's Etc zones count the other way: UTC+5 is Etc/GMT-5.
    const hours = -offset.minutes / 60;
    return guess(`Etc/GMT${hours > 0 ? '+' : ''}${hours}`, "took the item's own UTC offset");
  }
  return guess('UTC', 'the item says nothing of its zone');
}
