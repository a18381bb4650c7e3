/**
 * A static file server for the bench, Lighthouse and the screenshots, on 127.0.0.1 only,
 * that answers as a typical static host does: gzip (level 6) for text types when the
 * browser accepts it, ETag revalidation for pages, directory URLs served from index.html,
 * 404.html for anything else, and the headers of the build's `_headers` file (Netlify /
 * Cloudflare Pages format). Every response is logged (URL, status, bytes on the wire,
 * `Sec-Purpose`), so prefetches can be told apart from what a page loads itself.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface LoggedResponse {
  url: string;
  status: number;
  type: string;
  /** Bytes of the body as sent (compressed when gzip was used). */
  bodyBytes: number;
  /** Bytes of the status line and headers. */
  headerBytes: number;
  encoding: 'gzip' | 'identity';
  /** `prefetch` (speculation rules, <link rel=prefetch>) or undefined. */
  purpose?: string;
  /** `Sec-Fetch-Dest`: `document` for a navigation, `empty` for a script's `fetch()` (the prefetch of browsers without speculation rules). */
  dest?: string;
  at: number;
}

export interface StaticServer {
  server: Server;
  origin: string;
  log: LoggedResponse[];
  close(): Promise<void>;
}

interface ServeOptions {
  /** Rewrites every HTML page before it is sent (for harnesses that inject a driver script). */
  transformHtml?: (html: string) => string;
  /** Answers a request itself when it returns true (for harnesses' own endpoints). */
  route?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Headers of the `_headers` file not to send (lower case). */
  dropHeaders?: readonly string[];
}

/** Rules of a `_headers` file: a path pattern (`*` matches anything, `:name` one segment) and its headers. */
function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
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
    } else if (line.indexOf(':') > 0 && rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

async function serveStatic(root: string, port: number, options: ServeOptions = {}): Promise<StaticServer> {
  const cache = new Map<string, { raw: Buffer; gzip: Buffer; etag: string; type: string }>();
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const hostHeaders = (pathname: string) =>
    Object.fromEntries(
      rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers.filter(([n]) => !options.dropHeaders?.includes(n))),
    );
  const log: LoggedResponse[] = [];
  const load = (file: string) => {
    let entry = cache.get(file);
    if (!entry) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const html = options.transformHtml && type.startsWith('text/html');
      const raw = html ? Buffer.from(options.transformHtml!(readFileSync(file, 'utf8'))) : readFileSync(file);
      entry = { raw, gzip: gzipSync(raw, { level: 6 }), etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`, type };
      cache.set(file, entry);
    }
    return entry;
  };
  const resolveFile = (pathname: string): string | undefined => {
    let full: string;
    try {
      full = join(root, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''));
    } catch {
      return undefined;
    }
    if (!full.startsWith(root)) return undefined;
    if (existsSync(full) && statSync(full).isFile()) return full;
    return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : undefined;
  };
  const server = createServer((req, res) => {
    if (options.route?.(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const purpose = (req.headers['sec-purpose'] ?? req.headers.purpose) as string | undefined;
    const dest = req.headers['sec-fetch-dest'] as string | undefined;
    const send = (status: number, headers: Record<string, string>, body: Buffer | undefined, type = '', gzip = false) => {
      res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
      const headerBytes = Object.entries(res.getHeaders()).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 40);
      const entry = { url: url.pathname, status, type, bodyBytes: body?.length ?? 0, headerBytes, at: performance.now() };
      log.push({ ...entry, encoding: gzip ? 'gzip' : 'identity', ...(purpose ? { purpose } : {}), ...(dest ? { dest } : {}) });
    };
    let file = resolveFile(url.pathname);
    // A directory without its trailing slash: redirected, as static hosts do.
    if (file?.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html'))
      return send(301, { location: `${url.pathname}/${url.search}` }, undefined);
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    const entry = load(file);
    const headers: Record<string, string> = {
      'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ...hostHeaders(status === 200 ? url.pathname : '/404.html'),
      'content-type': entry.type,
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) return send(304, headers, undefined, entry.type);
    const gzip = COMPRESSIBLE.test(entry.type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip : entry.raw;
    send(
      status,
      { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'content-length': String(body.length) },
      body,
      entry.type,
      gzip,
    );
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const close = () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done())));
  return { server, origin: `http://127.0.0.1:${port}`, log, close };
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
