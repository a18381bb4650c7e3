/**
 * The click walk: Chromium walks the planned journeys by itself, driven by driver.js, which
 * the bench's server adds to every page. Throttling is set through a DevTools Protocol
 * session that does nothing else (docs/benchmarks.md says why and what it costs).
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, CHROMIUM_ARGS } from '../shared/chromium.ts';
import { serveOnFreePort, type LoggedResponse, type StaticServer } from '../shared/server.ts';
import type { Kind, Walk } from './journeys.ts';

/** Lighthouse's and DevTools' "Slow 4G", and the 4x CPU slowdown of their mobile profile. */
const SLOW_4G = { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1e6) / 8) * 0.9, uploadThroughput: ((750 * 1e3) / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
const PHONE = [
  '--window-size=412,915',
  '--force-device-scale-factor=2.625',
  '--user-agent=Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
];
const DRIVER = readFileSync(join(import.meta.dirname, 'driver.js'), 'utf8');
const NO_RULES = readFileSync(join(import.meta.dirname, 'no-rules.js'), 'utf8');

/**
 * How a walk is run: through a DevTools session (`cdp`) or none, throttled or not, with the
 * site's scripts or not, with speculation rules or as a browser that ignores them (`rules`),
 * over the site or its bare twin.
 */
export type Condition = { cdp: boolean; throttled: boolean; js: boolean; rules: boolean; bare: boolean };
/** What the bench's server does to every page: the site's scripts and rules kept (`js`), all taken out (`nojs`), or the rules refused (`norules`). */
export type Serving = 'js' | 'nojs' | 'norules';
/** One click: `delivery` is `navigational-prefetch` (from a speculative prefetch), `cache`, `network` or `back-forward-cache`. */
export type Arrival = { walk: string; kind: Kind; ms: number; delivery: string; focused: boolean };
/** The clicks, what the server sent during the walk (the bench's own requests left out) and which documents were shown when. */
export type WalkResult = { arrivals: Arrival[]; errors: string[]; requests: LoggedResponse[]; shown: Shown[] };
type Shown = { url: string; delivery: string; logAt: number };

/** What driver.js reports on arriving: the click's and the paint's times, where it is, and what the page asks to prefetch. */
type Report = Pick<Arrival, 'delivery' | 'focused'> &
  Omit<Shown, 'logAt'> & { error?: string; clicked: number; shown: number } & {
    heading: string | null;
    visible: boolean;
    rules: string[];
  };

/**
 * A browser that ignores speculation rules, made of Chromium (which has no switch to turn them
 * off, and whose `HTMLScriptElement.supports` says yes): first in the page's `<head>`, a second
 * Content-Security-Policy that allows every inline script of the page but its speculation rules
 * (a browser enforces every policy it gets, so Chromium refuses the rules, with a console
 * error, and prefetches nothing), then no-rules.js, a module, so it runs before the page's
 * own: `HTMLScriptElement.supports('speculationrules')` is false from then on. The rules stay
 * in the page, as they do in Safari and Firefox, for the page's script to read.
 */
export function refuseSpeculationRules(html: string): string {
  const hashes = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\ssrc=|type="speculationrules"/.test(attributes))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  const policy = `<meta http-equiv="content-security-policy" content="${["script-src 'self'", ...new Set(hashes)].join(' ')}">`;
  return html.replace('<head>', `<head>${policy}<script type="module" src="/__bench/no-rules.js"></script>`);
}

/**
 * Serves `outDir` with the driver in every page. With `nojs`, the pages lose their scripts
 * and speculation rules (Chromium with scripts disabled does not prefetch), as a browser
 * with JavaScript off gets them; only the driver runs. With `norules`, the browser refuses
 * the pages' speculation rules and says it does not support them (`refuseSpeculationRules`).
 */
export async function benchServer(outDir: string, serving: Serving) {
  let current: ((r: Report) => Promise<object>) | undefined;
  const server = await serveOnFreePort(outDir, 4500, 4599, {
    transformHtml: (html) => {
      const out = html
        .replace('</head>', '<script async src="/__bench/driver.js"></script></head>')
        .replace(/<h1 /g, '<h1 elementtiming="bench" ');
      if (serving === 'norules') return refuseSpeculationRules(out);
      return serving === 'js'
        ? out
        : out.replace(/<script(?! async src="\/__bench)(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>/g, '');
    },
    route: (req, res) => {
      const own = { '/__bench/driver.js': DRIVER, '/__bench/no-rules.js': NO_RULES }[req.url ?? ''];
      if (own) {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' }).end(own);
        return true;
      }
      if (req.url !== '/__bench/arrived') return false;
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => void current?.(JSON.parse(body) as Report).then((next) => res.end(JSON.stringify(next))));
      return true;
    },
  });
  return { server, set: (handler: typeof current) => (current = handler) };
}

type BenchServer = Awaited<ReturnType<typeof benchServer>>;

/** One walk in a fresh Chromium profile (a first visit): every action timed from the click to its heading painted. */
export async function walkOnce(bench: BenchServer, walk: Walk, condition: Condition): Promise<WalkResult> {
  const { server } = bench;
  const prefix = condition.bare ? '/__bare' : '';
  const result: WalkResult = { arrivals: [], errors: [], requests: [], shown: [] };
  const logStart = server.log.length;
  let index = -1;
  let handedOut = logStart;
  let finish = () => {};
  const finished = new Promise<void>((done) => (finish = done));
  const fail = (message: string) => {
    result.errors.push(`${walk.name}, action ${index + 1}: ${message}`);
    finish();
    return { done: true };
  };
  bench.set(async (r) => {
    if (r.error) return fail(r.error);
    const expected = index < 0 ? { to: walk.start, heading: undefined, kind: undefined } : walk.actions[index]!;
    if (r.url !== prefix + expected.to) return fail(`landed on ${r.url}, expected ${prefix + expected.to}`);
    if (expected.heading !== undefined && r.heading !== expected.heading.replace(/\s+/g, ' '))
      return fail(`heading "${r.heading}", expected "${expected.heading}"`);
    if (!r.visible || !r.shown) return fail(`the heading of ${r.url} was not painted in view`);
    result.shown.push({ url: r.url, delivery: r.delivery, logAt: server.log.length });
    const { delivery, focused } = r;
    if (expected.kind) result.arrivals.push({ walk: walk.name, kind: expected.kind, ms: r.shown - r.clicked, delivery, focused });
    index += 1;
    const next = walk.actions[index];
    if (!next) {
      finish();
      return { done: true };
    }
    await settle(server, handedOut, r.rules, condition.throttled);
    handedOut = server.log.length;
    const setHref = condition.bare && (next.kind === 'back' || next.kind === 'change');
    return { ...next, to: prefix + next.to, setHref, waitMs: 100 };
  });
  const close = await launch(server.origin + prefix + walk.start, condition);
  const limit = setTimeout(() => fail('stopped after 5 minutes'), 300_000);
  await finished;
  clearTimeout(limit);
  await close();
  result.requests = server.log.slice(logStart);
  result.shown = result.shown.map((s) => ({ ...s, logAt: s.logAt - logStart }));
  return result;
}

/**
 * As a person reads: until the pages the speculation rules list have been fetched, by the
 * rules or, without them, by the page's script (or the server has been quiet a while).
 */
async function settle(server: StaticServer, since: number, rules: string[], throttled: boolean) {
  const quietMs = throttled ? 1_500 : 300;
  const until = performance.now() + (throttled ? 8_000 : 3_000);
  let seen = server.log.length;
  let quietSince = performance.now();
  while (performance.now() < until) {
    const fetched = new Set(server.log.slice(since).flatMap((l) => (l.purpose || l.dest === 'empty' ? [l.url] : [])));
    if (rules.every((u) => fetched.has(u))) break;
    if (server.log.length !== seen) [seen, quietSince] = [server.log.length, performance.now()];
    else if (performance.now() - quietSince > quietMs) break;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Chromium on a fresh profile; with `cdp`, a DevTools session over a pipe that only sets the throttling. Returns how to close it. */
async function launch(url: string, condition: Condition): Promise<() => Promise<void>> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-walk-'));
  const args = ['--headless', ...CHROMIUM_ARGS, ...PHONE, `--user-data-dir=${profile}`];
  const stdio: StdioOptions = ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'];
  const child = condition.cdp
    ? spawn(CHROMIUM, [...args, '--remote-debugging-pipe', 'about:blank'], { stdio })
    : spawn(CHROMIUM, [...args, url]);
  const close = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  };
  if (!condition.cdp) return close;
  const send = cdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const { targetId } = targetInfos.find((t) => t.type === 'page')!;
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  const network = condition.throttled ? SLOW_4G : { latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
  await send('Network.emulateNetworkConditions', { offline: false, ...network }, sessionId);
  await send('Emulation.setCPUThrottlingRate', { rate: condition.throttled ? CPU_SLOWDOWN : 1 }, sessionId);
  await send('Page.navigate', { url }, sessionId);
  return close;
}

/** A DevTools Protocol client over Chromium's `--remote-debugging-pipe` (NUL-separated JSON messages). */
function cdpPipe(input: Writable, output: Readable) {
  let [id, buffer] = [0, ''];
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  output.on('data', (chunk: Buffer) => {
    const messages = (buffer += chunk.toString()).split('\0');
    buffer = messages.pop()!;
    for (const m of messages.map((text) => JSON.parse(text))) waiting.get(m.id)?.(m);
  });
  return (method: string, params: object = {}, sessionId?: string) =>
    new Promise<unknown>((ok, fail) => {
      waiting.set(++id, (m) => (m.error ? fail(new Error(m.error.message)) : ok(m.result)));
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
}

/**
 * The bare twin of every latest step page, under /__bare/: the same heading, answer links,
 * speculation rules, Back, Start over, language and Change links, and nothing else; served
 * with its page's `Cache-Control` (from the build's `_headers`), so that it is reused from
 * the cache as its page is.
 */
export function writeBareTwins(outDir: string, paths: readonly string[]) {
  const bare = (s: string) => s.replace(/(["'])\/(en|fr)\//g, '$1/__bare/$2/');
  const headers = readFileSync(join(outDir, '_headers'), 'utf8');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const blocks = paths.flatMap((path) => {
    const cache = new RegExp(`^${escape(path)}\\n(?:  .*\\n)*?  (Cache-Control: .*)$`, 'm').exec(headers)?.[1];
    return cache ? [`/__bare${path}\n  ${cache}\n`] : [];
  });
  appendFileSync(join(outDir, '_headers'), `\n# The bench's bare twins (scripts/bench/walk.ts)\n${blocks.join('\n')}`);
  for (const path of paths) {
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
    const pick = (re: RegExp) => (html.match(re) ?? []).map(bare).join('');
    const page = [
      `<!doctype html><html lang="${/<html lang="([^"]+)"/.exec(html)?.[1]}"><head><meta charset="utf-8">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      pick(/<title>[\s\S]*?<\/title>/),
      pick(/<script type="speculationrules">[\s\S]*?<\/script>/),
      '</head><body>',
      pick(/<a class="lang-switch"[^>]*>[\s\S]*?<\/a>/),
      `<nav><a href="#" data-back>Back</a> ${pick(/<a [^>]*data-start-over[^>]*>[\s\S]*?<\/a>/)}</nav>`,
      pick(/<h1[^>]*>[\s\S]*?<\/h1>/),
      `<ul>${pick(/<a class="answer"[^>]*>[\s\S]*?<\/a>/g)}</ul>`,
      `<section id="trail"><ol>${'<li><a class="change" href="#">Change</a></li>'.repeat(8)}</ol></section>`,
      '</body></html>',
    ].join('');
    const file = join(outDir, '__bare', path, 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page);
  }
}
