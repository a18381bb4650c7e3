/**
 * The browser side of the benchmark: Debian Chromium (or CHROMIUM_PATH) driven through
 * Playwright and the Chrome DevTools Protocol.
 *
 * - `PageMeter`: a cold load of one page under "Slow 4G" (Chrome DevTools' preset:
 *   562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) and 4x CPU slowdown, on a phone
 *   viewport: bytes by type, requests, render-blocking requests, FCP, LCP.
 * - `JourneyWalker`: a walk through the flow by clicking answers, served locally with no
 *   throttling, timing each click to the next step's heading being painted.
 */
import { chromium, devices, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import type { StaticServer } from './server.ts';
import type { JourneyInfo } from './model.ts';

export { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/support/chromium.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../e2e/support/chromium.ts';

/** Chrome DevTools' "Slow 4G" preset (the same numbers Lighthouse uses for mobile). */
export const SLOW_4G = {
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};
export const CPU_SLOWDOWN = 4;
const PHONE = devices['Pixel 7']!;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

async function phoneContext(browser: Browser, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: PHONE.isMobile,
    hasTouch: PHONE.hasTouch,
    userAgent: PHONE.userAgent,
    javaScriptEnabled,
    serviceWorkers: 'block',
  });
}

export type ByteType = 'html' | 'css' | 'js' | 'other';

export interface RequestRecord {
  url: string;
  resourceType: string;
  mimeType?: string;
  status?: number;
  /** Bytes on the wire, headers included (CDP encodedDataLength). */
  transferred: number;
  /** Body bytes as sent (compressed), from the server's log. */
  body?: number;
  renderBlocking?: string;
  prefetch: boolean;
  failed?: string;
}

export interface PageMetrics {
  url: string;
  fcpMs?: number;
  lcpMs?: number;
  lcpElement?: string;
  loadMs?: number;
  requests: number;
  /** Transferred bytes (headers included) by type, not counting speculative prefetches. */
  bytes: Record<ByteType, number>;
  /** Compressed body bytes of JavaScript (what the JS budgets count). */
  jsBodyBytes: number;
  /** The document plus every render-blocking request: what the first render needs. */
  firstRenderBytes: number;
  renderBlocking: string[];
  prefetches: number;
  prefetchBytes: number;
  requestsDetail: RequestRecord[];
  error?: string;
}

function byteType(r: RequestRecord): ByteType {
  const mime = r.mimeType ?? '';
  if (r.resourceType === 'Document' || mime === 'text/html') return 'html';
  if (r.resourceType === 'Stylesheet' || mime === 'text/css') return 'css';
  if (r.resourceType === 'Script' || /javascript/.test(mime)) return 'js';
  return 'other';
}

/** Starts recording every request of a page through its own CDP session. */
async function recordNetwork(cdp: CDPSession) {
  const requests = new Map<string, RequestRecord>();
  let inflight = 0;
  let lastActivity = performance.now();
  const counted = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (requests.has(e.requestId)) return; // a redirect: keep the first record
    const purpose = Object.entries(e.request.headers).find(([k]) => /^sec-purpose$|^purpose$/i.test(k))?.[1];
    // Speculative prefetches are not the page's own: waiting for them would only slow the bench down.
    if (e.type !== 'Prefetch' && !/prefetch/i.test(String(purpose ?? ''))) {
      lastActivity = performance.now();
      inflight++;
      counted.add(e.requestId);
    }
    requests.set(e.requestId, {
      url: e.request.url,
      resourceType: e.type ?? 'Other',
      transferred: 0,
      ...(e.renderBlockingBehavior ? { renderBlocking: e.renderBlockingBehavior } : {}),
      prefetch: e.type === 'Prefetch' || /prefetch/i.test(String(purpose ?? '')),
    });
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    const r = requests.get(e.requestId);
    const purpose = Object.entries(e.headers).find(([k]) => /^sec-purpose$|^purpose$/i.test(k))?.[1];
    if (r && /prefetch/i.test(String(purpose ?? ''))) r.prefetch = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.mimeType = e.response.mimeType;
      r.status = e.response.status;
    }
  });
  const settled = (id: string) => {
    if (!counted.delete(id)) return;
    lastActivity = performance.now();
    inflight = Math.max(0, inflight - 1);
  };
  cdp.on('Network.loadingFinished', (e) => {
    settled(e.requestId);
    const r = requests.get(e.requestId);
    if (r) r.transferred = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    settled(e.requestId);
    const r = requests.get(e.requestId);
    if (r) r.failed = e.errorText;
  });
  await cdp.send('Network.enable');
  return {
    requests,
    reset: () => {
      requests.clear();
      counted.clear();
      inflight = 0;
      lastActivity = performance.now();
    },
    /** Resolves once nothing has been in flight for `quietMs`, or after `maxMs`. */
    idle: async (quietMs: number, maxMs: number) => {
      const until = performance.now() + maxMs;
      while (performance.now() < until) {
        if (inflight === 0 && performance.now() - lastActivity >= quietMs) return true;
        await new Promise((r) => setTimeout(r, 25));
      }
      return false;
    },
  };
}

const LCP_SCRIPT = `new Promise((done) => {
  const out = { fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime };
  try {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      out.lcp = last.startTime;
      out.el = last.element ? last.element.tagName.toLowerCase() + (last.element.id ? '#' + last.element.id : '') : undefined;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  setTimeout(() => done(out), 50);
})`;

/**
 * Measures pages one after the other in one tab: before each page the tab goes to
 * about:blank, the HTTP cache stays disabled and the page's speculative prefetches are
 * dropped with the document that asked for them, so every load is cold. (A new tab per
 * page would add a renderer start-up that is not part of the page's own timings.)
 */
export class PageMeter {
  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly net: Awaited<ReturnType<typeof recordNetwork>>,
    private readonly server: StaticServer,
    private readonly cdp: CDPSession,
  ) {}

  static async open(browser: Browser, server: StaticServer): Promise<PageMeter> {
    const context = await phoneContext(browser, true);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const net = await recordNetwork(cdp);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    return new PageMeter(context, page, net, server, cdp);
  }

  async close() {
    await this.context.close();
  }

  /** One cold, throttled load of `path`. */
  async measure(path: string): Promise<PageMetrics> {
    const { page, net, server, cdp } = this;
    await page.goto('about:blank');
    // Speculative prefetches go through the HTTP cache even with the cache disabled for the page: empty it.
    await cdp.send('Network.clearBrowserCache');
    await page
      .evaluate(() => {
        try {
          sessionStorage.clear();
        } catch {
          // about:blank may have no storage
        }
      })
      .catch(() => undefined);
    net.reset();
    const logStart = server.log.length;
    let error: string | undefined;
    let loadMs: number | undefined;
    let paint: { fcp?: number; lcp?: number; el?: string } = {};
    try {
      await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
      loadMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration);
      // Let the page settle: scripts, islands and the speculative prefetches it asks for.
      await net.idle(200, 8_000);
      paint = (await page.evaluate(LCP_SCRIPT)) as typeof paint;
    } catch (e) {
      error = (e as Error).message.split('\n')[0];
    }
    const served = server.log.slice(logStart);
    const records = [...net.requests.values()].filter((r) => r.url.startsWith(server.origin));
    return summarise(path, records, served, paint, loadMs, error);
  }
}

function summarise(
  path: string,
  records: RequestRecord[],
  served: StaticServer['log'],
  paint: { fcp?: number; lcp?: number; el?: string },
  loadMs: number | undefined,
  error: string | undefined,
): PageMetrics {
  // Attach the body bytes the server sent (first unmatched log entry for the same path).
  const used = new Set<number>();
  for (const r of records) {
    const p = new URL(r.url).pathname;
    const i = served.findIndex((s, k) => !used.has(k) && s.url === p);
    if (i >= 0) {
      used.add(i);
      r.body = served[i]!.bodyBytes;
      if (served[i]!.purpose && /prefetch/i.test(served[i]!.purpose!)) r.prefetch = true;
    }
  }
  const own = records.filter((r) => !r.prefetch);
  const bytes: Record<ByteType, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const r of own) bytes[byteType(r)] += r.transferred;
  const blocking = own.filter((r) => r.renderBlocking === 'Blocking' || r.renderBlocking === 'InBodyParserBlocking');
  const doc = own.find((r) => r.resourceType === 'Document');
  const prefetches = records.filter((r) => r.prefetch);
  return {
    url: path,
    ...(paint.fcp !== undefined ? { fcpMs: paint.fcp } : {}),
    ...(paint.lcp !== undefined ? { lcpMs: paint.lcp } : {}),
    ...(paint.el ? { lcpElement: paint.el } : {}),
    ...(loadMs !== undefined ? { loadMs } : {}),
    requests: own.length,
    bytes,
    jsBodyBytes: own.filter((r) => byteType(r) === 'js').reduce((n, r) => n + (r.body ?? r.transferred), 0),
    firstRenderBytes: (doc?.transferred ?? 0) + blocking.reduce((n, r) => n + r.transferred, 0),
    renderBlocking: blocking.map((r) => `${new URL(r.url).pathname} (${r.renderBlocking})`),
    prefetches: prefetches.length,
    prefetchBytes: prefetches.reduce((n, r) => n + r.transferred, 0),
    requestsDetail: records,
    ...(error ? { error } : {}),
  };
}

export interface ClickTiming {
  journey: string;
  from: string;
  to: string;
  /** Click to the first paint of the next page, whose heading is in the viewport. */
  ms: number;
  /** With JavaScript: from the click event's own timestamp (no driver overhead). */
  fromEvent: boolean;
  /** Driver overhead: from just before the click was sent to the click event (with JavaScript only). */
  driverMs?: number;
  /** The next page was already prefetched (speculation rules). */
  prefetched: boolean;
}

/** Scrolls the answer into view and returns its box and the page's clock (synchronous: works without JavaScript too). */
const AIM = (selector: string) => {
  const link = document.querySelector(selector);
  if (!link) return null;
  link.scrollIntoView({ block: 'center' });
  const r = link.getBoundingClientRect();
  try {
    sessionStorage.removeItem('bench:click');
  } catch {
    // no storage
  }
  return { x: r.x, y: r.y, width: r.width, height: r.height, now: performance.timeOrigin + performance.now() };
};
/** Synchronous reads only: with JavaScript disabled, page promises never settle. */
const PAINTED = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const h1 = document.querySelector('h1');
  const box = h1 ? h1.getBoundingClientRect() : null;
  let click = null;
  try { click = Number(sessionStorage.getItem('bench:click')) || null; } catch {}
  const answers = [...document.querySelectorAll('a.answer')].map((a) => new URL(a.href).pathname);
  return { origin: performance.timeOrigin, fcp: fcp ? fcp.startTime : null, click, answers, inView: !!box && box.height > 0 && box.top < innerHeight && box.bottom > 0, text: h1 ? h1.textContent.trim().replace(/\\s+/g, ' ') : null };
})()`;

/**
 * Walks journeys in one tab (JavaScript on or off), clicking each answer like a person (a
 * real mouse click at the link's centre) once the page and what it prefetches have arrived,
 * and times each click to the first paint of the next page, after checking that the painted
 * heading is that step's and lies in the first viewport. With JavaScript, the click time is
 * the click event's own timestamp (recorded by a capture listener the bench adds); without,
 * it is read from the page just before the click is sent, which adds the driver's overhead.
 */
export class JourneyWalker {
  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly server: StaticServer,
    private readonly javaScriptEnabled: boolean,
  ) {}

  static async open(browser: Browser, server: StaticServer, javaScriptEnabled: boolean): Promise<JourneyWalker> {
    const context = await phoneContext(browser, javaScriptEnabled);
    if (javaScriptEnabled) {
      await context.addInitScript(() => {
        addEventListener(
          'click',
          (e) => {
            try {
              sessionStorage.setItem('bench:click', String(performance.timeOrigin + e.timeStamp));
            } catch {
              // no storage: the walker falls back to its own timestamp
            }
          },
          true,
        );
      });
    }
    return new JourneyWalker(context, await context.newPage(), server, javaScriptEnabled);
  }

  async close() {
    await this.context.close();
  }

  /**
   * Waits until the page is as a person finds it after reading it: with JavaScript, until
   * the speculation rules have prefetched every answer's page (or 2 s have passed); without,
   * the load event (already waited for) is all there is.
   */
  private async settle(since: number, answers: string[]) {
    if (!this.javaScriptEnabled || !answers.length) return;
    // Chromium skips some prefetches (already fetched, or on its own judgement): then the server going quiet ends the wait.
    const { server } = this;
    const until = performance.now() + 2_000;
    let seen = server.log.length;
    let quietSince = performance.now();
    while (performance.now() < until) {
      const fetched = new Set(
        server.log
          .slice(since)
          .filter((l) => l.purpose !== undefined && /prefetch/i.test(l.purpose))
          .map((l) => l.url),
      );
      if (answers.every((a) => fetched.has(a))) return;
      if (server.log.length !== seen) {
        seen = server.log.length;
        quietSince = performance.now();
      } else if (performance.now() - quietSince > 100) return;
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  async walk(journey: JourneyInfo): Promise<{ timings: ClickTiming[]; error?: string }> {
    const { page, server } = this;
    const timings: ClickTiming[] = [];
    try {
      await page.goto('about:blank');
      let arrived = server.log.length;
      await page.goto(server.origin + journey.start, { waitUntil: 'load' });
      let answers = (await page.evaluate(() => {
        sessionStorage.clear();
        return [...document.querySelectorAll<HTMLAnchorElement>('a.answer')].map((a) => new URL(a.href).pathname);
      })) as string[];
      for (const click of journey.clicks) {
        await this.settle(arrived, answers);
        const before = server.log.length;
        const prefetched = server.log
          .slice(arrived)
          .some((l) => l.url === click.toPath && l.purpose !== undefined && /prefetch/i.test(l.purpose));
        // One round trip: bring the answer into view, forget the last click, read the clock.
        const box = (await page.evaluate(AIM, `a.answer[data-answer="${click.answer}"]`)) as {
          x: number;
          y: number;
          width: number;
          height: number;
          now: number;
        } | null;
        if (!box) throw new Error(`no answer "${click.answer}" on ${click.from}`);
        const t0 = box.now;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForURL((u) => u.pathname === click.toPath, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        let painted:
          { origin: number; fcp: number | null; click: number | null; answers: string[]; inView: boolean; text: string | null } | undefined;
        for (let i = 0; i < 100; i++) {
          painted = (await page.evaluate(PAINTED)) as typeof painted;
          if (painted?.fcp != null) break;
          await new Promise((r) => setTimeout(r, 10));
        }
        if (!painted || painted.fcp == null) throw new Error(`no paint recorded on ${click.toPath}`);
        if (painted.text !== click.heading.trim().replace(/\s+/g, ' '))
          throw new Error(`expected heading "${click.heading}" on ${click.toPath}, saw "${painted.text}"`);
        if (!painted.inView) throw new Error(`heading not in the first viewport on ${click.toPath}`);
        const fromEvent = this.javaScriptEnabled && painted.click !== null && painted.click >= t0;
        const start = fromEvent ? painted.click! : t0;
        timings.push({
          journey: journey.name,
          from: click.from,
          to: click.to,
          ms: painted.origin + painted.fcp - start,
          fromEvent,
          ...(fromEvent ? { driverMs: painted.click! - t0 } : {}),
          prefetched: prefetched && !server.log.slice(before).some((l) => l.url === click.toPath && !l.purpose),
        });
        arrived = before;
        answers = painted.answers;
      }
    } catch (e) {
      return { timings, error: `${journey.name}: ${(e as Error).message.split('\n')[0]}` };
    }
    return { timings };
  }
}

/** Chromium's version string, e.g. "156.0.8078.108". */
export function browserVersion(browser: Browser): string {
  return browser.version();
}

export type { Browser, Page };
