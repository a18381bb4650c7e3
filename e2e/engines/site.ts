/**
 * The built site as a static host serves it (scripts/shared/server.ts: `_headers`, gzip,
 * 404 page), with one script added first in every page's head, for the engine tests: it
 * reports to the server every page error, unhandled rejection, `console.error` and CSP
 * violation, from before the page's own scripts run. WebKitWebDriver offers no console and
 * no script run before the page's (no BiDi); one way for both engines keeps them alike.
 * The script is same-origin, so the pages' policy (`script-src 'self'`) allows it unchanged.
 */
import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveOnFreePort } from '../../scripts/shared/server.ts';

const WATCH = `(() => {
  const report = (kind, text) =>
    navigator.sendBeacon('/__watch', JSON.stringify({ kind, text: String(text), page: location.pathname + location.search }));
  addEventListener('error', (e) => report('page error', e.message || 'failed to load ' + (e.target && (e.target.src || e.target.href))), true);
  addEventListener('unhandledrejection', (e) => report('unhandled rejection', e.reason && (e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => report('CSP violation', e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error;
  console.error = (...args) => { report('console.error', args.join(' ')); error.apply(console, args); };
})();`;

export interface WatchedSite {
  origin: string;
  /** What the pages reported since the last `take()`, one line each: `CSP violation on /en/...: script-src inline`. */
  take(): Promise<string[]>;
  /** Forgets the requests made so far: `requestsFor` then counts those of one test. */
  mark(): void;
  /** The requests for `path` since the last `mark()`, by what asked (`Sec-Fetch-Dest`: `document` for a navigation, `empty` for a script's fetch). */
  requestsFor(path: string): (string | undefined)[];
  close(): Promise<void>;
}

export async function serveWatched(): Promise<WatchedSite> {
  const reports: string[] = [];
  const route = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/__watch.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(WATCH);
      return true;
    }
    if (req.url === '/__watch' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { kind, text, page } = JSON.parse(body) as { kind: string; text: string; page: string };
        reports.push(`${kind} on ${page}: ${text}`);
        res.writeHead(204).end();
      });
      return true;
    }
    return false;
  };
  const site = await serveOnFreePort(resolve('dist'), 4500, 4599, {
    // First in the head, after the character set.
    transformHtml: (html) => html.replace('<meta charset="utf-8">', '$&<script src="/__watch.js"></script>'),
    route,
  });
  let from = 0;
  return {
    origin: site.origin,
    async take() {
      // A beacon sent as a page unloads may still be on its way.
      await new Promise((r) => setTimeout(r, 150));
      return reports.splice(0);
    },
    mark() {
      from = site.log.length;
    },
    requestsFor: (path) =>
      site.log
        .slice(from)
        .filter((r) => r.url === path)
        .map((r) => r.dest),
    close: () => site.close(),
  };
}
