/**
 * Who the story quotes, proposed for the editor to check: the people,
 * organisations and unnamed sources the quote finder credits the story's
 * direct quotations to, found by the finder the build uses
 * (src/quotes/proposals.ts states the rule), so a draft's sources are exactly
 * those its quotations need. The item's person entities, where the format
 * has them, are proposed whether quoted or not, each completed from its
 * fullest mention in the text and given the role the text gives. Nothing is
 * invented: a person the text gives no title has no role, and the page shows
 * the name alone. A name the gazetteer knows as a place is nobody.
 */
import { proposeSources, type Proposals } from '../quotes/proposals.ts';
import { isPlaceName } from './gazetteer.ts';

export type { Proposals, ProposedOrganisation, ProposedPerson } from '../quotes/proposals.ts';

/** The sources to propose for a story's paragraphs (plain text, in order), the item's person entities first among them. */
export function proposePeople(paragraphs: readonly string[], entities: readonly string[]): Proposals {
  return proposeSources(
    paragraphs.map((text, i) => ({ text, line: i + 1 })),
    { people: entities, isPlace: isPlaceName },
  );
}
