/**
 * The article's time zone, which dates it: the zone of the place it was
 * filed from. In order: `--tz`; the zone the article already has (a later
 * version); the desk's table of agency spellings (dateline-zones.ts: "Kiev",
 * "Genf", "Roma"); the gazetteer (gazetteer.ts), by the place and its region,
 * checked against the item's own UTC offset when it gives one; the region
 * alone; the agency's home desk, when the item's offset does not say
 * otherwise; a zone of the item's own offset (`Etc/GMT-2`); and last UTC.
 * Every step past the gazetteer says so in a note: the import goes on, as a
 * draft, and the editor checks the zone.
 */
import { isValidTimeZone } from '../article/dates.ts';
import type { Agency } from './agencies.ts';
import { placeZone } from './dateline-zones.ts';
import { cityZone, offsetOf, regionZone, type Clues } from './gazetteer.ts';
import { WireError } from './story.ts';

/** The item's UTC offset, from a timestamp that states one other than zero (many systems write every time in UTC). */
export function ownOffset(stamps: (string | undefined)[]): Clues['offset'] {
  for (const stamp of stamps) {
    const match = stamp && /([+-])(\d{2}):?(\d{2})$/.exec(stamp.trim());
    const at = stamp ? new Date(stamp) : undefined;
    if (!match || !at || Number.isNaN(at.getTime())) continue;
    const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
    if (minutes !== 0) return { minutes, at };
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
  const table = names.map(placeZone).find((zone) => zone !== undefined);
  if (table) return table;
  const clues = { ...(region ? { region } : {}), ...(offset ? { offset } : {}) };
  for (const name of names) {
    const city = cityZone(name, clues);
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
  if (home && (!offset || offsetOf(home, offset.at) === offset.minutes))
    return guess(home, `took ${agency!.agency}'s home desk's`);
  if (offset && offset.minutes % 60 === 0) {
    const hours = -offset.minutes / 60;
    return guess(`Etc/GMT${hours > 0 ? '+' : ''}${hours}`, "took the item's own UTC offset");
  }
  return guess('UTC', 'the item says nothing of its zone');
}
