/**
 * `npm run bench`: builds the site into bench-results/, serves it on 127.0.0.1 as a static
 * host would (gzip), drives Chromium through the DevTools Protocol, and reports every
 * figure of the Budgets in docs/design.md beside its budget. Writes
 * bench-results/bench.json (for tools) and docs/benchmarks.md (method, machine, results).
 * Not part of `npm test`: the tests check behaviour, this reports numbers.
 *
 * Flags:
 *   --quick              skip the build-scaling builds (everything else runs)
 *   --scale=100,1000     the synthetic flow sizes to build (default 100,1000,5000)
 *   --scale-cap=SECONDS  stop a scaling build after this long (default 150) and project the rest
 *   --full-scale         build every size to the end, however long it takes (cap 3600 s)
 *   --no-journeys        skip the click-to-heading journeys
 *   --no-pages           skip the throttled load of every step page (to time journeys alone)
 *   --no-docs            do not rewrite docs/benchmarks.md
 *   --keep               keep the scaling builds' output in bench-results/work/
 *   --limit=N            measure only the first N step pages and N journeys (to try the bench out)
 *   --docs-only          measure nothing: rewrite docs/benchmarks.md from the last bench-results/bench.json
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RESULTS, ROOT, snapshot, timedBuild } from './project.ts';
import { loadSiteModel, type JourneyInfo, type PageInfo } from './model.ts';
import { compressedSizes, serveOnFreePort, type StaticServer } from './server.ts';
import {
  CHROMIUM,
  CPU_SLOWDOWN,
  JourneyWalker,
  PageMeter,
  SLOW_4G,
  launch,
  type Browser,
  type ClickTiming,
  type PageMetrics,
} from './browser.ts';
import { anatomy, blockingInHtml } from './anatomy.ts';
import { benchMailto, type MailtoResult } from './mailto.ts';
import { DEFAULT_SIZES, benchScaling, growth, type ScaleRun } from './scale.ts';
import { kb, max, median, ms, percentile, seconds } from './stats.ts';
import { renderDocs, renderTable, type Row } from './report.ts';
import { walkWithoutDevTools, type Arrival } from './no-devtools.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = flag('quick');
const SIZES = value('scale')
  ? value('scale')!
      .split(',')
      .map(Number)
      .filter((n) => n >= 4)
  : DEFAULT_SIZES;
const FULL_SCALE = flag('full-scale');
const SCALE_CAP = FULL_SCALE ? 3600 : Number(value('scale-cap') ?? 150);
const LIMIT = value('limit') ? Number(value('limit')) : Infinity;
/** How many of the slowest pages get two more loads. */
const RERUNS = 5;

const started = performance.now();
const say = (s: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** Budgets from docs/design.md, "Budgets". */
export const BUDGETS = {
  firstRenderBytes: 14 * 1024,
  renderBlockingScripts: 0,
  jsQuestionAdviceGzip: 5 * 1024,
  jsContactGzip: 25 * 1024,
  lcpMs: 1200,
  clickMedianMs: 100,
  build1000Seconds: 60,
  linearExponent: 1.1,
  mailtoMax: 1900,
};

function machine() {
  const astro = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version as string;
  const cpu = cpus()[0]?.model ?? 'unknown';
  return {
    cpus: availableParallelism(),
    cpuModel: cpu.trim(),
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    astro,
    chromium: '',
    chromiumPath: CHROMIUM,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    loadAverageAtEnd: [] as number[],
    chromiumRelaunches: 0,
  };
}

async function main() {
  if (flag('docs-only')) {
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), renderDocs(JSON.parse(readFileSync(join(RESULTS, 'bench.json'), 'utf8'))));
    say('rewrote docs/benchmarks.md from bench-results/bench.json');
    return;
  }
  mkdirSync(RESULTS, { recursive: true });
  const info = machine();
  say(
    `machine: ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGB} GB, Node ${info.node}, Astro ${info.astro}; load average ${info.loadAverageAtStart.join(' ')}`,
  );

  // 1. Build the site from a snapshot of the project.
  say('building the site (snapshot of src/, flows/, public/ in bench-results/work/site/)...');
  const site = snapshot('site', { withFlows: true });
  const build = await timedBuild(site, { label: 'site-build', timeoutSeconds: 600 });
  if (!build.ok) throw new Error(`the site did not build: ${build.error}\n${build.log.slice(-3000)}`);
  say(`built ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
  const model = await loadSiteModel(site.dir);
  if (Number.isFinite(LIMIT)) {
    model.pages = model.pages.slice(0, LIMIT);
    model.journeys = model.journeys.slice(0, LIMIT);
  }
  say(
    `${model.pages.length} step pages, ${model.journeys.length} journeys (${model.flows.map((f) => `${f.id}: ${f.versions.map((v) => `v${v.version} ${v.steps} steps`).join(', ')}`).join('; ')})`,
  );

  // 2. What each page is made of, and the JavaScript files.
  const htmlOf = (p: PageInfo) => readFileSync(join(site.outDir, p.path, 'index.html'), 'utf8');
  const staticPages = model.pages.map((p) => {
    const html = htmlOf(p);
    return { path: p.path, kind: p.kind, ...compressedSizes(Buffer.from(html)), anatomy: anatomy(html), blocking: blockingInHtml(html) };
  });
  const astroDir = join(site.outDir, '_astro');
  const jsFiles = readdirSync(astroDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `/_astro/${f}`, ...compressedSizes(readFileSync(join(astroDir, f))) }))
    .sort((a, b) => b.gzip - a.gzip);

  // 3. Browser measurements.
  writeReferencePages(site.outDir);
  const server = await serveOnFreePort(site.outDir);
  say(`serving ${relative(ROOT, site.outDir)} at ${server.origin}`);
  const chromium = new Chromium(server, say);
  info.chromium = (await chromium.ensure()).version();
  const pages: (PageMetrics & { kind: string; locale: string; version: number; pinned: boolean; lcpSamples?: number[] })[] = [];
  const bare: PageMetrics[] = [];
  const clicks: Record<'js' | 'nojs', ClickTiming[]> = { js: [], nojs: [] };
  const bareClicks: Record<'js' | 'nojs', ClickTiming[]> = { js: [], nojs: [] };
  const journeyErrors: string[] = [];
  try {
    say(`reference: a bare 2 KB HTML page, 3 loads (2 more after the pages) under Slow 4G and ${CPU_SLOWDOWN}x CPU slowdown...`);
    for (let i = 0; i < 3; i++) bare.push(await chromium.measure('/__bench/bare.html'));
    say(`  bare page LCP ${bare.map((b) => ms(b.lcpMs)).join(', ')}`);
    const measured = flag('no-pages') ? [] : model.pages;
    say(`every step page (${measured.length}), one cold load each under Slow 4G and ${CPU_SLOWDOWN}x CPU slowdown...`);
    for (const [i, p] of measured.entries()) {
      const m = await chromium.measure(p.path);
      pages.push({ ...m, kind: p.kind, locale: p.locale, version: p.version, pinned: p.pinned });
      if ((i + 1) % 10 === 0 || i === measured.length - 1)
        say(`  ${i + 1}/${measured.length} (last: ${p.path} LCP ${ms(m.lcpMs)}, first render ${kb(m.firstRenderBytes)})`);
    }
    // One cold load is noisy on a shared machine: load the slowest pages twice more and keep each one's median.
    const slowest = [...pages].sort((a, b) => (b.lcpMs ?? Infinity) - (a.lcpMs ?? Infinity)).slice(0, RERUNS);
    say(`the ${slowest.length} slowest pages twice more (their LCP becomes the median of 3 loads)...`);
    for (const p of slowest) {
      const again = [await chromium.measure(p.url), await chromium.measure(p.url)];
      const lcp = [p.lcpMs, ...again.map((a) => a.lcpMs)].filter((v): v is number => v !== undefined);
      const fcp = [p.fcpMs, ...again.map((a) => a.fcpMs)].filter((v): v is number => v !== undefined);
      p.lcpSamples = lcp;
      if (lcp.length) p.lcpMs = median(lcp);
      if (fcp.length) p.fcpMs = median(fcp);
    }
    for (let i = 0; i < 2; i++) bare.push(await chromium.measure('/__bench/bare.html'));
    if (!flag('no-journeys')) {
      for (const mode of ['js', 'nojs'] as const) {
        say(
          `journeys ${mode === 'js' ? 'with' : 'without'} JavaScript: ${model.journeys.length} journeys, ${model.journeys.reduce((n, j) => n + j.clicks.length, 0)} clicks, served locally...`,
        );
        const reference = await chromium.walk(REFERENCE_JOURNEY, mode === 'js');
        bareClicks[mode].push(...reference.timings);
        if (reference.error) journeyErrors.push(`${mode}: ${reference.error}`);
        for (const j of model.journeys) {
          const r = await chromium.walk(j, mode === 'js');
          clicks[mode].push(...r.timings);
          if (r.error) journeyErrors.push(`${mode}: ${r.error}`);
        }
        say(`  reference (bare pages): median ${ms(median(bareClicks[mode].map((c) => c.ms)))}`);
        say(
          `  median ${ms(median(clicks[mode].map((c) => c.ms)))}, p95 ${ms(
            percentile(
              clicks[mode].map((c) => c.ms),
              95,
            ),
          )}, ${clicks[mode].filter((c) => c.prefetched).length} of ${clicks[mode].length} clicks went to a prefetched page`,
        );
      }
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  info.chromiumRelaunches = chromium.relaunches;

  // 3b. The same journeys in a Chromium with no DevTools Protocol attached (scripts/bench/no-devtools.ts).
  const bare2: { arrivals: Arrival[]; errors: string[] } = { arrivals: [], errors: [] };
  const free: { arrivals: Arrival[]; errors: string[] } = { arrivals: [], errors: [] };
  if (!flag('no-journeys')) {
    say(`journeys with JavaScript, Chromium without the DevTools Protocol (pages drive themselves)...`);
    Object.assign(bare2, await walkWithoutDevTools(site.outDir, [REFERENCE_JOURNEY], 'prefetch'));
    Object.assign(free, await walkWithoutDevTools(site.outDir, model.journeys, 'prefetch'));
    const all = free.arrivals.map((a) => a.ms);
    say(
      `  reference (bare pages): median ${ms(median(bare2.arrivals.map((a) => a.ms)))}; site: median ${ms(median(all))}, p95 ${ms(percentile(all, 95))}, ${all.length} clicks, focus on the heading ${free.arrivals.filter((a) => a.focused).length}, ${free.errors.length} errors`,
    );
    journeyErrors.push(...[...bare2.errors, ...free.errors].map((e) => `no DevTools: ${e}`));
  }

  // 4. The mailto: link.
  say('mailto: generated contact-form inputs...');
  const mailto: MailtoResult = await benchMailto(site.dir, { count: 5000 });
  say(
    `  ${mailto.valid} valid inputs of ${mailto.generated}: longest link ${mailto.maxLength} characters, ${mailto.shortened} shortened, ${mailto.failureCount} failures`,
  );

  // 5. Build scaling.
  let scale: ScaleRun[] = [];
  if (!QUICK) {
    say(`build scaling: synthetic flows of ${SIZES.join(', ')} steps, 2 versions, 2 locales (cap ${SCALE_CAP} s a build)...`);
    scale = await benchScaling(SIZES, { capSeconds: SCALE_CAP, full: FULL_SCALE, locales: ['en', 'fr'], keep: flag('keep'), log: say });
  }
  info.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);

  // 6. Figures beside their budgets.
  const byKind = (kinds: string[]) => pages.filter((p) => kinds.includes(p.kind));
  const worst = <T>(items: T[], f: (t: T) => number | undefined) =>
    items.reduce<T | undefined>((w, t) => ((f(t) ?? -Infinity) > (w ? (f(w) ?? -Infinity) : -Infinity) ? t : w), undefined);
  const firstRender = pages.map((p) => p.firstRenderBytes);
  const worstFirst = worst(pages, (p) => p.firstRenderBytes);
  const blockingScripts = pages.flatMap((p) => p.renderBlocking.filter((r) => /\.m?js\b/.test(r)).map((r) => `${p.url}: ${r}`));
  const staticBlocking = staticPages.flatMap((p) => p.blocking.blockingScripts.map((s) => `${p.path}: ${s}`));
  const lcps = pages.map((p) => p.lcpMs).filter((v): v is number => v !== undefined);
  const fcps = pages.map((p) => p.fcpMs).filter((v): v is number => v !== undefined);
  const worstLcp = worst(pages, (p) => p.lcpMs);
  const bareLcp = median(bare.map((b) => b.lcpMs).filter((v): v is number => v !== undefined));
  const bareClick = { js: median(bareClicks.js.map((c) => c.ms)), nojs: median(bareClicks.nojs.map((c) => c.ms)) };
  const jsOf = (kinds: string[]) => byKind(kinds).map((p) => p.jsBodyBytes);
  const clickMs = { js: clicks.js.map((c) => c.ms), nojs: clicks.nojs.map((c) => c.ms) };
  const freeMs = free.arrivals.map((a) => a.ms);
  const scale1000 = scale.find((r) => r.steps === 1000);
  const fit = growth(scale);
  const status = (ok: boolean | undefined): Row['status'] => (ok === undefined ? 'not measured' : ok ? 'ok' : 'MISSED');
  const clickStatus = (values: number[], floor: number | undefined): Row['status'] => {
    if (!values.length) return 'not measured';
    if (median(values)! <= BUDGETS.clickMedianMs) return 'ok';
    return floor !== undefined && floor > BUDGETS.clickMedianMs ? 'inconclusive' : 'MISSED';
  };
  const rows: Row[] = [
    {
      figure: 'Step pages: first render transferred (document + render-blocking), max',
      value: kb(max(firstRender)),
      budget: '<= 14 KB',
      status: status(firstRender.length ? max(firstRender)! <= BUDGETS.firstRenderBytes : undefined),
      detail: worstFirst ? `worst ${worstFirst.url}; median ${kb(median(firstRender))}` : '',
    },
    {
      figure: 'Step pages: render-blocking scripts',
      value: String(blockingScripts.length + staticBlocking.length),
      budget: 'none',
      status: status(pages.length ? blockingScripts.length + staticBlocking.length === 0 : undefined),
      detail: [...blockingScripts, ...staticBlocking].slice(0, 3).join('; '),
    },
    {
      figure: 'JavaScript on question pages (gzip), max',
      value: kb(max(jsOf(['question']))),
      budget: '<= 5 KB',
      status: status(jsOf(['question']).length ? max(jsOf(['question']))! <= BUDGETS.jsQuestionAdviceGzip : undefined),
    },
    {
      figure: 'JavaScript on advice pages (gzip), max',
      value: kb(max(jsOf(['advice']))),
      budget: '<= 5 KB',
      status: status(jsOf(['advice']).length ? max(jsOf(['advice']))! <= BUDGETS.jsQuestionAdviceGzip : undefined),
    },
    {
      figure: 'JavaScript on outcome pages (gzip), max',
      value: kb(max(jsOf(['outcome']))),
      budget: '(none set; 5 KB as for advice)',
      status: 'info',
    },
    {
      figure: 'JavaScript on the contact page (gzip), max',
      value: kb(max(jsOf(['contact']))),
      budget: '<= 25 KB',
      status: status(jsOf(['contact']).length ? max(jsOf(['contact']))! <= BUDGETS.jsContactGzip : undefined),
    },
    {
      figure: 'LCP, Slow 4G + 4x CPU, served locally: worst step page',
      value: ms(max(lcps)),
      budget: '<= 1,200 ms',
      status: status(lcps.length ? max(lcps)! <= BUDGETS.lcpMs : undefined),
      detail: `median ${ms(median(lcps))}, p95 ${ms(percentile(lcps, 95))}; worst ${worstLcp?.url ?? ''}`,
    },
    {
      figure: 'LCP minus the bare-page reference, worst step page',
      value: lcps.length && bareLcp !== undefined ? `+${ms(max(lcps)! - bareLcp)}` : 'n/a',
      budget: '<= +200 ms (1.2 s against the 1.0 s bare page of design.md)',
      status: status(lcps.length && bareLcp !== undefined ? max(lcps)! - bareLcp <= 200 : undefined),
      detail: 'what the page adds over a bare page on this machine, under the same throttling',
    },
    { figure: 'FCP, same conditions: median / worst', value: `${ms(median(fcps))} / ${ms(max(fcps))}`, budget: '-', status: 'info' },
    {
      figure: 'Reference: bare 2 KB HTML page LCP, same conditions (median of 5)',
      value: ms(bareLcp),
      budget: 'about 1,000 ms (design.md)',
      status: 'info',
    },
    {
      figure: 'Click on an answer to next heading visible, with JS, no DevTools Protocol attached: median',
      value: ms(median(freeMs)),
      budget: '<= 100 ms',
      status: freeMs.length ? (median(freeMs)! <= BUDGETS.clickMedianMs && free.errors.length === 0 ? 'ok' : 'MISSED') : 'not measured',
      detail: `p95 ${ms(percentile(freeMs, 95))}, ${freeMs.length} clicks, heading focused after ${free.arrivals.filter((a) => a.focused).length}; ${free.errors.length} errors; bare-page floor ${ms(median(bare2.arrivals.map((a) => a.ms)))}`,
    },
    {
      figure: 'Click on an answer to next heading visible, with JS, through the DevTools Protocol: median',
      value: ms(median(clickMs.js)),
      budget: '<= 100 ms',
      status: clickStatus(clickMs.js, bareClick.js),
      detail: `p95 ${ms(percentile(clickMs.js, 95))}, ${clickMs.js.length} clicks; bare-page floor ${ms(bareClick.js)}`,
    },
    {
      figure: 'Click on an answer to next heading visible, without JS, through the DevTools Protocol: median',
      value: ms(median(clickMs.nojs)),
      budget: '<= 100 ms',
      status: clickStatus(clickMs.nojs, bareClick.nojs),
      detail: `p95 ${ms(percentile(clickMs.nojs, 95))}, ${clickMs.nojs.length} clicks; bare-page floor ${ms(bareClick.nojs)}`,
    },
    {
      figure: 'Reference: click between two bare pages through the DevTools Protocol, median (with / without JS)',
      value: `${ms(bareClick.js)} / ${ms(bareClick.nojs)}`,
      budget: '-',
      status: 'info',
      detail: 'the floor of this measurement on this machine',
    },
    {
      figure: 'Build of a generated 1,000-step flow, 2 versions, 2 locales',
      value: !scale1000
        ? 'n/a'
        : scale1000.status === 'done'
          ? seconds(scale1000.seconds)
          : scale1000.projectedSeconds
            ? `> ${seconds(scale1000.seconds ?? SCALE_CAP, 0)} (projected ${seconds(scale1000.projectedSeconds, 0)})`
            : scale1000.status,
      budget: '<= 60 s',
      status: !scale1000
        ? 'not measured'
        : status(
            scale1000.status === 'done'
              ? scale1000.seconds! <= BUDGETS.build1000Seconds
              : scale1000.status === 'skipped' && !scale1000.projectedSeconds
                ? undefined
                : false,
          ),
      detail: scale1000
        ? `${scale1000.expectedPages} pages${scale1000.pagesPerSecond ? `, ${scale1000.pagesPerSecond.toFixed(1)} pages/s` : ''}${scale1000.peakTreeMB ? `, peak ${Math.round(scale1000.peakTreeMB)} MB` : ''}`
        : '',
    },
    {
      figure: 'Build time growth with pages (t ~ pages^k)',
      value: fit ? `k = ${fit.exponent.toFixed(2)}` : 'n/a',
      budget: 'linear (k <= 1.1)',
      status: status(fit ? fit.exponent <= BUDGETS.linearExponent : undefined),
      detail: scale
        .map(
          (r) =>
            `${r.steps} steps: ${r.status === 'done' ? seconds(r.seconds) : r.projectedSeconds ? `~${seconds(r.projectedSeconds, 0)} (${r.status})` : r.status}`,
        )
        .join('; '),
    },
    {
      figure: 'mailto: link length, max over generated inputs',
      value: `${mailto.maxLength} chars`,
      budget: '<= 1,900',
      status: status(mailto.maxLength <= BUDGETS.mailtoMax && mailto.failureCount === 0),
      detail: `${mailto.valid} valid inputs; median ${mailto.medianLength}; ${mailto.shortened} shortened; ${mailto.failureCount} failures`,
    },
    {
      figure: 'Site build (this site, for reference)',
      value: seconds(build.seconds),
      budget: '-',
      status: 'info',
      detail: `${build.pages} pages, peak ${Math.round(build.peakTreeMB)} MB`,
    },
  ];

  const result = {
    generatedAt: new Date().toISOString(),
    durationSeconds: (performance.now() - started) / 1000,
    options: {
      quick: QUICK,
      limit: Number.isFinite(LIMIT) ? LIMIT : undefined,
      sizes: SIZES,
      scaleCapSeconds: SCALE_CAP,
      fullScale: FULL_SCALE,
    },
    machine: info,
    conditions: {
      network: { preset: 'Slow 4G (Chrome DevTools)', ...SLOW_4G },
      cpuSlowdown: CPU_SLOWDOWN,
      device: 'Pixel 7 viewport (412x915, DPR 2.625), mobile',
      compression: 'gzip level 6 for text types',
      cache: 'cold (disabled) for page loads; normal HTTP caching in journeys',
    },
    budgets: BUDGETS,
    rows,
    build: { ...build, log: undefined },
    flows: model.flows,
    pages: pages.map((p) => ({ ...p, requestsDetail: p.requestsDetail.map((r) => ({ ...r, url: new URL(r.url).pathname })) })),
    pagesByKind: Object.fromEntries(
      [...new Set(pages.map((p) => p.kind))].map((kind) => {
        const list = byKind([kind]);
        return [
          kind,
          {
            pages: list.length,
            jsGzipMax: max(list.map((p) => p.jsBodyBytes)),
            firstRenderMax: max(list.map((p) => p.firstRenderBytes)),
            lcpMedian: median(list.map((p) => p.lcpMs!).filter(Number.isFinite)),
            lcpMax: max(list.map((p) => p.lcpMs!).filter(Number.isFinite)),
            requestsMax: max(list.map((p) => p.requests)),
          },
        ];
      }),
    ),
    staticPages,
    jsFiles,
    bare,
    journeys: {
      count: model.journeys.length,
      errors: journeyErrors,
      js: summary(clicks.js),
      nojs: summary(clicks.nojs),
      reference: { js: summary(bareClicks.js), nojs: summary(bareClicks.nojs) },
      clicks,
      noDevTools: { arrivals: free.arrivals, errors: free.errors, reference: bare2.arrivals },
    },
    mailto,
    scale,
    scaleFit: fit,
  };
  writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const table = renderTable(rows);
  console.log(`\n${table}\n`);
  if (journeyErrors.length) console.log(`Journey errors:\n${journeyErrors.map((e) => `  - ${e}`).join('\n')}\n`);
  if (!flag('no-docs')) {
    writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), renderDocs(result as never));
    say('wrote docs/benchmarks.md');
  }
  say(`wrote bench-results/bench.json; done in ${seconds((performance.now() - started) / 1000, 0)}`);
}

/**
 * Chromium for the whole run, relaunched when it goes away (a crash, or a process killed
 * from outside on a shared machine): the page or journey it was on is measured again.
 */
class Chromium {
  private browser: Browser | undefined;
  private meter: PageMeter | undefined;
  private readonly walkers = new Map<boolean, JourneyWalker>();
  relaunches = 0;

  constructor(
    private readonly server: StaticServer,
    private readonly log: (s: string) => void,
  ) {}

  async ensure(): Promise<Browser> {
    if (!this.browser?.isConnected()) {
      this.meter = undefined;
      this.walkers.clear();
      this.browser = await launch();
    }
    return this.browser;
  }

  private async recover(what: string, error: string) {
    this.relaunches++;
    this.log(`  Chromium went away during ${what} (${error}); relaunching and measuring it again`);
    await this.close();
  }

  private static gone(message: string | undefined): boolean {
    return !!message && /has been closed|crashed|Target closed|disconnected/i.test(message);
  }

  async measure(path: string): Promise<PageMetrics> {
    for (let attempt = 0; ; attempt++) {
      let result: PageMetrics | undefined;
      let failure: string | undefined;
      try {
        const browser = await this.ensure();
        this.meter ??= await PageMeter.open(browser, this.server);
        result = await this.meter.measure(path);
        failure = Chromium.gone(result.error) ? result.error : undefined;
      } catch (e) {
        failure = (e as Error).message.split('\n')[0];
        if (!Chromium.gone(failure) || attempt >= 2) throw e;
      }
      if (!failure || attempt >= 2) return result!;
      await this.recover(path, failure);
    }
  }

  async walk(journey: JourneyInfo, javaScriptEnabled: boolean): Promise<{ timings: ClickTiming[]; error?: string }> {
    for (let attempt = 0; ; attempt++) {
      let result: { timings: ClickTiming[]; error?: string };
      try {
        const browser = await this.ensure();
        let walker = this.walkers.get(javaScriptEnabled);
        if (!walker) {
          walker = await JourneyWalker.open(browser, this.server, javaScriptEnabled);
          this.walkers.set(javaScriptEnabled, walker);
        }
        result = await walker.walk(journey);
      } catch (e) {
        result = { timings: [], error: (e as Error).message.split('\n')[0] };
      }
      if (!Chromium.gone(result.error) || attempt >= 2) return result;
      await this.recover(journey.name, result.error!);
    }
  }

  async close() {
    const browser = this.browser;
    this.browser = undefined;
    this.meter = undefined;
    this.walkers.clear();
    try {
      await browser?.close();
    } catch {
      // already gone
    }
  }
}

function summary(list: ClickTiming[]) {
  const values = list.map((c) => c.ms);
  const driver = list.map((c) => c.driverMs).filter((v): v is number => v !== undefined);
  return {
    clicks: values.length,
    medianMs: median(values),
    p95Ms: percentile(values, 95),
    maxMs: max(values),
    prefetched: list.filter((c) => c.prefetched).length,
    fromEvent: list.filter((c) => c.fromEvent).length,
    driverMedianMs: median(driver),
  };
}

/** Eight clicks between two bare pages: the floor of the click timing on this machine. */
const REFERENCE_JOURNEY = {
  name: 'reference: bare pages',
  locale: 'en',
  flow: '__bench',
  start: '/__bench/a/',
  clicks: Array.from({ length: 8 }, (_, i) => {
    const [from, to] = i % 2 ? ['b', 'a'] : ['a', 'b'];
    return { from: from!, answer: 'next', to: to!, toPath: `/__bench/${to}/`, heading: `Reference page ${to}` };
  }),
};

/** Reference pages served beside the site (in the bench's own output folder): the bare 2 KB page and two linked bare pages. */
function writeReferencePages(outDir: string) {
  const dir = join(outDir, '__bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bare.html'), barePage());
  for (const [self, other] of [
    ['a', 'b'],
    ['b', 'a'],
  ] as const) {
    mkdirSync(join(dir, self), { recursive: true });
    writeFileSync(
      join(dir, self, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference page ${self}</title></head><body><h1>Reference page ${self}</h1><p>A bare page.</p><ul><li><a class="answer" data-answer="next" href="/__bench/${other}/">Go to ${other}</a></li></ul></body></html>`,
    );
  }
}

/** A bare HTML page of about 2 KB: the article's text with no styles or scripts (the design's reference). */
function barePage(): string {
  const p =
    'You saw the message Invitation code does not exist or has expired. It appears when the code has already been used, the code has expired, the code was copied incorrectly, or the activation link is no longer valid. An invitation code works only once. Once your account is activated, the code can no longer be used. Do not create a new account.';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Why doesn't my code work?</title></head><body><h1>Why doesn't my code work?</h1>${Array.from({ length: 5 }, () => `<p>${p}</p>`).join('')}</body></html>`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
