/**
 * What a page tells search engines in its robots tags. Every indexable page
 * allows large image previews (Google Discover shows a large image only then).
 * Unmodified agency copy, a story the newsroom carries as filed with no
 * reporting of its own (`source.ownReporting`), follows the site's choice
 * (site.config.ts, AGENCY_COPY_ROBOTS): `index`, `no-news` (out of Google
 * News only) or `noindex` (out of every index). A story whose wire item
 * expires says until when it may be shown (`unavailable_after`).
 */
import type { AgencyCopyRobots } from '../site.config.ts';

/** A `<meta name content>` element of the head. */
export interface MetaTag {
  name: string;
  content: string;
}

export interface RobotsInput {
  /** A page that is never to be indexed: the 404 page, a killed story's notice. */
  noindex?: boolean | undefined;
  /** The agency's copy, carried as filed: the site's choice applies. */
  agencyCopy?: boolean | undefined;
  choice: AgencyCopyRobots;
  /** The instant the wire item expires, when it sets one. */
  unavailableAfter?: string | undefined;
}

export function robotsTags(input: RobotsInput): MetaTag[] {
  const keptOut = input.agencyCopy === true && input.choice === 'noindex';
  if (input.noindex === true || keptOut) return [{ name: 'robots', content: 'noindex' }];
  const directives = [
    'max-image-preview:large',
    ...(input.unavailableAfter ? [`unavailable_after: ${input.unavailableAfter}`] : []),
  ];
  const tags = [{ name: 'robots', content: directives.join(', ') }];
  if (input.agencyCopy === true && input.choice === 'no-news') tags.push({ name: 'googlebot-news', content: 'noindex' });
  return tags;
}
