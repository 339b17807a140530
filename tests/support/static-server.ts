/**
 * A small static file server for the built site, as a static host would serve
 * it: the build folder mounted at the deploy's base path (`/` or `/news/`), a
 * directory answered by its index.html, anything else missing answered by the
 * build's own 404.html with status 404, and the headers of the build's
 * `_headers` file sent as Netlify and Cloudflare Pages send them. It listens
 * on 127.0.0.1 on a random port, so tests can run side by side and nothing
 * leaves the machine.
 *
 * Only `node:` imports and a sibling file, so Node 24 can also load this file
 * directly (type stripping) from scripts/bench.mjs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

export interface StaticServer {
  /** The site's address, base included, e.g. http://127.0.0.1:41234/news/ */
  url: string;
  /** host:port, to tell local requests from any others. */
  host: string;
  port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Text is sent compressed, as every real host does, so Lighthouse and the browser see realistic transfers. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|xslt\+xml|manifest\+json)|image\/svg\+xml)/;

function compress(body: Buffer, type: string, acceptEncoding: string): { body: Buffer; encoding?: string } {
  if (!COMPRESSIBLE.test(type)) return { body };
  // Maximum settings, like files a static host pre-compresses at deploy time.
  if (/\bbr\b/.test(acceptEncoding))
    return { body: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }), encoding: 'br' };
  if (/\bgzip\b/.test(acceptEncoding)) return { body: gzipSync(body, { level: 9 }), encoding: 'gzip' };
  return { body };
}

/**
 * Compressed once per file, encoding and version, as a host that pre-compresses
 * serves it: brotli 11 on every request would add tens of milliseconds to each
 * response and blur what Lighthouse measures.
 */
function compressOnce(
  cache: Map<string, { body: Buffer; encoding?: string }>,
  key: string,
  raw: Buffer,
  type: string,
  acceptEncoding: string,
) {
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : '';
  const cacheKey = `${key}\0${encoding}`;
  let compressed = cache.get(cacheKey);
  if (!compressed) cache.set(cacheKey, (compressed = compress(raw, type, acceptEncoding)));
  return compressed;
}

/** The file a URL path names inside `root`, or undefined if there is none (or it would escape `root`). */
async function findFile(root: string, relativePath: string): Promise<string | undefined> {
  const path = resolve(root, '.' + sep + relativePath);
  // resolve() has already collapsed any `..`; a path outside root is not ours to serve.
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Missing: fall through to "not found".
  }
  return undefined;
}

/**
 * Serve `outDir` under `base` (which must start and end with "/").
 * Resolves once the server is listening.
 */
export async function startStaticServer(outDir: string, base = '/'): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/", got "${base}"`);
  const root = resolve(outDir);
  const headerRules: HeaderRule[] = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const compressed = new Map<string, { body: Buffer; encoding?: string }>();

  // The handler answers every error itself (500), so its promise is never left to reject.
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        decoded = '\0'; // Malformed escapes name no file.
      }

      // A host serving /news/ answers "/news" by adding the slash, as directory indexes do.
      if (decoded === base.slice(0, -1) && base !== '/') {
        response.writeHead(301, { Location: base }).end();
        return;
      }

      // `_headers` is the host's configuration, not a page: hosts never serve it.
      const inside = decoded.startsWith(base) && !decoded.includes('\0') ? decoded.slice(base.length) : undefined;
      const file = inside !== undefined && inside !== '_headers' ? await findFile(root, inside) : undefined;

      // A directory asked for without its slash: redirect, so relative links in its index resolve.
      if (file?.endsWith(`${sep}index.html`) && !decoded.endsWith('/') && !decoded.endsWith('index.html')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }

      const status = file ? 200 : 404;
      const served = file ?? join(root, '404.html');
      const raw = await readFile(served).catch(() => Buffer.from('Not found\n'));
      const type = file ? contentType(file) : 'text/html; charset=utf-8';
      const version = await stat(served).then(
        (info) => info.mtimeMs,
        () => 0,
      );
      const { body, encoding } = compressOnce(
        compressed,
        `${served}\0${version}`,
        raw,
        type,
        String(request.headers['accept-encoding'] ?? ''),
      );
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        Vary: 'Accept-Encoding',
        // Revalidate every time (a rebuild changes files under the same name) but, unlike no-store, keep the back/forward cache.
        'Cache-Control': 'no-cache',
        ...Object.fromEntries(headersFor(headerRules, decoded)),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  };
  const server: Server = createServer((request, response) => void handle(request, response));

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;

  return {
    url: `http://${host}${base}`,
    host,
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers hold keep-alive sockets open; drop them so close() returns promptly.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
