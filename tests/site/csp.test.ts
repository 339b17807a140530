/**
 * The Content-Security-Policy in _headers against what the built pages load.
 * Every inline script, inline style, style attribute and external resource of
 * every page is listed and checked against the policy's directives, so adding
 * an inline style or a third-party URL fails here before it fails in a browser.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ROOT_BUILD, SITE_BUILDS, type SiteBuild } from '../support/builds';
import { filesUnder } from '../support/files';

/** The path a built file is served at: "articles/x/index.html" → "/news/articles/x/". */
function servedPath(build: SiteBuild, file: string): string {
  return build.base + relative(build.outDir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

// ---- _headers (Netlify / Cloudflare Pages) ----

interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Rules in file order: a path line, then indented "Name: value" lines; "#" starts a comment. */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
    if (!name || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
    rules.at(-1)!.headers.push([name.trim(), value!.trim()]);
  }
  return rules;
}

/** Rules whose path matches a request path; "*" matches any run of characters (a splat). */
function rulesFor(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(({ path: pattern }) => {
    const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    return new RegExp(`^${source}$`).test(path);
  });
}

// ---- Content-Security-Policy ----

type Policy = Map<string, string[]>;

function parsePolicy(value: string): Policy {
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Fetch directives fall back to default-src; base-uri, form-action and frame-ancestors do not. */
const FETCH_DIRECTIVES = new Set(['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'object-src', 'frame-src', 'manifest-src', 'worker-src']);

function sourcesFor(policy: Policy, directive: string): string[] | undefined {
  return policy.get(directive) ?? (FETCH_DIRECTIVES.has(directive) ? policy.get('default-src') : undefined);
}

/** Whether a source list lets a page at `page` load `url` (CSP3 source matching, the parts this site could need). */
function allowsUrl(sources: string[], url: URL, page: URL): boolean {
  return sources.some((source) => {
    if (source === "'self'") return url.origin === page.origin;
    if (source === '*') return /^(https?|wss?):$/.test(url.protocol);
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
    if (source.startsWith("'")) return false; // 'none', nonces, hashes, keywords: no URL.
    const host = new URL(source.includes('://') ? source : `${page.protocol}//${source}`);
    return url.origin === host.origin && url.pathname.startsWith(host.pathname);
  });
}

interface Load {
  directive: string;
  what: string;
  /** Absent for inline content. */
  url?: URL;
}

/** Everything a page needs the policy to allow: inline code and styles, and every resource it fetches. */
function loadsOf(html: string, page: URL): Load[] {
  const { document } = parseHTML(html);
  const loads: Load[] = [];
  const each = (selector: string, fn: (el: Element) => void) => document.querySelectorAll(selector).forEach(fn);
  const fetches = (directive: string, what: string, ref: string | null) =>
    ref && loads.push({ directive, what: `${what} ${ref}`, url: new URL(ref, page) });

  each('script', (el) => {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    // A script of a non-JavaScript type is a data block: never run, so not governed by CSP.
    const isData = type !== '' && type !== 'module' && !/^(text|application)\/(java|ecma)script$/.test(type);
    if (el.hasAttribute('src')) fetches('script-src', '<script src>', el.getAttribute('src'));
    else if (!isData) loads.push({ directive: 'script-src', what: `inline <script>${(el.textContent ?? '').slice(0, 40)}` });
  });
  each('*', (el) => {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) loads.push({ directive: 'script-src', what: `${attr.name}= on <${el.localName}>` });
    }
    if (el.hasAttribute('style')) loads.push({ directive: 'style-src', what: `style="${el.getAttribute('style')}" on <${el.localName}>` });
  });
  each('[href^="javascript:"]', (el) => loads.push({ directive: 'script-src', what: `javascript: URL on <${el.localName}>` }));
  each('style', (el) => loads.push({ directive: 'style-src', what: `inline <style>${(el.textContent ?? '').slice(0, 40)}` }));
  each('link[href]', (el) => {
    const rel = ` ${el.getAttribute('rel')?.toLowerCase()} `;
    const href = el.getAttribute('href');
    if (rel.includes(' stylesheet ')) fetches('style-src', '<link rel=stylesheet>', href);
    if (rel.includes(' icon ') || rel.includes(' apple-touch-icon ')) fetches('img-src', '<link rel=icon>', href);
    if (rel.includes(' manifest ')) fetches('manifest-src', '<link rel=manifest>', href);
    if (rel.includes(' preload ') || rel.includes(' modulepreload ')) {
      const as = el.getAttribute('as') ?? 'script';
      fetches(`${{ style: 'style', font: 'font', image: 'img', script: 'script' }[as] ?? 'default'}-src`, `<link rel=preload as=${as}>`, href);
    }
  });
  each('img[src], input[type="image"][src]', (el) => fetches('img-src', `<${el.localName} src>`, el.getAttribute('src')));
  each('[srcset]', (el) =>
    (el.getAttribute('srcset') ?? '').split(',').forEach((c) => fetches('img-src', `<${el.localName} srcset>`, c.trim().split(/\s+/)[0] || null)),
  );
  each('video[src], audio[src], video source[src], audio source[src], track[src]', (el) =>
    fetches('media-src', `<${el.localName} src>`, el.getAttribute('src')),
  );
  each('video[poster]', (el) => fetches('img-src', '<video poster>', el.getAttribute('poster')));
  each('iframe[src], frame[src]', (el) => fetches('frame-src', `<${el.localName} src>`, el.getAttribute('src')));
  each('object[data], embed[src]', (el) => fetches('object-src', `<${el.localName}>`, el.getAttribute('data') ?? el.getAttribute('src')));
  each('form', (el) => fetches('form-action', '<form action>', el.getAttribute('action') ?? page.href));
  each('base[href]', (el) => fetches('base-uri', '<base href>', el.getAttribute('href')));
  return loads;
}

/** What a stylesheet fetches: fonts from @font-face, images from url(), stylesheets from @import. */
function loadsOfCss(css: string, sheet: URL): Load[] {
  const loads: Load[] = [];
  for (const [, ref] of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
    loads.push({ directive: 'style-src', what: `@import ${ref}`, url: new URL(ref!, sheet) });
  }
  const fontFaces = [...css.matchAll(/@font-face\s*{[^}]*}/g)].map(([block]) => block);
  for (const [, ref] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    if (ref!.startsWith('#')) continue; // An SVG fragment in the same document.
    const inFontFace = fontFaces.some((block) => block.includes(ref!));
    loads.push({ directive: inFontFace ? 'font-src' : 'img-src', what: `url(${ref})`, url: new URL(ref!, sheet) });
  }
  return loads;
}

/** The loads a policy refuses, as readable lines. */
function violations(policy: Policy, loads: Load[], page: URL): string[] {
  return loads
    .filter(({ directive, url }) => {
      const sources = sourcesFor(policy, directive);
      if (!sources) return false; // No directive and no fallback: not restricted.
      return url ? !allowsUrl(sources, url, page) : !sources.includes("'unsafe-inline'");
    })
    .map(({ directive, what }) => `${directive}: ${what}`);
}

// ---- the tests ----

const headerRules = parseHeadersFile(readFileSync(join(ROOT_BUILD.outDir, '_headers'), 'utf8'));
const csp = headerRules.find((r) => r.path === '/*')?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
const policy = parsePolicy(csp);

describe('the policy in _headers', () => {
  it('is strict: nothing from anywhere unless named, styles and images from the site only', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'none'"],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(csp).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('comes with the other security headers on every response', () => {
    const all = Object.fromEntries(headerRules.find((r) => r.path === '/*')!.headers);
    expect(all).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(all['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  const files = filesUnder(ROOT_BUILD.outDir).filter((f) => !f.endsWith('_headers'));

  it('caches fingerprinted assets for a year and makes everything else revalidate', () => {
    const cacheControl = (file: string) =>
      rulesFor(headerRules, servedPath(ROOT_BUILD, file)).flatMap((r) => r.headers.filter(([n]) => n === 'Cache-Control').map(([, v]) => v));
    const assets = files.filter((f) => relative(ROOT_BUILD.outDir, f).startsWith('_astro'));
    expect(assets.length).toBeGreaterThan(0);
    for (const file of assets) expect(cacheControl(file), file).toEqual(['public, max-age=31536000, immutable']);
    for (const file of files.filter((f) => !assets.includes(f))) {
      expect(cacheControl(file), servedPath(ROOT_BUILD, file)).toEqual(['public, max-age=0, must-revalidate']);
    }
  });

  it('never sets one header twice for a file (hosts would join the two values with a comma)', () => {
    for (const file of files) {
      const names = rulesFor(headerRules, servedPath(ROOT_BUILD, file)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(names.filter((n, i) => names.indexOf(n) !== i), servedPath(ROOT_BUILD, file)).toEqual([]);
    }
  });
});

describe('the checker (so that these tests can fail)', () => {
  const page = new URL('https://example.org/news/articles/x/');
  const bad = `<!doctype html><html><head>
    <style>body{color:red}</style>
    <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">
    <script>alert(1)</script><script src="https://cdn.example.com/a.js"></script>
    <script type="application/ld+json">{"@type":"NewsArticle"}</script>
  </head><body><p style="color:red">x</p><img src="https://images.example.com/x.jpg" alt="">
    <img src="/news/og/x.png" alt=""><a href="#" onclick="go()">y</a></body></html>`;

  it('reports inline styles and scripts and third-party URLs, and nothing else', () => {
    expect(violations(policy, loadsOf(bad, page), page).sort()).toEqual(
      [
        'script-src: inline <script>alert(1)',
        'script-src: <script src> https://cdn.example.com/a.js',
        'script-src: onclick= on <a>',
        'style-src: style="color:red" on <p>',
        'style-src: inline <style>body{color:red}',
        'style-src: <link rel=stylesheet> https://fonts.googleapis.com/css2?family=Inter',
        'img-src: <img src> https://images.example.com/x.jpg',
      ].sort(),
    );
  });

  it('reports web fonts and remote images in stylesheets', () => {
    const css = `@font-face{font-family:X;src:url(/fonts/x.woff2)}.a{background:url("https://cdn.example.com/bg.png")}`;
    expect(violations(policy, loadsOfCss(css, new URL('https://example.org/_astro/a.css')), page)).toEqual([
      'font-src: url(/fonts/x.woff2)',
      'img-src: url(https://cdn.example.com/bg.png)',
    ]);
  });
});

describe.each(SITE_BUILDS)('the $name build ($base) under the policy', (build) => {
  const files = filesUnder(build.outDir);
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => [relative(build.outDir, f), f] as const);

  describe.each(pages)('%s', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const page = new URL(servedPath(build, file), build.site);

    it('runs no inline script: its only inline scripts are JSON-LD data blocks', () => {
      const inline = [...document.querySelectorAll('script:not([src])')].map((s) => s.getAttribute('type'));
      expect(inline.filter((type) => type !== 'application/ld+json')).toEqual([]);
    });

    it('has no <style> element and no style attribute (either would need unsafe-inline)', () => {
      expect(document.querySelectorAll('style')).toHaveLength(0);
      expect([...document.querySelectorAll('[style]')].map((el) => el.outerHTML)).toEqual([]);
    });

    it('loads stylesheets, images, fonts and scripts only from its own origin, as the policy allows', () => {
      const loads = loadsOf(html, page);
      for (const load of loads.filter((l) => l.url)) expect(load.url!.origin, load.what).toBe(page.origin);
      expect(violations(policy, loads, page)).toEqual([]);
    });
  });

  it('its stylesheets fetch nothing the policy refuses', () => {
    const sheets = files.filter((f) => f.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const url = new URL(servedPath(build, sheet), build.site);
      expect(violations(policy, loadsOfCss(readFileSync(sheet, 'utf8'), url), url), sheet).toEqual([]);
    }
  });
});
