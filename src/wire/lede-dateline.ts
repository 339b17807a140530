/**
 * The dateline as each agency prints it at the head of the lede, read and
 * taken off (the page prints it again from the frontmatter, so it is never
 * printed twice):
 *
 * - place first, then the agency: AFP `KIEV (AFP) - `, AP `WASHINGTON (AP) _ `
 *   and `GROSSETO, Italy (AP) -- `, Reuters `DAMASCUS (Reuters) - ` and
 *   `MOSCOW, Dec 1 (Reuters) - `, dpa `Berlin (dpa) - `, EFE `Madrid, 3 ene (EFE).- `,
 *   NTB `Oslo (NTB): `;
 * - the date alone: Reuters `Jan 3 (Reuters) - ` (the place comes from the item);
 * - the agency first: ANSA `(ANSA) - ROMA, 1 LUG - `, and `(Sports Network) - `;
 * - Business Wire: `SAN FRANCISCO--(BUSINESS WIRE)--`;
 * - the agency between slashes: TASS `MOSCOW, January 21. /TASS/. `, Ritzau
 *   `København /ritzau/: `;
 * - in brackets, place and date: `(New York, NY - October 21) `.
 *
 * What follows the place after a comma is kept as its region (`Italy`,
 * `Pa.`) for the time zone, unless it is a date. The same forms read a
 * NewsML-G2 `<dateline>` element, which may also be the place alone.
 */

export interface Dateline {
  place?: string;
  /** A country, state or province after the place: "Italy", "Pa.", "NY". */
  region?: string;
  agency?: string;
}

const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’./ -]{0,40}?`;
const AGENCY = String.raw`\p{L}[\p{L}\p{N}&.' -]{0,30}?`;
const DASH = String.raw`(?:\.?\s*[-–—_]{1,2}|:)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const END = String.raw`(?:\s+|$)`;
const DAY = String.raw`(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})`;

const FORMS = [
  new RegExp(String.raw`^(?<place>${PLACE})(?:,(?<region>[^()\n]{0,40}?))?\s*\((?<agency>${AGENCY})\)\s*${DASH}${END}`, 'u'),
  new RegExp(String.raw`^${MONTH}\s+\d{1,2}\s*\((?<agency>${AGENCY})\)\s*${DASH}${END}`, 'u'),
  new RegExp(String.raw`^\((?<agency>${AGENCY})\)\s*[-–—]{1,2}\s*(?<place>${PLACE}),\s*${DAY}\s*[-–—]{1,2}${END}`, 'u'),
  new RegExp(
    String.raw`^(?<place>${PLACE})(?:,(?<region>[^()\n]{0,40}?))?\s*[-–—]{1,2}\s*\((?<agency>${AGENCY})\)\s*[-–—]{1,2}\s*`,
    'u',
  ),
  new RegExp(String.raw`^\((?<agency>${AGENCY})\)\s*${DASH}\s*`, 'u'),
  new RegExp(String.raw`^(?<place>${PLACE})(?:,\s*${DAY}\.?)?\s*\/(?<agency>${AGENCY})\/\s*[.:]?${END}`, 'u'),
  new RegExp(
    String.raw`^\((?<place>${PLACE})(?:,(?<region>[^()\-–]{1,20}?))?\s+[-–]\s+(?=[^()]*(?:\d|${MONTH}))[^()]{3,25}\)${END}`,
    'u',
  ),
];

const DATE_WORD = new RegExp(String.raw`\d|^(?:${MONTH}|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?$`, 'iu');
const NO_PLACE = /no.?data|unknown|^n\/?a$|^none$| [-–] /i;

/** Whether a name can be a dateline place: letters, no digits, a few words, not a date or a placeholder. */
export function isPlace(name: string | undefined): name is string {
  const trimmed = name?.trim() ?? '';
  return /\p{L}/u.test(trimmed) && !/\d/.test(trimmed) && trimmed.split(/\s+/).length <= 5 && !NO_PLACE.test(trimmed);
}

/** A place in capitals ("GROSSETO", "NEW YORK") as it is written in a sentence; an abbreviation ("EU", TT's) stays one. */
export function placeName(place: string): string {
  const trimmed = place.trim();
  if (trimmed !== trimmed.toUpperCase() || /^\p{Lu}{2}$/u.test(trimmed)) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/** The dateline at the head of a text, and its length; undefined when the text opens with none. */
export function readDateline(text: string): (Dateline & { length: number }) | undefined {
  for (const form of FORMS) {
    const match = form.exec(text);
    if (!match) continue;
    const { place, region, agency } = match.groups ?? {};
    if (place !== undefined && !isPlace(place)) continue;
    const regionText = region?.trim();
    return {
      length: match[0].length,
      ...(place ? { place: placeName(place) } : {}),
      ...(regionText && !DATE_WORD.test(regionText) ? { region: regionText } : {}),
      ...(agency ? { agency: agency.trim() } : {}),
    };
  }
  return undefined;
}

/** A NewsML-G2 `<dateline>` element: one of the forms, or the place alone ("Helsinki", "FORT WASHINGTON, Pa."). */
export function readDatelineElement(text: string | undefined): Dateline {
  if (text === undefined) return {};
  const trimmed = text.trim();
  // An element may leave off the dash that leads into the story: "MOSCOW, Monday (Reuters)".
  const printed = readDateline(/[-–—_:]$/.test(trimmed) ? trimmed : `${trimmed} -`);
  if (printed) return printed;
  const [place, region] = text.split(',').map((part) => part.trim());
  if (!isPlace(place)) return {};
  return { place: placeName(place), ...(region && !DATE_WORD.test(region) ? { region } : {}) };
}

/** An item's `located` ("Grossetto, Italy"; "Kiev" in "Ukraine"): the place and its region. */
export function readLocated(text: string | undefined, within?: string): Dateline {
  if (text === undefined) return {};
  const [place, named] = text.split(',').map((part) => part.trim());
  const region = named ?? within;
  return isPlace(place) ? { place: placeName(place), ...(region ? { region } : {}) } : {};
}
