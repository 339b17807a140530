/**
 * What an IPTC 7901 transmission says of itself, read as metadata and never
 * as story text (iptc-7901.ts reads the story):
 *
 * - the time it was sent, from the trailer after ETX: day, hour and minute,
 *   then the month and the year (`041530 GMT Mar 24` is 4 March 2024,
 *   15:30 UTC), the month in English, German or French (`Dez`, `dec`,
 *   `déc`); or Kyodo's form, the desk, hour and minute, then day, month and
 *   year (`KWS-09:05-14-03-24`). A trailer that says GMT or UTC is a UTC time
 *   (written `Z`: it says nothing of where the story was filed); one that
 *   says no zone is the agency's local time, written with no offset, which
 *   the desk reads as the dateline's day. Two-digit years are 1970 to 2069.
 *   A trailer in one of these forms that is not a real time is refused,
 *   naming it; one in no such form is no time, and the story is dated by the
 *   day it arrives;
 * - the agency, from the sign-off (`dpa ab cd`, on a line of its own after
 *   the story; `(ATS/xy)`; `==Kyodo`) and the header line (`dpa`, Kyodo's
 *   `a0217KYODO`), when the registry knows the name (agencies.ts);
 * - the lede's dateline in the two forms only 7901 copy prints: the agencies
 *   in brackets with no dash (`Genève (ats afp) `) and the agency unbracketed
 *   after the date (`KANAZAWA, Japan, March 14 Kyodo - `); the other forms are
 *   lede-dateline.ts's, read there.
 */
import { findAgency } from './agencies.ts';
import { isPlace, readDateline } from './lede-dateline.ts';
import { WireError, type WireStory } from './story.ts';

/** Each month's abbreviations, in English, German and French. */
const MONTH_NAMES = ['jan janv', 'feb fev fév févr', 'mar mär mrz mars', 'apr avr', 'may mai', 'jun juin', 'jul juil'];
const MONTHS = new Map(
  [...MONTH_NAMES, 'aug aou aoû', 'sep sept', 'oct okt', 'nov', 'dec déc dez'].flatMap((names, i) =>
    names.split(' ').map((name) => [name, i + 1] as const),
  ),
);

const DAY_FIRST =
  /^(?<day>\d{2})(?<hour>\d{2})(?<minute>\d{2})\s+(?:(?<utc>GMT|UTC)\s+)?(?<month>\p{L}{3,5})\.?\s+(?<year>\d{2}|\d{4})$/iu;
const KYODO = /^\p{Lu}{2,5}-(?<hour>\d{2}):(?<minute>\d{2})-(?<day>\d{2})-(?<month>\d{2})-(?<year>\d{2})$/u;

/** The trailer forms, to find a trailer left as the last line when the control characters were stripped. */
export const TRAILER = [DAY_FIRST, KYODO];

/** The version's time as ISO 8601, or undefined when the trailer is in no known form. */
export function readTrailer(trailer: string): string | undefined {
  const groups = (DAY_FIRST.exec(trailer) ?? KYODO.exec(trailer))?.groups;
  if (!groups) return undefined;
  const month = /^\d+$/.test(groups.month) ? Number(groups.month) : MONTHS.get(groups.month.toLowerCase());
  const short = Number(groups.year);
  const year = groups.year.length === 4 ? short : short < 70 ? 2000 + short : 1900 + short;
  const [day, hour, minute] = [groups.day, groups.hour, groups.minute].map(Number);
  const at = new Date(Date.UTC(year, (month ?? 0) - 1, day, hour, minute));
  const real = month !== undefined && at.getUTCMonth() === month - 1 && at.getUTCDate() === day && hour < 24 && minute < 60;
  if (!real) {
    throw new WireError(
      `the transmission's trailer "${trailer}" (day, hour, minute, month, year) is not a real time: ask the agency to resend the item`,
    );
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${groups.utc ? 'Z' : ''}`;
}

const SIGN_OFFS = [
  /^(?<agency>\p{L}[\p{L}-]*)(?:\s+\p{Ll}{2,4})+$/u,
  /^\((?<agency>\p{L}[\p{L}-]*)(?:\s*\\?\/\s*\p{Ll}{1,4})+\)$/u,
  /^==\s*(?<agency>\p{L}[\p{L}-]*)$/u,
];

/** The agency a sign-off names, when the registry knows it; initials alone must be a paragraph of their own. */
export function signOffAgency(line: string, ownParagraph: boolean): string | undefined {
  const name = SIGN_OFFS.map((form) => form.exec(line)?.groups?.agency).find((found, i) => found && (i > 0 || ownParagraph));
  return name !== undefined && findAgency(name) ? name : undefined;
}

const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’. -]{0,40}?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** `Genève (ats afp) `: the agencies in brackets, no dash. */
const BRACKETED = new RegExp(String.raw`^(?<place>${PLACE})\s*\((?<agencies>\p{L}+(?:[\s/]+\p{L}+)*)\)\s+(?=\S)`, 'u');
/** `KANAZAWA, Japan, March 14 Kyodo - `: place, region, date, then the agency without brackets. */
const UNBRACKETED = new RegExp(
  String.raw`^(?<place>${PLACE})(?:,[^,()]{1,30})?,\s*${MONTH}\s+\d{1,2}\s+(?<agencies>\p{L}+)\s*[-–—]{1,2}\s+`,
  'u',
);

/**
 * A lede opening with a dateline in a 7901-only form: taken off, and kept as
 * the story's dateline as the agency printed it (filed-from.ts reads it).
 */
export function ledeDateline(lede: string, story: WireStory): string {
  if (readDateline(lede) !== undefined) return lede;
  for (const form of [BRACKETED, UNBRACKETED]) {
    const match = form.exec(lede);
    const agencies = match?.groups!.agencies.split(/[\s/]+/) ?? [];
    if (!match || !isPlace(match.groups!.place) || !agencies.every((name) => findAgency(name))) continue;
    story.dateline = match[0].replace(/\s*[-–—]*\s*$/, '');
    story.agencyHints.push(...agencies);
    return lede.slice(match[0].length);
  }
  return lede;
}

/** The agencies the header line names (`dpa`, Kyodo's `a0217KYODO`), by the registry. */
export function headerAgencies(header: string): string[] {
  return (
    header
      // eslint-disable-next-line no-control-regex -- Kyodo's header separates its fields with US (0x1F)
      .split(/[\s\u0000-\u001f]+/)
      .map((token) => token.replace(/^[a-z]{1,4}\d+/i, ''))
      .filter((token) => token !== '' && findAgency(token) !== undefined)
  );
}
