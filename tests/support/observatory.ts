/**
 * The Mozilla (MDN HTTP) Observatory's grade for a set of response headers:
 * its score table and grading, restated for the tests that read only headers
 * (CSP, HSTS, X-Content-Type-Options, X-Frame-Options, Referrer-Policy,
 * Cross-Origin-Resource-Policy). Source: github.com/mdn/mdn-http-observatory,
 * src/analyzer/tests/*.js, src/grader/charts.js and src/scanner/index.js.
 *
 * The other four tests depend on the host, not the files: redirection (the
 * host must redirect http:// to https:// on the same host), cookies (the site
 * sets none), CORS (none) and subresource integrity (no external script).
 * They are taken as passing with no modifier, which they do on a host that
 * redirects to HTTPS.
 */

export interface Grade {
  score: number;
  grade: string;
  /** Each test's name and score modifier, for a readable failure. */
  modifiers: Record<string, number>;
}

type Policy = Map<string, string[]>;

function parsePolicy(value: string): Policy {
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().toLowerCase().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources.length > 0 ? sources : ["'none'"]]),
  );
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE = new Set([...BROAD, "'unsafe-inline'", 'data:']);

function cspModifier(value: string | undefined): number {
  if (!value) return -25;
  const csp = parsePolicy(value);
  const fallback = (name: string) => csp.get(name) ?? csp.get('default-src') ?? ['*'];
  const hashed = (sources: string[]) => sources.some((s) => /^'(sha256|sha384|sha512|nonce)-/.test(s));
  // 'unsafe-inline' is ignored by browsers, and by the Observatory, beside a hash or nonce.
  const effective = (sources: string[]) => (hashed(sources) ? sources.filter((s) => s !== "'unsafe-inline'") : sources);
  const script = effective(fallback('script-src'));
  const style = effective(fallback('style-src'));
  if (script.some((s) => UNSAFE.has(s)) || fallback('object-src').some((s) => BROAD.has(s))) return -20;
  if ([...script, ...style].includes("'unsafe-eval'")) return -10;
  if (style.some((s) => UNSAFE.has(s))) return 0;
  const defaultSrc = csp.get('default-src');
  return defaultSrc?.length === 1 && defaultSrc[0] === "'none'" ? 10 : 5;
}

function hstsModifier(value: string | undefined): number {
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(value ?? '')?.[1];
  if (maxAge === undefined) return -20;
  // The Observatory's "six months" is 15,552,000 seconds.
  return Number(maxAge) >= 15_552_000 ? 0 : -10;
}

function referrerModifier(value: string | undefined): number {
  if (!value) return 0;
  const last = value
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .at(-1)!;
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) return 5;
  if (['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'].includes(last)) return -5;
  return -5;
}

function frameModifier(xfo: string | undefined, csp: string | undefined): number {
  if (csp && parsePolicy(csp).has('frame-ancestors')) return 5;
  const value = xfo?.trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin' || value?.startsWith('allow-from')) return 0;
  return -20;
}

function corpModifier(value: string | undefined): number {
  const v = value?.trim().toLowerCase();
  if (!v) return 0;
  if (v === 'same-origin' || v === 'same-site') return 10;
  return v === 'cross-origin' ? 0 : -5;
}

const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

/** The grade for these headers (names in any case). */
export function observatoryGrade(headers: readonly [string, string][]): Grade {
  const get = (name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];
  const csp = get('content-security-policy');
  const modifiers = {
    'content-security-policy': cspModifier(csp),
    'strict-transport-security': hstsModifier(get('strict-transport-security')),
    'x-content-type-options': get('x-content-type-options')?.trim().toLowerCase() === 'nosniff' ? 0 : -5,
    'x-frame-options': frameModifier(get('x-frame-options'), csp),
    'referrer-policy': referrerModifier(get('referrer-policy')),
    'cross-origin-resource-policy': corpModifier(get('cross-origin-resource-policy')),
  };
  const values = Object.values(modifiers);
  const uncurved = 100 + values.filter((m) => m < 0).reduce((a, b) => a + b, 0);
  // Extra credit only counts once the penalties alone leave an A.
  const score = Math.max(0, uncurved >= 90 ? 100 + values.reduce((a, b) => a + b, 0) : uncurved);
  const grade = GRADES.find(([min]) => Math.min(score - (score % 5), 100) >= min)![1];
  return { score, grade, modifiers };
}
