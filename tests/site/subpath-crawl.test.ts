/**
 * Crawls each build (domain root and /news/) and checks that every reference
 * the site makes to itself lands on a file it ships, inside its base.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { SITE_BUILDS, type SiteBuild } from '../support/builds';
import { filesUnder } from '../support/files';

/** The URL a built file is served at: "articles/x/index.html" → "https://example.org/news/articles/x/". */
function servedAt(build: SiteBuild, file: string): URL {
  const path = relative(build.outDir, file).split(sep).join('/');
  return new URL(build.base + path.replace(/(^|\/)index\.html$/, '$1'), build.site);
}

/** The file a same-site URL asks for, or why it cannot be one: "/news/x/" → "x/index.html". */
function fileFor(build: SiteBuild, url: URL): { file?: string; problem?: string } {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(build.base)) return { problem: `outside the base ${build.base}` };
  const inside = path.slice(build.base.length);
  const file = join(build.outDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside);
  return existsSync(file) && statSync(file).isFile() ? { file } : { problem: 'no such file in the build' };
}

/** Every URL an HTML page refers to: links, assets, srcsets, canonical and social metadata. */
function referencesIn(doc: Document): string[] {
  const attr = (selector: string, name: string) => [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '');
  const srcsets = attr('[srcset]', 'srcset').flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]));
  return [
    ...attr('[href]', 'href'),
    ...attr('[src]', 'src'),
    ...srcsets,
    ...attr('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content'),
  ];
}

/** Every example.org-style absolute URL of this site in a text file (HTML, XML, JSON-LD, robots.txt). */
function absoluteUrlsIn(text: string, site: string): string[] {
  const host = new URL(site).host.replace(/\./g, '\\.');
  return text.match(new RegExp(`https?://${host}[^\\s"'<>)\\\\]*`, 'g')) ?? [];
}

describe.each(SITE_BUILDS)('the $name build ($base)', (build) => {
  const files = filesUnder(build.outDir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const texts = files.filter((f) => /\.(html|xml|txt|css|svg)$/.test(f) || f.endsWith('_headers'));
  const base = new URL(build.base, build.site).href;

  it('has the pages, feed, sitemap, robots.txt and social card to crawl', () => {
    const served = files.map((f) => servedAt(build, f).pathname.slice(build.base.length));
    expect(served).toEqual(expect.arrayContaining(['', '404.html', 'rss.xml', 'sitemap-index.xml', 'robots.txt']));
    expect(served.some((p) => /^articles\/[^/]+\/$/.test(p))).toBe(true);
    expect(served.some((p) => /^og\/[^/]+\.png$/.test(p))).toBe(true);
  });

  it.each(pages.map((f) => [relative(build.outDir, f), f]))(
    '%s: every internal href, src, srcset, canonical and og:image is a file in the build',
    (_, file) => {
      const doc = parseHTML(readFileSync(file, 'utf8')).document;
      const pageUrl = servedAt(build, file);
      const broken: string[] = [];
      for (const ref of referencesIn(doc)) {
        if (ref === '') {
          broken.push('(empty reference)');
          continue;
        }
        const url = new URL(ref, pageUrl);
        if (url.origin !== pageUrl.origin) continue; // Another site: not ours to check.
        if (ref.startsWith('#')) {
          if (ref.length > 1 && !doc.getElementById(decodeURIComponent(ref.slice(1)))) broken.push(`${ref}: no such id`);
          continue;
        }
        const { problem } = fileFor(build, url);
        if (problem) broken.push(`${ref}: ${problem}`);
      }
      expect(broken).toEqual([]);
    },
  );

  it('404.html works at any depth: its links and assets are absolute paths under the base', () => {
    const doc = parseHTML(readFileSync(join(build.outDir, '404.html'), 'utf8')).document;
    const relativeRefs = referencesIn(doc).filter((ref) => !ref.startsWith('#') && !/^(\/|https?:)/.test(ref));
    expect(relativeRefs).toEqual([]);
    // Served for a missing /news/a/b/c, it must still reach its stylesheet and the front page.
    const deep = new URL(`${build.base}a/b/c/`, build.site);
    for (const ref of referencesIn(doc).filter((r) => !r.startsWith('#'))) {
      const url = new URL(ref, deep);
      if (url.origin === deep.origin) expect(fileFor(build, url).problem, ref).toBeUndefined();
    }
    expect(doc.querySelector(`main a[href="${build.base}"]`)).not.toBeNull();
  });

  it.each(texts.map((f) => [relative(build.outDir, f), f]))(
    '%s: every absolute URL of this site is under the base and is a file in the build',
    (_, file) => {
      const urls = absoluteUrlsIn(readFileSync(file, 'utf8'), build.site);
      const wrong = urls.filter((u) => !u.startsWith(base) || fileFor(build, new URL(u)).problem);
      expect(wrong).toEqual([]);
    },
  );

  it('no page refers to "/news" glued to a path ("/newsrss.xml") or leaves the base', () => {
    for (const page of pages) {
      const doc = parseHTML(readFileSync(page, 'utf8')).document;
      const escaped = referencesIn(doc)
        .filter((ref) => ref.startsWith('/'))
        .filter((ref) => !ref.startsWith(build.base));
      expect(escaped, relative(build.outDir, page)).toEqual([]);
    }
  });
});
