/**
 * Bylines, kept as data (`byline` in the frontmatter: each writer's name,
 * and a role when the byline gives one). Read from the item's byline fields
 * (NewsML-G2 `by`, ninjs `byline`/`bylines`/`by`) and header blocks, and from
 * a byline paragraph opening the body (Reuters' `By Jane Roe`), which is then
 * the byline, not the lede. "By", "Von", "Av", "Par", "Por", "Door", "Di" are
 * taken off; names in capitals are written as names; an agency's name
 * (`Von Almut Kipp, dpa`, `Martin Hardenberger/TT`, NTB's byline `NTB`) is the
 * credit, not a writer, as are agencies joined (NTB's `NTB-AFP-DPA`) and a web
 * address (NTB's `Geir Molnes / Faktisk.no`);
 * a title or an affiliation after a name (`, Associated Press Writer`,
 * `, Michigan State University`) is the role.
 */
import { findAgency } from './agencies.ts';
import { placeName } from './lede-dateline.ts';

export interface Byline {
  name: string;
  role?: string;
}

const LEAD_WORD = /^(?:by|von|av|par|por|door|di|de|af)\s+/i;
const JOINS = /\s*(?:,|\/|;|&|\s(?:and|und|og|och|ja|et|e|y|en)\s)\s*/i;
const ROLE =
  /\b(?:writer|correspondent|editor|reporter|journalist|staff|chief|columnist|analyst|contributor|producer|korrespondent|redakteur|toimittaja|reporter|writers|university|universität|institute|college)\b/i;
const NAME =
  /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:de|van|von|der|da|di|du|le|la|al|bin|ibn|ter)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){0,4}$/u;

/** A web address standing for the source ("Faktisk.no", "www.example.com"): never a writer. */
const WEB = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[a-z]{2,6})+$/u;

const parts = (line: string) =>
  line
    .replace(/\s*=\s*$/, '')
    .trim()
    .replace(LEAD_WORD, '')
    .split(JOINS)
    .map((p) => p.trim().replace(LEAD_WORD, ''))
    .filter((p) => p !== '');

/**
 * A byline paragraph at the head of the body: the item's own byline, or
 * "By" and names only ("By Marwan Makdisi", "By Jane Roe and John Doe, Reuters").
 */
export function isBylineParagraph(text: string, bylines: readonly string[]): boolean {
  const trimmed = text.trim();
  if (bylines.some((b) => b.trim() === trimmed)) return true;
  if (!LEAD_WORD.test(trimmed) || trimmed.split(/\s+/).length > 12) return false;
  return parts(trimmed).every((part) => NAME.test(part) || ROLE.test(part) || findAgency(part) !== undefined);
}

/** An agency's name, the story's credit, or agencies joined ("NTB-AFP-DPA", "AFP+dpa"). */
const isCredit = (part: string, credit: string | undefined) =>
  part.toLowerCase() === credit?.toLowerCase() || part.split(/\s*[-+]\s*/).every((name) => findAgency(name) !== undefined);

/** The writers named in the item's bylines, each once, in order. */
export function parseBylines(bylines: readonly string[], credit: string | undefined): Byline[] {
  const out: Byline[] = [];
  for (const line of bylines) {
    for (const part of parts(line)) {
      const last = out.at(-1);
      if (isCredit(part, credit) || WEB.test(part)) continue;
      if (ROLE.test(part) && last && last.role === undefined) {
        last.role = part;
      } else if (NAME.test(part)) {
        const name = placeName(part);
        if (!out.some((b) => b.name === name)) out.push({ name });
      }
    }
  }
  return out;
}
