/**
 * Which agency the story is credited to, from the item alone: the first of
 * its names the desk knows (src/wire/agencies.ts), looked for in the
 * dateline's credit, the dateline element, the provider (its code, literal
 * or name), the credit line, the copyright holder, the info sources, and the
 * web address in the item's id. An agency the desk does not know but that
 * names itself is credited by that name, as both credit and full name, with
 * a note to add it to the table; only an item that names no one is refused.
 * `--agency` overrules all of it.
 */
import { findAgency, type Agency } from './agencies.ts';
import { WireError } from './story.ts';

/** The web address in an item id: "urn:newsml:dpa.com:2009…" → "dpa.com", "tag_reuters.com_2014_…" → "reuters.com". */
export function idHost(itemId: string | undefined): string | undefined {
  return itemId ? /(?:[a-z0-9-]+\.)+[a-z]{2,}/i.exec(itemId.replace(/^[a-z]+:\/\//i, ''))?.[0].replace(/^www\./i, '') : undefined;
}

/** A name an agency could go by: letters, a few words, not an editor's user name ("winkhaus.uta") or an address. */
const selfName = (hint: string) =>
  /\p{L}/u.test(hint) && hint.length <= 60 && !/^[\p{Ll}\d_]+\.[\p{Ll}\d_.]+$/u.test(hint) && !/[@/]/.test(hint);

export function resolveAgency(chosen: string | undefined, hints: (string | undefined)[], notes: string[]): Agency {
  if (chosen !== undefined) {
    const agency = findAgency(chosen);
    if (agency) return agency;
    notes.push(`--agency "${chosen}" is not in src/wire/agencies.ts: credited as "${chosen}"; add it there for a full name`);
    return { agency: chosen, name: chosen, aliases: [] };
  }
  const named = hints.map((hint) => hint?.trim()).filter((hint): hint is string => hint !== undefined && hint !== '');
  for (const hint of named) {
    const agency = findAgency(hint);
    if (agency) return agency;
  }
  const own = named.find(selfName);
  if (own === undefined) {
    throw new WireError(
      'no agency: the item names none (no provider, credit, copyright holder or dateline credit); give --agency, for example --agency AFP',
    );
  }
  notes.push(
    `the agency "${own}" is not in src/wire/agencies.ts: credited as "${own}" (credit and full name); ` +
      'add it there for a short credit and its full name',
  );
  return { agency: own, name: own, aliases: [] };
}
