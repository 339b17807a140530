/**
 * The response headers a static host sends with the site, written as the
 * `_headers` file Netlify and Cloudflare Pages read. Written at build time
 * (src/integrations/headers-file.ts), because two things in it are only known
 * then: the base path every rule sits under, and the hashes of the inline
 * stylesheets the built pages carry.
 */
import { createHash } from 'node:crypto';
import { editionPath, normaliseBase, SEARCH_PATH } from '../page-data/urls.ts';
import { EDITION_LANGUAGES } from '../article/language.ts';

/** A CSP source allowing one inline `<style>` by the SHA-256 of its text: 'sha256-…'. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * Nothing is allowed unless named: the site runs no script, loads no font,
 * embeds nothing and is embedded nowhere. Styles are the inline stylesheets
 * with these hashes and nothing else; images come from the site itself.
 * JSON-LD `<script type="application/ld+json">` is a data block, which CSP
 * does not govern, so no script-src is needed. connect-src 'self' is inert
 * (only a script can connect, and none may run) but lets Lighthouse, which
 * fetches /robots.txt from inside the page, read it. Forms may only send to
 * the site itself: the masthead's search box GETs /search/.
 *
 * The search page (`search: true`) alone may also run scripts from the site
 * itself and compile WebAssembly ('wasm-unsafe-eval'): its own script, and
 * Pagefind's, which fetches its index (connect-src) and runs on the page,
 * not in a worker, so it needs no worker-src.
 */
export function contentSecurityPolicy(styleHashes: readonly string[], { search = false } = {}): string {
  const styles = styleHashes.length > 0 ? [...new Set(styleHashes)].sort().join(' ') : "'none'";
  return [
    "default-src 'none'",
    `style-src ${styles}`,
    ...(search ? ["script-src 'self' 'wasm-unsafe-eval'"] : []),
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Sent with every response, with the policy above on every page: the set that
 * the Mozilla Observatory grades A+ (see tests/unit/integrations/response-headers.test.ts).
 * HSTS asks browsers to use HTTPS for two years; it is not sent with
 * includeSubDomains or preload, which would bind every other site on the
 * same domain, a decision for whoever runs the domain.
 */
function securityHeaders(): [name: string, value: string][] {
  return [
    ['Strict-Transport-Security', 'max-age=63072000'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

/** A top-level entry of the build folder: a file or a folder. */
export interface BuiltEntry {
  name: string;
  isDirectory: boolean;
}

export interface HeadersFileInput {
  base: string;
  /** The hashes of every page's inline stylesheets. */
  styleHashes: readonly string[];
  /** The hashes of the search page's own inline stylesheets, for its narrower policy. */
  searchStyleHashes: readonly string[];
  /** What the build wrote at its top level, to give each a cache rule. */
  entries: readonly BuiltEntry[];
}

/**
 * The `_headers` file. A request gets the headers of every rule that matches
 * it, and Cloudflare joins a header set by two matching rules with a comma,
 * so no two rules that can match one file set the same header: the other
 * security headers sit on the one catch-all rule, and each top-level entry of
 * the build gets exactly one rule with its cache rule and its
 * Content-Security-Policy (a second policy would be enforced alongside, never
 * instead: the search page's could not loosen a catch-all one). Each
 * edition's search folder gets the search policy; every other entry the
 * script-free one. An edition's folder (fr/) comes entry by entry ("fr/search").
 * Fingerprinted assets (`_astro/`) are cached for a year; everything else
 * keeps its URL when an update or a correction changes it, so caches must
 * check back every time.
 */
export function headersFile({ base, styleHashes, searchStyleHashes, entries }: HeadersFileInput): string {
  const root = normaliseBase(base);
  const rule = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const sitePolicy = contentSecurityPolicy(styleHashes);
  const searchPolicy = contentSecurityPolicy(searchStyleHashes, { search: true });
  const entryRules = entries
    .filter((entry) => entry.name !== '_headers')
    .map((entry): [string, string, string] => {
      const search = EDITION_LANGUAGES.some((edition) => `${entry.name}/` === editionPath(edition, SEARCH_PATH));
      const policy = entry.isDirectory && search ? searchPolicy : sitePolicy;
      if (entry.name === '_astro' && entry.isDirectory) return [`${root}_astro/*`, IMMUTABLE, policy];
      // A front page (/, /fr/) is its folder's address.
      if (entry.name === 'index.html' || entry.name.endsWith('/index.html')) {
        return [`${root}${entry.name.slice(0, -'index.html'.length)}`, REVALIDATE, policy];
      }
      return [`${root}${entry.name}${entry.isDirectory ? '/*' : ''}`, REVALIDATE, policy];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, cacheControl, policy]) =>
      rule(path, [
        ['Cache-Control', cacheControl],
        ['Content-Security-Policy', policy],
      ]),
    );
  return [
    '# Response headers for Netlify and Cloudflare Pages, written by `npm run build`',
    '# (src/integrations/response-headers.ts) for this base path and these pages: do not edit.',
    '# docs/deploy.md has the same headers for nginx and S3 + CloudFront.',
    '',
    rule(`${root}*`, securityHeaders()),
    '',
    ...entryRules,
    '',
  ].join('\n');
}
