/**
 * A day as the edition's readers see it: "Wednesday 1 December 2021",
 * « mercredi 1er décembre 2021 ». The day is the article's, in its own time
 * zone (src/article/dates.ts); the edition only writes it in its words.
 */
import { startOfLocalDay } from '../article/dates.ts';
import type { Strings } from './strings.ts';

/**
 * Each day's text, computed once per edition, day and zone: time-zone arithmetic
 * is costly, and a large archive asks for the same few thousand days on every page that lists stories.
 */
const known = new Map<string, string>();

/** "2021-12-01" in "Europe/Kyiv", in the edition's words. */
export function longDate(strings: Strings, value: string, timeZone: string): string {
  const key = `${strings.locale} ${value} ${timeZone}`;
  let text = known.get(key);
  if (text === undefined) known.set(key, (text = strings.longDate(startOfLocalDay(value, timeZone))));
  return text;
}
