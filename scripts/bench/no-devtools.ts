/**
 * Click-to-heading timed in a Chromium that no DevTools Protocol client is attached to.
 * Playwright drives the browser through that protocol, and being attached changes what is
 * measured: every navigation pays for the instrumentation (tens of milliseconds here), and
 * Chromium turns prerendering off (`PrerenderingDisabledByDevTools`). So this walker starts
 * Chromium bare and lets the pages drive themselves: the server injects a driver script into
 * every HTML page, which clicks the journey's answers one by one and reports each arrival.
 *
 * For each click the driver waits `SETTLE_MS` after the page is shown (so its speculation
 * rules have fetched the next steps, as while a person reads), reads the clock, calls
 * `click()` on the answer link, and on the next page takes its first contentful paint, as
 * the main bench does (for a prerendered page or a swapped article, which paint before they
 * are shown, the first frame after they are shown: requestAnimationFrame, then a task). It
 * also reports where it landed, the heading's text, whether the heading is in the first
 * viewport, what has focus and whether the page had been prerendered (`activationStart`),
 * so a wrong step or a heading out of view is an error, not a number.
 *
 * Modes: `prefetch` (the pages as built), `prerender` (the same rules asking for
 * prerendering), `swap` (no navigation: the answer's page is fetched and its `<article>`
 * swapped into the current page, the cost of a client-side step change). The pages' CSP
 * (`<meta>` and header) is left out in every mode alike, so the driver and rewritten rules run.
 *
 * `npm run bench:no-devtools` (after `npm run build`) compares the three modes on the built
 * site; `npm run bench` uses `walkWithoutDevTools` for its own journeys.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';
import { serveOnFreePort } from './server.ts';

export const MODES = ['prefetch', 'prerender', 'swap'] as const;
export type Mode = (typeof MODES)[number];
const SETTLE_MS = 800;

/** What a walk needs of a journey: where it starts and the answers to click (`data-answer`). */
export interface PlannedJourney {
  name: string;
  start: string;
  clicks: { answer: string; toPath: string; heading: string }[];
}

export interface Arrival {
  journey: string;
  to: string;
  ms: number;
  prerendered: boolean;
  focused: boolean;
  /** `fcp`: the page's first-contentful-paint; `frame`: the first frame after it was shown (prerendered or swapped). */
  how: 'fcp' | 'frame';
}

const driver = (mode: Mode) => `(() => {
  const MODE = ${JSON.stringify(mode)};
  const KEY = 'bench:walk';
  const send = (path, data) => fetch(path, { method: 'POST', body: JSON.stringify(data) });
  const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const now = () => performance.timeOrigin + performance.now();
  const load = () => JSON.parse(sessionStorage.getItem(KEY) || 'null');
  const save = (walk) => sessionStorage.setItem(KEY, JSON.stringify(walk));
  // When the page was first painted: its first-contentful-paint entry (a navigated page),
  // or the first frame after it is shown (a prerendered page, or a swapped article).
  function firstPaint(swapped) {
    const frame = nextFrame().then(now);
    if (swapped || performance.getEntriesByType('navigation')[0].activationStart > 0) return frame.then((at) => [at, 'frame']);
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) return Promise.resolve([performance.timeOrigin + entry.startTime, 'fcp']);
    return new Promise((done) => {
      new PerformanceObserver((list, observer) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) { observer.disconnect(); done([performance.timeOrigin + fcp.startTime, 'fcp']); }
      }).observe({ type: 'paint', buffered: true });
      frame.then((at) => setTimeout(() => done([at, 'frame']), 500));
    });
  }
  async function arrived(swapped) {
    const [shown, how] = await firstPaint(swapped === true);
    await nextFrame();
    let walk = load();
    if (walk && walk.clicked) {
      const h1 = document.querySelector('h1');
      await send('/__bench/arrival', { index: walk.index, click: walk.count - 1, ms: shown - walk.clicked, how, url: location.pathname, heading: h1 ? h1.textContent.trim().replace(/\\s+/g, ' ') : null, inView: !!h1 && h1.getBoundingClientRect().top < innerHeight && h1.getBoundingClientRect().bottom > 0, focused: document.activeElement === h1, prerendered: performance.getEntriesByType('navigation')[0].activationStart > 0 });
      walk.clicked = 0;
      save(walk);
    }
    if (!walk || walk.count >= walk.plan.length) {
      const next = await (await fetch('/__bench/next')).json();
      if (next.done) return;
      sessionStorage.clear();
      walk = { index: next.index, plan: next.plan, count: 0, clicked: 0 };
      save(walk);
      if (location.pathname !== next.start) return void (location.href = next.start);
    }
    setTimeout(() => clickNext(walk), ${SETTLE_MS});
  }
  async function clickNext(walk) {
    const link = document.querySelector('a.answer[data-answer="' + walk.plan[walk.count] + '"]');
    if (!link) return void send('/__bench/arrival', { index: walk.index, click: walk.count, error: 'no answer ' + walk.plan[walk.count] + ' on ' + location.pathname });
    walk.count += 1;
    walk.clicked = now();
    save(walk);
    if (MODE !== 'swap') return void link.click();
    const next = new DOMParser().parseFromString(await (await fetch(link.href)).text(), 'text/html');
    document.querySelector('article').replaceWith(next.querySelector('article'));
    document.title = next.title;
    history.pushState(null, '', link.href);
    document.querySelector('h1').focus();
    arrived(true);
  }
  if (document.prerendering) document.addEventListener('prerenderingchange', arrived, { once: true });
  else if (document.readyState === 'complete') arrived();
  else addEventListener('load', () => arrived(), { once: true });
})();`;

/**
 * Walks `journeys` in one bare Chromium (no DevTools Protocol), serving `outDir` on
 * 127.0.0.1, and returns one arrival per click, plus errors for clicks that went wrong.
 */
export async function walkWithoutDevTools(
  outDir: string,
  journeys: readonly PlannedJourney[],
  mode: Mode,
  options: { timeoutMs?: number } = {},
): Promise<{ arrivals: Arrival[]; errors: string[] }> {
  const arrivals: Arrival[] = [];
  const errors: string[] = [];
  let nextIndex = 0;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  const readBody = (req: import('node:http').IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => resolve(body));
    });
  const server = await serveOnFreePort(outDir, 4500, 4599, {
    dropHeaders: ['content-security-policy'],
    transformHtml: (html) => {
      let out = html
        .replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '')
        .replace('</body>', '<script src="/__bench/driver.js"></script></body>');
      if (mode === 'prerender')
        out = out.replace('<script type="speculationrules">{"prefetch":', '<script type="speculationrules">{"prerender":');
      return out;
    },
    route: (req, res) => {
      if (req.url === '/__bench/driver.js') {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(driver(mode));
        return true;
      }
      if (req.url === '/__bench/next') {
        const journey = journeys[nextIndex];
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        if (!journey) {
          res.end(JSON.stringify({ done: true }));
          finished();
        } else res.end(JSON.stringify({ index: nextIndex, start: journey.start, plan: journey.clicks.map((c) => c.answer) }));
        nextIndex += 1;
        return true;
      }
      if (req.url === '/__bench/arrival') {
        void readBody(req).then((body) => {
          res.end();
          const a = JSON.parse(body);
          const journey = journeys[a.index];
          const click = journey?.clicks[a.click];
          if (!journey || !click) return void errors.push(`unexpected report ${body.slice(0, 200)}`);
          if (a.error) return void errors.push(`${journey.name}: ${a.error}`);
          const expected = click.heading.trim().replace(/\s+/g, ' ');
          if (a.url !== click.toPath) errors.push(`${journey.name}: landed on ${a.url}, expected ${click.toPath}`);
          else if (a.heading !== expected) errors.push(`${journey.name}: heading "${a.heading}" on ${a.url}, expected "${expected}"`);
          else if (!a.inView) errors.push(`${journey.name}: the heading of ${a.url} is not in the first viewport`);
          else arrivals.push({ journey: journey.name, to: a.url, ms: a.ms, prerendered: a.prerendered, focused: a.focused, how: a.how });
        });
        return true;
      }
      return false;
    },
  });
  const profile = mkdtempSync(join(tmpdir(), 'bench-no-devtools-'));
  const args = ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`];
  const browser = spawn(CHROMIUM, [...args, `${server.origin}${journeys[0]?.start ?? '/'}`], { stdio: 'ignore' });
  const budget = options.timeoutMs ?? 60_000 + journeys.reduce((n, j) => n + j.clicks.length, 0) * 3_000;
  const timer = setTimeout(() => {
    errors.push(`stopped after ${Math.round(budget / 1000)} s with ${nextIndex} of ${journeys.length} journeys started`);
    finished();
  }, budget);
  await done;
  clearTimeout(timer);
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  browser.kill();
  await exited;
  await server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  return { arrivals, errors };
}

// `npm run bench:no-devtools [-- --modes=prefetch,prerender,swap] [--limit=N]`: the three modes on dist/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { loadSiteModel } = await import('./model.ts');
  const { median, percentile } = await import('./stats.ts');
  const { ROOT } = await import('./project.ts');
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const modes = (arg('modes')?.split(',') ?? [...MODES]) as Mode[];
  const model = await loadSiteModel(ROOT);
  const journeys = model.journeys.slice(0, Number(arg('limit') ?? Infinity));
  console.log(
    `${journeys.length} journeys, ${journeys.reduce((n, j) => n + j.clicks.length, 0)} clicks, served from dist/ on 127.0.0.1, Chromium without DevTools Protocol`,
  );
  for (const mode of modes) {
    const { arrivals, errors } = await walkWithoutDevTools(join(ROOT, 'dist'), journeys, mode);
    const times = arrivals.map((a) => a.ms);
    console.log(
      `${mode.padEnd(9)} median ${median(times)?.toFixed(0)} ms, p95 ${percentile(times, 95)?.toFixed(0)} ms over ${arrivals.length} clicks; prerendered ${arrivals.filter((a) => a.prerendered).length}; focus on the heading ${arrivals.filter((a) => a.focused).length}; timed by first-contentful-paint ${arrivals.filter((a) => a.how === 'fcp').length}; errors ${errors.length}${errors.length ? `: ${errors.slice(0, 3).join('; ')}` : ''}`,
    );
  }
}
