/**
 * The test server itself behaves like a static host, or the browser tests
 * would prove little: pages under the base, 404s with the site's own page,
 * correct content types, nothing outside the build folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { contentType, startStaticServer, type StaticServer } from '../support/static-server';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(join(root, 'site/articles/a'), { recursive: true });
  writeFileSync(join(root, 'site/index.html'), 'front');
  writeFileSync(join(root, 'site/articles/a/index.html'), 'article a');
  writeFileSync(join(root, 'site/404.html'), 'not here');
  writeFileSync(join(root, 'site/style.css'), 'body{}');
  writeFileSync(
    join(root, 'site/_headers'),
    [
      '# a comment',
      '/news/*',
      '  X-Test: everywhere',
      '/news/articles/*',
      '  Cache-Control: public, max-age=0, must-revalidate',
      '',
    ].join('\n'),
  );
  writeFileSync(join(root, 'secret.txt'), 'outside the build');
  server = await startStaticServer(join(root, 'site'), '/news/');
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; type: string | null; location: string | null; body: string }> {
  const response = await fetch(`http://${server.host}${path}`, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body: await response.text(),
  };
}

/** A GET whose path goes out byte for byte: fetch() would resolve `..` and `%2e%2e` before sending. */
function getRaw(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static test server', () => {
  it('listens on 127.0.0.1 under the base path', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/news/`);
  });

  it('serves a directory by its index.html', async () => {
    expect(await get('/news/')).toMatchObject({ status: 200, body: 'front', type: 'text/html; charset=utf-8' });
    expect(await get('/news/articles/a/')).toMatchObject({ status: 200, body: 'article a' });
  });

  it('redirects a directory asked for without its slash', async () => {
    expect(await get('/news/articles/a')).toMatchObject({ status: 301, location: '/news/articles/a/' });
    expect(await get('/news')).toMatchObject({ status: 301, location: '/news/' });
  });

  it('answers a missing page, or one outside the base, with the 404 page and status 404', async () => {
    expect(await get('/news/nope/')).toMatchObject({ status: 404, body: 'not here', type: 'text/html; charset=utf-8' });
    expect(await get('/articles/a/')).toMatchObject({ status: 404, body: 'not here' });
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of [
      '/news/../secret.txt',
      '/news/%2e%2e/secret.txt',
      '/news/..%2fsecret.txt',
      '/news/articles/../../secret.txt',
    ]) {
      const response = await getRaw(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('outside');
    }
  });

  it('sends the headers of every _headers rule that matches, and never serves _headers itself', async () => {
    const article = await fetch(`${server.url}articles/a/`);
    expect(article.headers.get('x-test')).toBe('everywhere');
    expect(article.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const sheet = await fetch(`${server.url}style.css`);
    expect(sheet.headers.get('x-test')).toBe('everywhere');
    expect(sheet.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/news/missing/')).status).toBe(404);
    expect((await fetch(`${server.url}missing/`)).headers.get('x-test')).toBe('everywhere');
    expect(await get('/news/_headers')).toMatchObject({ status: 404, body: 'not here' });
  });

  it('sends the content type a browser needs', async () => {
    expect(await get('/news/style.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
    expect(contentType('a/sitemap-index.xml')).toBe('application/xml; charset=utf-8');
    expect(contentType('og/card.png')).toBe('image/png');
    expect(contentType('favicon.svg')).toBe('image/svg+xml');
    expect(contentType('robots.txt')).toBe('text/plain; charset=utf-8');
    expect(contentType('f.woff2')).toBe('font/woff2');
  });

  it('compresses text as a real host would, and says so', async () => {
    const brotli = await fetch(`${server.url}style.css`, { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(await brotli.text()).toBe('body{}');
    const gzip = await fetch(`${server.url}style.css`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.url}style.css`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });
});
