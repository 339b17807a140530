/**
 * The world's cities and their time zones, from the `city-timezones` package
 * (about 7,300 cities with their country, province or state, population and
 * IANA zone). A name may fit several places (London, Ontario; Roma,
 * Queensland): the region the dateline gives (a country, a province, a US
 * state as AP abbreviates it) chooses among them first, then the item's own
 * UTC offset among those left (when a place fits it: an item's offset can be
 * wrong), then the largest place. A region alone gives the zone of its
 * largest city, in the item's offset when one of its cities has it. The
 * same names tell the desk's proposals a place from a person: `Santa Cruz`
 * (a district of Manila, a city in Bolivia) or `Central Vietnam` (a country's
 * part by its compass point) is nobody. Loaded only by the wire desk, never
 * by the site.
 */
import cityTimezones from 'city-timezones';
import { stripAccents } from '../text/patterns.ts';

interface Town {
  zone: string;
  pop: number;
  keys: string[];
}

const key = (name: string) =>
  stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** AP's state abbreviations, as its datelines write them ("FORT WASHINGTON, Pa."), to USPS codes. */
const AP_STATES = new Map(
  'ala AL|ariz AZ|ark AR|calif CA|colo CO|conn CT|del DE|fla FL|ga GA|ill IL|ind IN|kan KS|kans KS|ky KY|la LA|md MD|mass MA|mich MI|minn MN|miss MS|mo MO|mont MT|neb NE|nebr NE|nev NV|n h NH|n j NJ|n m NM|n y NY|n c NC|n d ND|okla OK|ore OR|pa PA|r i RI|s c SC|s d SD|tenn TN|tex TX|vt VT|va VA|wash WA|w va WV|wis WI|wyo WY|d c DC'
    .split('|')
    .map((pair) => [pair.slice(0, -3), `us ${pair.slice(-2).toLowerCase()}`] as const),
);
const US_STATES = new Set<string>(AP_STATES.values());

const TOWNS: Town[] = cityTimezones.cityMapping.map((c) => ({
  zone: c.timezone,
  pop: c.pop,
  keys: [c.country, c.iso2, c.iso3, c.province, c.state_ansi && `us ${c.state_ansi}`].filter(Boolean).map((v) => key(String(v))),
}));
const BY_NAME = new Map<string, Town[]>();
cityTimezones.cityMapping.forEach((c, i) => {
  for (const name of new Set([key(String(c.city)), key(String(c.city_ascii))]))
    BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), TOWNS[i]]);
});

/** Every city's, country's and province's name, as a key. */
const PLACES = new Set(
  cityTimezones.cityMapping.flatMap((c) =>
    [c.city, c.city_ascii, c.country, c.province].filter(Boolean).map((v) => key(String(v))),
  ),
);
const COMPASS =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|north ?(?:east|west)(?:ern)?|south ?(?:east|west)(?:ern)?|upper|lower|greater) /;

/** Whether a name of two words or more is a place's: a city, country or province, or one's part by its compass point. */
export function isPlaceName(name: string): boolean {
  const wanted = key(name);
  return wanted.includes(' ') && (PLACES.has(wanted) || PLACES.has(wanted.replace(COMPASS, '')));
}

/** The UTC offset of a zone at an instant, in minutes. */
export function offsetOf(zone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

/** What the item says besides the place: its region, and its own UTC offset at an instant. */
export interface Clues {
  region?: string;
  offset?: { minutes: number; at: Date };
}

const fits = (clues: Clues) => (town: Town) => !clues.offset || offsetOf(town.zone, clues.offset.at) === clues.offset.minutes;
const largest = (towns: Town[]) => towns.reduce<Town | undefined>((a, b) => (a && a.pop >= b.pop ? a : b), undefined);
/** A region as a key: an AP state ("Pa.") or a US state code ("NY") as "us pa", else its name or code. */
function regionKey(region: string): string {
  const state = /^[A-Z]{2}$/.test(region.trim()) ? `us ${region.trim().toLowerCase()}` : undefined;
  return AP_STATES.get(key(region)) ?? (state !== undefined && US_STATES.has(state) ? state : key(region));
}

/** Towns in the region, when the item gives one and any are. */
function inRegion(towns: Town[], region: string | undefined): Town[] {
  const wanted = region === undefined ? undefined : regionKey(region);
  return wanted === undefined ? [] : towns.filter((t) => t.keys.includes(wanted));
}

/**
 * The towns the item's clues leave: those in its region, when any are; of
 * those, the ones whose zone has the item's offset, when any have. The
 * region comes first: it is written in the dateline, while an item's
 * offset can be its system's, not its place's (some write every time in UTC).
 */
function narrowed(towns: Town[], clues: Clues): Town[] {
  const regional = inRegion(towns, clues.region);
  const named = regional.length > 0 ? regional : towns;
  const fitting = named.filter(fits(clues));
  return fitting.length > 0 ? fitting : named;
}

/**
 * A city's zone; whether other places of that name lie in other zones; and
 * whether the dateline's region puts it away from the best-known place of
 * the name (LONDON, Ontario), which the desk's own table would mean.
 */
export function cityZone(place: string, clues: Clues): { zone: string; ambiguous: boolean; elsewhere: boolean } | undefined {
  const all = BY_NAME.get(key(place)) ?? [];
  const towns = narrowed(all, clues);
  const town = largest(towns);
  const regional = inRegion(all, clues.region);
  const elsewhere = regional.length > 0 && !regional.includes(largest(all)!);
  return town && { zone: town.zone, ambiguous: towns.some((t) => t.zone !== town.zone), elsewhere };
}

/** The zone of a region's largest city: a country ("Italy", "IT"), a province, a US state ("Pa.", "NY"). */
export function regionZone(region: string, clues: Clues): string | undefined {
  const wanted = regionKey(region);
  return largest(
    narrowed(
      TOWNS.filter((t) => t.keys.includes(wanted)),
      { ...clues, region },
    ),
  )?.zone;
}
