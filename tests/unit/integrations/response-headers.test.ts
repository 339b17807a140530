import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, styleHash } from '../../../src/integrations/response-headers';
import { inlineStylesheets } from '../../../src/integrations/inline-styles';

describe('styleHash', () => {
  it('is the base64 SHA-256 of the text, as CSP writes it', () => {
    // The SHA-256 of the empty string is a published constant.
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHash('body{}')).not.toBe(styleHash('body{ }'));
  });
});

describe('contentSecurityPolicy', () => {
  it('allows styles only by hash, each once, in a stable order', () => {
    const policy = contentSecurityPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
    expect(policy).toBe(
      "default-src 'none'; style-src 'sha256-a' 'sha256-b'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('lets the search page alone run scripts from the site and compile WebAssembly', () => {
    expect(contentSecurityPolicy(["'sha256-a'"], { search: true })).toBe(
      "default-src 'none'; style-src 'sha256-a'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy(["'sha256-a'"])).not.toContain('script-src');
  });

  it('allows no style at all when there is none to hash', () => {
    expect(contentSecurityPolicy([])).toContain("style-src 'none';");
  });
});

describe('headersFile', () => {
  const entries = [
    { name: 'index.html', isDirectory: false },
    { name: '_astro', isDirectory: true },
    { name: 'articles', isDirectory: true },
    { name: 'rss.xml', isDirectory: false },
    { name: 'search', isDirectory: true },
    { name: '_headers', isDirectory: false },
  ];

  it('puts every rule under the base, however the base is written', () => {
    for (const base of ['/news/', '/news', 'news']) {
      const paths = headersFile({ base, styleHashes: [], searchStyleHashes: [], entries })
        .split('\n')
        .filter((line) => /^\S/.test(line) && !line.startsWith('#'));
      expect(paths).toEqual(['/news/*', '/news/', '/news/_astro/*', '/news/articles/*', '/news/rss.xml', '/news/search/*']);
    }
  });

  it('sends the security headers from the catch-all rule, and one cache rule and one policy per entry', () => {
    const text = headersFile({
      base: '/',
      styleHashes: ["'sha256-a'", "'sha256-s'"],
      searchStyleHashes: ["'sha256-s'"],
      entries,
    });
    expect(text).toContain('/*\n  Strict-Transport-Security: max-age=63072000\n');
    expect(text).toContain(
      "\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Security-Policy: default-src 'none'; style-src 'sha256-a' 'sha256-s';",
    );
    expect(text).toContain(
      "\n/\n  Cache-Control: public, max-age=0, must-revalidate\n  Content-Security-Policy: default-src 'none'; style-src 'sha256-a' 'sha256-s'; img-src",
    );
    expect(text).toContain('\n/articles/*\n  Cache-Control: public, max-age=0, must-revalidate\n');
    expect(text).toContain(
      "\n/search/*\n  Cache-Control: public, max-age=0, must-revalidate\n  Content-Security-Policy: default-src 'none'; style-src 'sha256-s'; script-src 'self' 'wasm-unsafe-eval';",
    );
    expect(text.match(/Cache-Control/g)).toHaveLength(5);
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(5);
    expect(text.match(/script-src/g)).toHaveLength(1);
  });
});

describe('inlineStylesheets', () => {
  it('returns the exact text of each <style> element in the head, as the browser hashes it', () => {
    const html =
      '<!doctype html><html><head><style>a::after{content:"&amp;"}</style><style>\np{}\n</style></head><body><p>x</p></body></html>';
    expect(inlineStylesheets(html)).toEqual(['a::after{content:"&amp;"}', '\np{}\n']);
  });

  it('reads the head only, where Astro writes stylesheets (tests/site/csp.test.ts checks every style in the body too)', () => {
    const html = '<!doctype html><html><head><style>h1{}</style></head><body><style>p{}</style></body></html>';
    expect(inlineStylesheets(html)).toEqual(['h1{}']);
  });

  it('ignores style attributes and text that merely mentions <style>', () => {
    expect(inlineStylesheets('<p style="color:red">&lt;style&gt;x&lt;/style&gt;</p>')).toEqual([]);
  });
});
