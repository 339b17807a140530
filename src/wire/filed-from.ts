/**
 * Where a story was filed from and who filed it, from the item alone: the
 * place is the lede's dateline, else the dateline element, else the item's
 * `located` (unless it only repeats the writer's name, as a form filled in
 * wrongly does), else, when the item names no place, the agency's home desk.
 * A dateline the agency printed with no place (Reuters' `Jan 3 (Reuters) -`,
 * for a story gathered in several places) says the home desk is not where it
 * was filed, so it is not used. When the desk truly cannot tell the place or
 * the agency, it does not guess and does not refuse: the article is a draft
 * with the field left out and a review note above it, which `npm run check`
 * then names until an editor writes it in. `--place` and `--agency` overrule all.
 */
import type { Agency } from './agencies.ts';
import { idHost, resolveAgency } from './credit.ts';
import { readDatelineElement, readLocated, type Dateline } from './lede-dateline.ts';
import { WireError, type WireStory } from './story.ts';

export interface FiledFrom {
  place?: string;
  /** The region the item gives with the place, for the zone. */
  region?: string;
  agency?: Agency;
  /** What the editor must write in before publishing, by frontmatter field: a YAML comment above it. */
  review: Partial<Record<'title' | 'dateline' | 'source', string>>;
}

interface Chosen {
  place?: string;
  agency?: string;
}

interface OnSite {
  place: string;
  agency: string;
}

export function filedFrom(
  story: WireStory,
  lede: Dateline,
  chosen: Chosen,
  known: OnSite | undefined,
  notes: string[],
): FiledFrom {
  const element = readDatelineElement(story.dateline);
  const named = readLocated(story.located, story.locatedIn);
  const writer = story.bylines.some((byline) => byline.split(',')[0].trim() === named.place);
  const located: Dateline = writer ? { ...(named.region ? { region: named.region } : {}) } : named;
  const where = [lede, element, located].find((d) => d.place !== undefined);
  let place = chosen.place ?? where?.place ?? known?.place;
  const review: FiledFrom['review'] = {};
  const agency = readAgency(story, [lede.agency, element.agency, ...story.agencyHints, known?.agency], chosen.agency, notes);
  if (agency === undefined) {
    review.source =
      ' REVIEW: the item names no agency (no provider, credit, copyright holder or dateline credit). Write agency and name under source before publishing.';
    notes.push(
      'source: the item names no agency; imported as a draft without one: write source.agency and source.name (or import again with --agency)',
    );
  }
  const placeless = lede.agency !== undefined && lede.place === undefined;
  if (!place && agency?.home && !placeless) {
    place = agency.home.place;
    notes.push(`dateline: the item names no place; dated from ${agency.agency}'s home desk, ${place}: check it (--place)`);
  }
  if (!place) {
    const why = placeless
      ? `its dateline names no place ("${lede.agency}" alone), so it was not filed from ${agency?.agency ?? 'the agency'}'s home desk`
      : 'the item names no place and no agency with a home desk';
    review.dateline = ` REVIEW: ${why}. Write the place the story was filed from as dateline.place before publishing.`;
    notes.push(`dateline: ${why}; imported as a draft without a place: write dateline.place (or import again with --place)`);
  }
  const region =
    chosen.place === undefined
      ? (where?.region ?? (where === undefined || located.place === place ? located.region : undefined))
      : undefined;
  return { ...(place ? { place } : {}), ...(region ? { region } : {}), ...(agency ? { agency } : {}), review };
}

/** The agency the item names, or undefined when it names none (`--agency` overrules). */
function readAgency(
  story: WireStory,
  hints: (string | undefined)[],
  chosen: string | undefined,
  notes: string[],
): Agency | undefined {
  try {
    return resolveAgency(chosen, [...hints, idHost(story.itemId)], notes);
  } catch (error) {
    if (error instanceof WireError && error.message.startsWith('no agency')) return undefined;
    throw error;
  }
}
