/**
 * The _headers file each build writes, and its Content-Security-Policy
 * against what the built pages load. Every inline script, inline style, style
 * attribute and external resource of every page is listed and checked against
 * the policy's directives (inline styles by their hashes), so adding an
 * unhashed style or a third-party URL fails here before it fails in a browser
 * (tests/browser/content-security-policy.test.ts checks it there too).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ROOT_BUILD, SITE_BUILDS, type SiteBuild } from '../support/builds';
import { filesUnder } from '../support/files';
import { headersFor, parseHeadersFile, rulesFor, type HeaderRule } from '../support/headers-file';
import { observatoryGrade } from '../support/observatory';

/** The path a built file is served at: "articles/x/index.html" → "/news/articles/x/". */
function servedPath(build: SiteBuild, file: string): string {
  return (
    build.base +
    relative(build.outDir, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

// ---- Content-Security-Policy ----

type Policy = Map<string, string[]>;

function parsePolicy(value: string): Policy {
  return new Map(
    value
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** Fetch directives fall back to default-src; base-uri, form-action and frame-ancestors do not. */
const FETCH_DIRECTIVES = new Set([
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'manifest-src',
  'worker-src',
]);

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
  /** The text of an inline script or style, which a hash source can allow. */
  inline?: string;
}

/** The CSP hash source of an inline script's or style's text, as a browser computes it. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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
    else if (!isData)
      loads.push({
        directive: 'script-src',
        what: `inline <script>${(el.textContent ?? '').slice(0, 40)}`,
        inline: el.textContent ?? '',
      });
  });
  each('*', (el) => {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) loads.push({ directive: 'script-src', what: `${attr.name}= on <${el.localName}>` });
    }
    if (el.hasAttribute('style'))
      loads.push({ directive: 'style-src', what: `style="${el.getAttribute('style')}" on <${el.localName}>` });
  });
  each('[href^="javascript:"]', (el) => loads.push({ directive: 'script-src', what: `javascript: URL on <${el.localName}>` }));
  each('style', (el) =>
    loads.push({
      directive: 'style-src',
      what: `inline <style>${(el.textContent ?? '').slice(0, 40)}`,
      inline: el.textContent ?? '',
    }),
  );
  each('link[href]', (el) => {
    const rel = ` ${el.getAttribute('rel')?.toLowerCase()} `;
    const href = el.getAttribute('href');
    if (rel.includes(' stylesheet ')) fetches('style-src', '<link rel=stylesheet>', href);
    if (rel.includes(' icon ') || rel.includes(' apple-touch-icon ')) fetches('img-src', '<link rel=icon>', href);
    if (rel.includes(' manifest ')) fetches('manifest-src', '<link rel=manifest>', href);
    if (rel.includes(' preload ') || rel.includes(' modulepreload ')) {
      const as = el.getAttribute('as') ?? 'script';
      fetches(
        `${{ style: 'style', font: 'font', image: 'img', script: 'script' }[as] ?? 'default'}-src`,
        `<link rel=preload as=${as}>`,
        href,
      );
    }
  });
  each('img[src], input[type="image"][src]', (el) => fetches('img-src', `<${el.localName} src>`, el.getAttribute('src')));
  each('[srcset]', (el) =>
    (el.getAttribute('srcset') ?? '')
      .split(',')
      .forEach((c) => fetches('img-src', `<${el.localName} srcset>`, c.trim().split(/\s+/)[0] || null)),
  );
  each('video[src], audio[src], video source[src], audio source[src], track[src]', (el) =>
    fetches('media-src', `<${el.localName} src>`, el.getAttribute('src')),
  );
  each('video[poster]', (el) => fetches('img-src', '<video poster>', el.getAttribute('poster')));
  each('iframe[src], frame[src]', (el) => fetches('frame-src', `<${el.localName} src>`, el.getAttribute('src')));
  each('object[data], embed[src]', (el) =>
    fetches('object-src', `<${el.localName}>`, el.getAttribute('data') ?? el.getAttribute('src')),
  );
  each('form', (el) => fetches('form-action', '<form action>', el.getAttribute('action') ?? page.href));
  each('base[href]', (el) => fetches('base-uri', '<base href>', el.getAttribute('href')));
  return loads;
}

/** What a stylesheet fetches: fonts from @font-face, images from url(), stylesheets from @import. */
function loadsOfCss(css: string, sheet: URL): Load[] {
  const loads: Load[] = [];
  for (const [, ref] of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
    loads.push({ directive: 'style-src', what: `@import ${ref}`, url: new URL(ref, sheet) });
  }
  const fontFaces = [...css.matchAll(/@font-face\s*{[^}]*}/g)].map(([block]) => block);
  for (const [, ref] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    if (ref.startsWith('#')) continue; // An SVG fragment in the same document.
    const inFontFace = fontFaces.some((block) => block.includes(ref));
    loads.push({ directive: inFontFace ? 'font-src' : 'img-src', what: `url(${ref})`, url: new URL(ref, sheet) });
  }
  return loads;
}

/** The loads a policy refuses, as readable lines. */
function violations(policy: Policy, loads: Load[], page: URL): string[] {
  return loads
    .filter(({ directive, url, inline }) => {
      const sources = sourcesFor(policy, directive);
      if (!sources) return false; // No directive and no fallback: not restricted.
      if (url) return !allowsUrl(sources, url, page);
      // An attribute (style="", onclick=) cannot be hashed without 'unsafe-hashes', which the site never needs.
      if (inline === undefined) return !sources.includes("'unsafe-inline'");
      return !sources.includes(hashSource(inline)) && !sources.includes("'unsafe-inline'");
    })
    .map(({ directive, what }) => `${directive}: ${what}`);
}

// ---- the tests ----

/** The policy a path is served with ('' for none). */
function cspFor(rules: HeaderRule[], path: string): string {
  return headersFor(rules, path).find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
}

/** Each build's _headers, the headers of its front page (a page like every page but search) and its policy. */
function headersOf(build: SiteBuild) {
  const rules = parseHeadersFile(readFileSync(join(build.outDir, '_headers'), 'utf8'));
  const everywhere = headersFor(rules, build.base);
  const csp = cspFor(rules, build.base);
  return { rules, everywhere, csp, policy: parsePolicy(csp) };
}

/** The hash source of every inline stylesheet of every page of a build. */
function inlineStyleHashes(build: SiteBuild): string[] {
  return inlineStyleHashesOf(filesUnder(build.outDir).filter((f) => f.endsWith('.html')));
}

function inlineStyleHashesOf(pages: string[]): string[] {
  const sheets = pages.flatMap((f) => [...parseHTML(readFileSync(f, 'utf8')).document.querySelectorAll('style')]);
  return [...new Set(sheets.map((el) => hashSource(el.textContent ?? '')))].sort();
}

describe.each(SITE_BUILDS)('the _headers of the $name build ($base)', (build) => {
  const { rules, everywhere, csp, policy } = headersOf(build);

  it('is written for its base path: every rule sits under it', () => {
    expect(rules.length).toBeGreaterThan(1);
    for (const rule of rules) expect(rule.path.startsWith(build.base), rule.path).toBe(true);
  });

  it('has a strict policy: nothing unless named, styles only by the hash of each inline stylesheet, images from the site', () => {
    const hashes = inlineStyleHashes(build);
    expect(hashes.length).toBeGreaterThan(0);
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'none'"],
      'style-src': hashes,
      'img-src': ["'self'"],
      // Inert without script; Lighthouse fetches /robots.txt from inside the page.
      'connect-src': ["'self'"],
      'base-uri': ["'none'"],
      // The masthead's search box sends its GET to /search/.
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    expect(csp).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('serves every page but the search pages (/search/, /fr/search/) with that script-free policy, and them with their own', () => {
    const searchPaths = ['search/', 'fr/search/'].map((path) => `${build.base}${path}`);
    for (const file of filesUnder(build.outDir).filter((f) => f.endsWith('.html'))) {
      const path = servedPath(build, file);
      if (!searchPaths.includes(path)) expect(cspFor(rules, path), path).toBe(csp);
    }
    for (const searchPath of searchPaths) {
      const search = parsePolicy(cspFor(rules, searchPath));
      expect(Object.fromEntries(search), searchPath).toEqual({
        ...Object.fromEntries(policy),
        // Only the search pages' own inline stylesheets.
        'style-src': [
          ...new Set(inlineStyleHashesOf(['search/index.html', 'fr/search/index.html'].map((page) => join(build.outDir, page)))),
        ].sort(),
        // Its script and Pagefind's, from the site itself; Pagefind's WebAssembly index reader.
        'script-src': ["'self'", "'wasm-unsafe-eval'"],
      });
    }
  });

  it('comes with the other security headers on every response, HSTS included', () => {
    const all = Object.fromEntries(everywhere);
    expect(all).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(all['Permissions-Policy']).toMatch(/camera=\(\)/);
  });

  it('earns the Mozilla Observatory’s A+', () => {
    const grade = observatoryGrade(everywhere);
    expect(grade, JSON.stringify(grade.modifiers)).toMatchObject({ grade: 'A+' });
    expect(grade.score).toBeGreaterThanOrEqual(100);
  });

  const files = filesUnder(build.outDir).filter((f) => !f.endsWith('_headers'));

  it('caches fingerprinted assets for a year and makes everything else revalidate', () => {
    const cacheControl = (file: string) =>
      rulesFor(rules, servedPath(build, file)).flatMap((r) => r.headers.filter(([n]) => n === 'Cache-Control').map(([, v]) => v));
    for (const file of files) {
      const expected = relative(build.outDir, file).startsWith('_astro')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
      expect(cacheControl(file), servedPath(build, file)).toEqual([expected]);
    }
  });

  it('never sets one header twice for a file (hosts would join the two values with a comma)', () => {
    for (const file of files) {
      const names = rulesFor(rules, servedPath(build, file)).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        servedPath(build, file),
      ).toEqual([]);
    }
  });
});

describe('the Observatory grader (so that the A+ test can fail)', () => {
  const good = headersOf(ROOT_BUILD).everywhere;
  const without = (name: string) => good.filter(([n]) => n !== name);

  it('marks down a site without HSTS, or with unsafe-inline styles, or without a CSP', () => {
    // A penalty takes away the extra credit too: 100 - 20 = 80.
    expect(observatoryGrade(without('Strict-Transport-Security'))).toMatchObject({ score: 80, grade: 'B+' });
    const unsafe = good.map(([n, v]): [string, string] => [
      n,
      n === 'Content-Security-Policy' ? v.replace(/style-src [^;]+/, "style-src 'unsafe-inline'") : v,
    ]);
    expect(observatoryGrade(unsafe).modifiers['content-security-policy']).toBe(0);
    expect(observatoryGrade(without('Content-Security-Policy'))).toMatchObject({ score: 75, grade: 'B' });
  });
});

describe('the checker (so that these tests can fail)', () => {
  const { policy } = headersOf(ROOT_BUILD);
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

  it('allows an inline style whose hash the policy lists, and no other', () => {
    const hashed = parsePolicy(`default-src 'none'; style-src ${hashSource('body{color:red}')}`);
    const html = '<html><head><style>body{color:red}</style><style>body{color:blue}</style></head><body></body></html>';
    expect(violations(hashed, loadsOf(html, page), page)).toEqual(['style-src: inline <style>body{color:blue}']);
  });

  it('reports web fonts and remote images in stylesheets', () => {
    const css = `@font-face{font-family:X;src:url(/fonts/x.woff2)}.a{background:url("https://cdn.example.com/bg.png")}`;
    expect(violations(policy, loadsOfCss(css, new URL('https://example.org/_astro/a.css')), page)).toEqual([
      'font-src: url(/fonts/x.woff2)',
      'img-src: url(https://cdn.example.com/bg.png)',
    ]);
  });
});

describe.each(SITE_BUILDS)('the $name build ($base) under its policy', (build) => {
  const { rules, policy } = headersOf(build);
  const files = filesUnder(build.outDir);
  const pages = files.filter((f) => f.endsWith('.html')).map((f) => [relative(build.outDir, f), f] as const);

  describe.each(pages)('%s', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);
    const page = new URL(servedPath(build, file), build.site);

    const pagePolicy = parsePolicy(cspFor(rules, servedPath(build, file)));

    it('runs no inline script: its only inline scripts are JSON-LD data blocks', () => {
      const inline = [...document.querySelectorAll('script:not([src])')].map((s) => s.getAttribute('type'));
      expect(inline.filter((type) => type !== 'application/ld+json')).toEqual([]);
    });

    it('carries its CSS inline, and no style attribute (which would need unsafe-inline)', () => {
      expect(document.querySelectorAll('style').length).toBeGreaterThan(0);
      expect(document.querySelectorAll('link[rel~="stylesheet"]')).toHaveLength(0);
      expect([...document.querySelectorAll('[style]')].map((el) => el.outerHTML)).toEqual([]);
    });

    it('loads stylesheets, images, fonts and scripts only from its own origin, as the policy allows', () => {
      const loads = loadsOf(html, page);
      for (const load of loads.filter((l) => l.url)) expect(load.url!.origin, load.what).toBe(page.origin);
      expect(violations(pagePolicy, loads, page)).toEqual([]);
    });
  });

  it('its stylesheets, inline or not, fetch nothing the policy refuses', () => {
    const sheets = [
      ...files
        .filter((f) => f.endsWith('.css'))
        .map((f) => ({ css: readFileSync(f, 'utf8'), url: new URL(servedPath(build, f), build.site) })),
      ...pages.flatMap(([, file]) =>
        [...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('style')].map((el) => ({
          css: el.textContent ?? '',
          url: new URL(servedPath(build, file), build.site),
        })),
      ),
    ];
    expect(sheets.length).toBeGreaterThan(0);
    for (const { css, url } of sheets) expect(violations(policy, loadsOfCss(css, url), url), url.href).toEqual([]);
  });
});
