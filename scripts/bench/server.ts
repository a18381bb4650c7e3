/**
 * A static file server for the benchmark, on 127.0.0.1 only, that answers as a typical
 * static host does: gzip for text types (zlib level 6, the common default) when the
 * browser accepts it, ETag revalidation for pages, a year of caching for the hashed
 * files under /_astro/, directory URLs served from index.html, 404.html for anything else.
 * Headers from the build's `_headers` file (the Netlify / Cloudflare Pages format: a path
 * pattern, then indented `Name: value` lines) are sent too, since they travel with every page.
 * Every response is logged (URL, status, body bytes on the wire, Sec-Purpose header), so
 * the benchmark can tell speculative prefetches apart from what the page itself loads.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export interface LoggedResponse {
  url: string;
  status: number;
  type: string;
  /** Bytes of the body as sent (compressed when gzip was used). */
  bodyBytes: number;
  encoding: 'gzip' | 'identity';
  /** Bytes of the status line and headers, as sent. */
  headerBytes: number;
  /** `prefetch` (speculation rules, <link rel=prefetch>) or undefined. */
  purpose?: string;
  at: number;
}

interface FileEntry {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
  type: string;
}

export interface StaticServer {
  server: Server;
  origin: string;
  log: LoggedResponse[];
  close(): Promise<void>;
}

/** Compressed sizes of a buffer as a static host would send it. */
export function compressedSizes(raw: Buffer): { raw: number; gzip: number; brotli: number } {
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 6 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Rules of a `_headers` file: a path pattern (`*` matches anything, `:name` one segment) and its headers. */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const colon = line.indexOf(':');
      if (colon > 0 && rules.length) rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The status line and headers of a response that has been written. */
const headerBytes = (res: ServerResponse) =>
  Object.entries(res.getHeaders()).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 40);

export interface ServeOptions {
  /** Rewrites every HTML page before it is sent (for harnesses that inject a driver script). */
  transformHtml?: (html: string) => string;
  /** Answers a request itself when it returns true (for harnesses' own endpoints). */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Headers of the `_headers` file not to send (lower case). */
  dropHeaders?: readonly string[];
}

export async function serveStatic(root: string, port: number, options: ServeOptions = {}): Promise<StaticServer> {
  const cache = new Map<string, FileEntry>();
  const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const hostHeaders = (pathname: string) =>
    Object.fromEntries(
      headerRules
        .filter((r) => r.pattern.test(pathname))
        .flatMap((r) => r.headers.filter(([name]) => !options.dropHeaders?.includes(name.toLowerCase()))),
    );
  const log: LoggedResponse[] = [];
  const load = (file: string): FileEntry => {
    let entry = cache.get(file);
    if (!entry) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const raw =
        options.transformHtml && type.startsWith('text/html')
          ? Buffer.from(options.transformHtml(readFileSync(file, 'utf8')))
          : readFileSync(file);
      entry = { raw, gzip: gzipSync(raw, { level: 6 }), etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`, type };
      cache.set(file, entry);
    }
    return entry;
  };
  const resolveFile = (pathname: string): string | undefined => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    const full = join(root, safe);
    if (!full.startsWith(root)) return undefined;
    if (existsSync(full) && statSync(full).isFile()) return full;
    const index = join(full, 'index.html');
    if (existsSync(index)) return index;
    return undefined;
  };
  const server = createServer((req, res) => {
    if (options.route?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = resolveFile(url.pathname);
    let status = 200;
    if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      // Directory without a trailing slash: redirect, as static hosts do.
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      log.push({ url: url.pathname, status: 301, type: '', bodyBytes: 0, headerBytes: headerBytes(res), encoding: 'identity', at: performance.now() });
      return;
    }
    if (!file) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    const entry = load(file);
    const purpose = (req.headers['sec-purpose'] as string | undefined) ?? (req.headers.purpose as string | undefined);
    const headers: Record<string, string> = {
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...(status === 200 ? hostHeaders(url.pathname) : hostHeaders('/404.html')),
      'content-type': entry.type,
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      log.push({
        url: url.pathname,
        status: 304,
        type: entry.type,
        bodyBytes: 0,
        headerBytes: headerBytes(res),
        encoding: 'identity',
        ...(purpose ? { purpose } : {}),
        at: performance.now(),
      });
      return;
    }
    const gzip = COMPRESSIBLE.test(entry.type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.raw;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({
      url: url.pathname,
      status,
      type: entry.type,
      bodyBytes: body.length,
      headerBytes: headerBytes(res),
      encoding: gzip ? 'gzip' : 'identity',
      ...(purpose ? { purpose } : {}),
      at: performance.now(),
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Listens on the first free port from `from` to `to` (4400-4499 by default). */
export async function serveOnFreePort(root: string, from = 4400, to = 4499, options: ServeOptions = {}): Promise<StaticServer> {
  for (let port = from; port <= to; port++) {
    try {
      return await serveStatic(root, port, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port between ${from} and ${to}`);
}
