/**
 * axe-core's WCAG 2.2 AA and best-practice rules on every page, in light and
 * dark and at a phone and a laptop width: colour contrast and layout differ
 * between them, so each combination is checked (the sub-path build, whose
 * pages differ only in their addresses, in its first variant, as
 * tests/browser/harness.ts says). accessibility-light.test.ts and
 * accessibility-dark.test.ts run them, one colour scheme each.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import { SITE_BUILDS } from '../support/builds';
import { TRUST_PAGES } from '../../src/site.config';
import {
  COLOR_SCHEMES,
  pagesToVisit,
  useBrowserAndSites,
  useSharedPage,
  variantsFor,
  type ColorScheme,
  type ServedSite,
} from './harness';

/** Read once for the file's hundred-odd pages, not from disk at each one. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's "incomplete" results: checks it could not decide (contrast over an
 * image, say). Each one a person has looked at is listed here by rule and
 * element, with what they found; any other fails the test, so nothing goes unseen.
 */
const REVIEWED_INCOMPLETE: { rule: string; target: RegExp; reason: string }[] = [
  {
    rule: 'color-contrast',
    // axe names it by the shortest selector that is unique on the page: its class alone where the refer has one
    // link (the French fixture's "Repères" only), with its attributes (Astro's scope among them) where it has two.
    target: /\.sidebar-refer__arrow(?:\[aria-hidden="true"\])?(?:\[data-astro-cid-[a-z0-9]+=""\])?$/,
    reason:
      'The ↓ after "In their words" and "Key facts" (« Repères ») on phones is decorative (aria-hidden) and axe does not rate a lone symbol; ' +
      "it is drawn in --accent, the colour of the site's links, whose contrast axe does check (passes) in both schemes.",
  },
];

/** One line per failing element: rule, impact, selector and axe's own explanation, so a failure reads without a rerun. */
function describeViolations(violations: Result[]): string {
  return violations
    .filter((v) => v.nodes.length > 0)
    .flatMap((v) =>
      v.nodes.map(
        (node) => `[${v.id}] (${v.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s*\n\s*/g, ' ') ?? v.help}`,
      ),
    )
    .join('\n');
}

/** Each build's variants in one colour scheme: every width at the root, the first variant alone under a sub-path. */
function variantsIn(index: number, scheme: ColorScheme) {
  const all = COLOR_SCHEMES.flatMap((colorScheme) => [320, 1280].map((width) => ({ colorScheme, width })));
  return variantsFor(SITE_BUILDS[index], all).filter(({ colorScheme }) => colorScheme === scheme);
}

/**
 * The axe checks of every page in one colour scheme, for each build that has
 * variants in it. A test file per scheme, so that the two halves run side by
 * side on two workers rather than one after the other.
 */
export function describeAxe(scheme: ColorScheme): void {
  const { browser, site: servedSite } = useBrowserAndSites();
  const visit = useSharedPage(browser);

  const builds = SITE_BUILDS.map((build, index) => ({ name: build.name, index, variants: variantsIn(index, scheme) }));
  describe.each(builds.filter(({ variants }) => variants.length > 0))('$name build', ({ index, variants }) => {
    const site = (): ServedSite => servedSite(index);
    const pages = pagesToVisit(SITE_BUILDS[index]);

    it('has the pages to check', () => {
      const trustPages = TRUST_PAGES.map((page) => `${page.slug}/`);
      expect(pages).toEqual(expect.arrayContaining(['', '404.html', expect.stringMatching(/^articles\/.+\/$/), ...trustPages]));
    });

    describe.each(variants)('$colorScheme at $width px', ({ colorScheme, width }) => {
      it.each(pages)('/%s has no axe violations', async (path) => {
        const page = await visit(site().server.url + path, { width, colorScheme, bypassCSP: true });
        await page.addScriptTag({ content: AXE_SOURCE });
        const results = await page.evaluate(
          (tags) =>
            (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
              runOnly: { type: 'tag', values: tags },
            }),
          AXE_TAGS,
        );
        // A run that checked nothing would also have no violations.
        expect(results.passes.length).toBeGreaterThan(10);
        expect(results.violations, `axe violations on /${path}:\n${describeViolations(results.violations)}`).toEqual([]);
        const unreviewed = results.incomplete.map((result) => ({
          ...result,
          nodes: result.nodes.filter(
            (node) => !REVIEWED_INCOMPLETE.some((r) => r.rule === result.id && r.target.test(node.target.join(' '))),
          ),
        }));
        expect(describeViolations(unreviewed), `axe could not decide these on /${path}; review them`).toBe('');
      });
    });
  });
}
