/**
 * The site's identity, in one place. The deploy address is set at build time
 * (see the README's "Deploy"): Astro's own `--site` and `--base` flags win over
 * the SITE_URL and BASE_PATH environment variables, which win over these defaults.
 */

/**
 * What search engines may do with unmodified agency copy (README "Robots"):
 * `index` everything; `no-news` keeps it out of Google News only; `noindex`
 * keeps it out of every index. AGENCY_COPY_ROBOTS overrides the default.
 */
export const AGENCY_COPY_ROBOTS = ['index', 'no-news', 'noindex'] as const;
export type AgencyCopyRobots = (typeof AGENCY_COPY_ROBOTS)[number];

/** The site's choice for agency copy: AGENCY_COPY_ROBOTS when set, else site.config.ts. */
export function agencyCopyRobots(value: string | undefined = process.env.AGENCY_COPY_ROBOTS): AgencyCopyRobots {
  if (value === undefined || value === '') return siteConfig.agencyCopyRobots;
  const choice = AGENCY_COPY_ROBOTS.find((known) => known === value);
  if (choice === undefined) {
    throw new Error(`AGENCY_COPY_ROBOTS is "${value}": write one of ${AGENCY_COPY_ROBOTS.join(', ')} (README "Robots")`);
  }
  return choice;
}

/**
 * The schema.org properties of a news publisher that name one of its policy
 * pages (https://schema.org/NewsMediaOrganization).
 */
export type PolicyProperty =
  | 'publishingPrinciples'
  | 'correctionsPolicy'
  | 'ethicsPolicy'
  | 'masthead'
  | 'noBylinesPolicy'
  | 'unnamedSourcesPolicy'
  | 'actionableFeedbackPolicy';

/** A page about the site itself: its address and the policies it states (its footer link's text is each edition's, src/editions/). */
export interface TrustPage {
  /** Its address under the base ("standards" → /standards/) and its file, content/pages/standards.md. */
  slug: string;
  /** The publisher's properties this page answers in the JSON-LD. */
  policies: readonly PolicyProperty[];
}

/** The trust pages, in footer order: the only list of them. */
export const TRUST_PAGES = [
  { slug: 'about', policies: ['masthead'] },
  { slug: 'standards', policies: ['publishingPrinciples', 'ethicsPolicy', 'noBylinesPolicy', 'unnamedSourcesPolicy'] },
  { slug: 'corrections', policies: ['correctionsPolicy'] },
  { slug: 'contact', policies: ['actionableFeedbackPolicy'] },
  { slug: 'accessibility', policies: [] },
] as const satisfies readonly TrustPage[];

/** A trust page's slug: each edition names every one in its footer. */
export type TrustSlug = (typeof TRUST_PAGES)[number]['slug'];

export const siteConfig = {
  name: 'The Dispatch',
  lang: 'en',
  /**
   * The languages the site has an edition in (primary tags), its own first: each has its
   * words in src/editions/ and, once an article is in it, its pages under its tag (/fr/).
   */
  editions: ['en', 'fr'],
  /** Stories on each front page (the top story and the rest); older ones go to /page/2/, /page/3/, … */
  storiesPerPage: 20,
  defaultSiteUrl: 'https://example.org',
  defaultBase: '/',
  /** The publisher's logo in structured data, under the base: a square PNG of at least 112 px. */
  logoPath: 'logo.png',
  /** What search engines may do with unmodified agency copy, unless AGENCY_COPY_ROBOTS says otherwise. */
  agencyCopyRobots: 'index' satisfies AgencyCopyRobots as AgencyCopyRobots,
} as const;
