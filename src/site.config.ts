/**
 * The site's identity, in one place. The deploy address is set at build time
 * (see the README's "Deploy"): Astro's own `--site` and `--base` flags win over
 * the SITE_URL and BASE_PATH environment variables, which win over these defaults.
 */
export const siteConfig = {
  name: 'The Dispatch',
  tagline: 'Agency news, carefully presented',
  description: 'World news from the wires, with every quote and figure traced to the text.',
  lang: 'en',
  /** Stories on each front page (the top story and the rest); older ones go to /page/2/, /page/3/, … */
  storiesPerPage: 20,
  defaultSiteUrl: 'https://example.org',
  defaultBase: '/',
} as const;
