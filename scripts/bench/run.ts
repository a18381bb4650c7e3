/**
 * `npm run bench`: builds the site into bench-results/, checks every step page's compressed
 * size, walks journeys of every kind of step change in Chromium (throttled, throttled as a
 * browser without speculation rules, unthrottled, without JavaScript, each over the site and
 * over its bare twin), times build scaling, and
 * writes bench-results/bench.json and the results part of docs/benchmarks.md (between its
 * bench markers; the method there is written by hand).
 *
 *   --rounds=N       walks of each journey in each condition (default 3, interleaved)
 *   --walks=N        only the first N planned journeys
 *   --quick          no scaling builds
 *   --scale=A,B,...  synthetic flow sizes in steps (default 100,500,1000,2000)
 *   --compare        also walk unthrottled with no DevTools session
 *   --only=A,B       only the conditions named (e.g. --only=throttled,"throttled, no speculation rules"), for a try attached
 *   --no-docs        leave docs/benchmarks.md as it is
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { format, resolveConfig } from 'prettier';
import { BUDGETS } from '../shared/budgets.ts';
import { CHROMIUM } from '../shared/chromium.ts';
import { siteFlows } from '../../src/site-flows.ts';
import { stepRoutes } from '../../src/lib/flows/urls.ts';
import { LOCALES } from '../../src/schemas/flow.ts';
import { RESULTS, ROOT, snapshot, timedBuild, type BuildResult } from './project.ts';
import { KINDS, answersOnly, plannedWalks, type Kind } from './journeys.ts';
import { benchServer, walkOnce, writeBareTwins, type Arrival, type Condition, type Serving, type WalkResult } from './walk.ts';
import { stepPageSizes, type PageSize } from './sizes.ts';
import { benchScaling } from './scale.ts';
import { kb, median, ms, percentile } from './stats.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const started = performance.now();
const say = (s: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const load = () => Array.from(loadavg(), (l) => l.toFixed(2)).join(', ');

/** The throttled walk in a browser that ignores speculation rules (Safari, Firefox): budgets of its own. */
const NO_RULES = 'throttled, no speculation rules';
const ALL_CONDITIONS: Record<string, Omit<Condition, 'bare'>> = {
  throttled: { cdp: true, throttled: true, js: true, rules: true },
  [NO_RULES]: { cdp: true, throttled: true, js: true, rules: false },
  unthrottled: { cdp: true, throttled: false, js: true, rules: true },
  'without JavaScript (answers only, unthrottled)': { cdp: true, throttled: false, js: false, rules: true },
  ...(args.includes('--compare') ? { 'unthrottled, no DevTools session': { cdp: false, throttled: false, js: true, rules: true } } : {}),
};
const only = option('only')?.split(/,(?! )/);
const CONDITIONS = Object.fromEntries(Object.entries(ALL_CONDITIONS).filter(([name]) => !only || only.includes(name)));
const serving = (c: Omit<Condition, 'bare'>): Serving => (!c.js ? 'nojs' : c.rules ? 'js' : 'norules');
/** The conditions whose bytes are counted: the throttled walks with JavaScript. */
const BYTES = ['throttled', NO_RULES];
type Sample = Arrival & { condition: string; bare: boolean };
const CLASSES = ['documents shown', 'documents prefetched, never shown', 'scripts', 'data (JSON)', 'other'] as const;
type Bytes = Record<(typeof CLASSES)[number], { bytes: number; requests: number }>;
type Scale = Awaited<ReturnType<typeof benchScaling>>;
type Run = { date: string; minutes: number; machine: string; load: string[]; walks: string[]; rounds: number; build: BuildResult };
type Result = Run & { sizes: PageSize[]; samples: Sample[]; errors: string[]; bytes: Record<string, Bytes[]>; scale?: Scale };

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const chromium = /Chromium [\d.]+/.exec(execFileSync(CHROMIUM, ['--version']).toString())?.[0];
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${chromium}, Node ${process.version}`;
  const loadAtStart = load();
  say(`${machine}; load average ${loadAtStart}`);

  const site = snapshot('site', { withFlows: true });
  const build = await timedBuild(site, 'site-build', 600);
  if (!build.ok) throw new Error(`the site did not build: ${build.error}`);
  say(`built ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
  const sizes = stepPageSizes(site.outDir);

  const latest = siteFlows().flatMap((f) => LOCALES.flatMap((l) => stepRoutes(f, l).filter((p) => !p.pinned)));
  writeBareTwins(site.outDir, [...new Set(latest.map((p) => p.path))]);
  const walks = plannedWalks().slice(0, Number(option('walks') ?? Infinity));
  const rounds = Number(option('rounds') ?? 3);
  const servers = {
    js: await benchServer(site.outDir, 'js'),
    nojs: await benchServer(site.outDir, 'nojs'),
    norules: await benchServer(site.outDir, 'norules'),
  };
  const samples: Sample[] = [];
  const errors: string[] = [];
  const bytes: Record<string, Bytes[]> = Object.fromEntries(BYTES.map((c) => [c, []]));
  try {
    for (let round = 1; round <= rounds; round++)
      for (const walk of walks)
        for (const [condition, c] of Object.entries(CONDITIONS))
          for (const bare of [false, true]) {
            const r = await walkOnce(servers[serving(c)], c.js ? walk : answersOnly(walk), { ...c, bare });
            samples.push(...r.arrivals.map((a) => ({ ...a, condition, bare })));
            errors.push(...r.errors.map((e) => `${condition}${bare ? ', bare' : ''}: ${e}`));
            if (!bare) bytes[condition]?.push(walkBytes(r));
            say(`round ${round}, ${condition}${bare ? ', bare' : ''}: ${walk.name.slice(0, 40)}…, ${r.errors.length} errors`);
          }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.server.close()));
  }

  const sizesInSteps = (option('scale') ?? '100,500,1000,2000').split(',').map(Number);
  const scale = args.includes('--quick') ? undefined : await benchScaling(sizesInSteps, LOCALES, 300, say);
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const minutes = (performance.now() - started) / 60_000;
  const load1 = [loadAtStart, load()];
  const result: Result = {
    date,
    minutes,
    machine,
    load: load1,
    walks: walks.map((w) => w.name),
    rounds,
    build,
    sizes,
    samples,
    errors,
    bytes,
  };
  if (scale) result.scale = scale;

  writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 1)}\n`);
  const report = render(result);
  console.log(`\n${report}`);
  if (args.includes('--no-docs')) return;
  const file = join(ROOT, 'docs', 'benchmarks.md');
  const [before, rest] = readFileSync(file, 'utf8').split('<!-- bench:start -->');
  const text = `${before}<!-- bench:start -->\n\n${report}\n\n${rest!.slice(rest!.indexOf('<!-- bench:end -->'))}`;
  writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
  say('wrote docs/benchmarks.md');
}

/**
 * Bytes on the wire (body and headers) of one walk, by class; a document shown is the response
 * its page was made from. A prefetch is a speculation rule's (`Sec-Purpose`) or, without the
 * rules, the page's script's `fetch()` of a page (`Sec-Fetch-Dest: empty`); a page shown from
 * the HTTP cache was made from the last prefetch of its URL, else from its last navigation.
 */
function walkBytes(r: WalkResult): Bytes {
  type Logged = WalkResult['requests'][number];
  const prefetch = (l: Logged) => !!l.purpose || l.dest === 'empty';
  const used = new Set<number>();
  for (const s of r.shown) {
    if (s.delivery === 'back-forward-cache') continue;
    const html = (l: Logged, k: number) => k < s.logAt && l.url === s.url && l.type.startsWith('text/html');
    const last = (prefetched: boolean) => r.requests.findLastIndex((l, k) => html(l, k) && prefetch(l) === prefetched);
    const i = s.delivery === 'navigational-prefetch' ? last(true) : s.delivery === 'cache' && last(true) >= 0 ? last(true) : last(false);
    if (i >= 0) used.add(i);
  }
  const out = Object.fromEntries(CLASSES.map((c) => [c, { bytes: 0, requests: 0 }])) as Bytes;
  r.requests.forEach((l, i) => {
    const document = used.has(i) || !prefetch(l) ? 'documents shown' : 'documents prefetched, never shown';
    const other = /javascript/.test(l.type) ? 'scripts' : /json/.test(l.type) ? 'data (JSON)' : 'other';
    const c = l.type.startsWith('text/html') ? document : other;
    out[c].bytes += l.bodyBytes + l.headerBytes;
    out[c].requests += 1;
  });
  return out;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
/** A budget in bytes as design.md writes it: `14 KB`. */
const KB = (bytes: number) => `${bytes / 1024} KB`;

function render(r: Result): string {
  const times = (condition: string, bare: boolean, kind: Kind) =>
    r.samples.filter((s) => s.condition === condition && s.bare === bare && s.kind === kind);
  const stat = (v: number[]) => (v.length ? `${ms(median(v))} / ${ms(percentile(v, 90))}` : 'n/a');
  const fast = (v: number[], med: number, p90 = Infinity) => verdict(v.length ? median(v)! <= med && percentile(v, 90)! <= p90 : undefined);
  const thr = (kind: Kind, condition = 'throttled') => times(condition, false, kind).map((s) => s.ms);
  const answers = times('unthrottled', false, 'answer').map((s) => s.ms);
  const perWalk = (c: (typeof CLASSES)[number], condition = 'throttled') => (r.bytes[condition] ?? []).map((b) => b[c].bytes);
  const totalsOf = (condition: string) => (r.bytes[condition] ?? []).map((b) => sum(CLASSES.map((c) => b[c].bytes)));
  const shownOf = (condition: string) => `${((sum(perWalk('documents shown', condition)) / sum(totalsOf(condition))) * 100).toFixed(0)} %`;
  const [totals, shown] = [totalsOf('throttled'), shownOf('throttled')];
  const fit = r.scale?.fit;
  const { build, throttledMs: thrMs, throttledNoRulesMs: noRulesMs } = BUDGETS;
  const k = r.scale?.runs.find((s) => s.steps === build.steps);
  const most = (kinds: string[], f: (p: Result['sizes'][number]) => number) =>
    Math.max(...r.sizes.filter((p) => kinds.includes(p.kind)).map(f));
  const html = most(['question', 'advice', 'outcome', 'contact'], (p) => p.htmlGzip);
  const blocking = sum(r.sizes.map((p) => p.blocking));
  const [jsQA, jsContact] = [most(['question', 'advice'], (p) => p.jsGzip), most(['contact'], (p) => p.jsGzip)];
  const budgets = [
    [
      `step page first render ≤ ${KB(BUDGETS.stepDocumentBytes)} compressed, no blocking script`,
      `${kb(html)} HTML at most; ${blocking} blocking`,
      verdict(html <= BUDGETS.stepDocumentBytes && !blocking),
    ],
    [
      `JavaScript on question and advice pages ≤ ${KB(BUDGETS.questionAdviceScriptBytes)} gzipped`,
      kb(jsQA),
      verdict(jsQA <= BUDGETS.questionAdviceScriptBytes),
    ],
    [
      `JavaScript on the contact page ≤ ${KB(BUDGETS.contactScriptBytes)} gzipped`,
      kb(jsContact),
      verdict(jsContact <= BUDGETS.contactScriptBytes),
    ],
    ...KINDS.map((kind) => [
      `${kind}, 4x CPU + slow 4G: median ≤ ${thrMs.median} ms, p90 ≤ ${thrMs.p90} ms`,
      stat(thr(kind)),
      fast(thr(kind), thrMs.median, thrMs.p90),
    ]),
    ...KINDS.map((kind) => [
      `${kind}, no speculation rules, 4x CPU + slow 4G: median ≤ ${noRulesMs.median} ms, p90 ≤ ${noRulesMs.p90} ms`,
      stat(thr(kind, NO_RULES)),
      fast(thr(kind, NO_RULES), noRulesMs.median, noRulesMs.p90),
    ]),
    [`answer click, unthrottled: median ≤ ${BUDGETS.answerClickMs} ms`, ms(median(answers)), fast(answers, BUDGETS.answerClickMs)],
    ['bytes over a throttled walk (today: the baseline)', `${kb(median(totals))} per walk (median), ${shown} documents shown`, 'baseline'],
    [
      `${build.steps.toLocaleString('en')}-step flow builds in ≤ ${build.seconds} s`,
      k?.ok ? `${k.seconds.toFixed(1)} s` : (k?.error ?? 'not built'),
      verdict(k?.ok ? k.seconds <= build.seconds : undefined),
    ],
    [
      `build time linear in pages (R² ≥ ${build.linearR2})`,
      fit ? `R² = ${fit.r2.toFixed(4)}` : 'n/a',
      verdict(fit ? fit.r2 >= build.linearR2 : undefined),
    ],
  ];
  const errors = r.errors.length ? `: ${r.errors.slice(0, 3).join('; ')}` : '';
  const out = [
    `Last run: ${r.date} UTC, ${r.minutes.toFixed(0)} min; ${r.machine}; load average (1, 5, 15 min) ${r.load[0]} at the start, ${r.load[1]} at the end.`,
    `${r.walks.length} journeys × ${r.rounds} rounds in each condition, interleaved; ${r.errors.length} walk errors${errors}.`,
    '### Budgets',
    table(['budget (docs/design.md)', 'measured', 'status'], budgets),
  ];
  for (const condition of Object.keys(CONDITIONS)) {
    const rows = KINDS.map((kind) => {
      const all = times(condition, false, kind);
      const v = all.map((s) => s.ms);
      const by = Object.entries(Object.groupBy(all, (s) => s.delivery)).map(([d, l]) => `${d} ${l!.length}`);
      const bare = stat(times(condition, true, kind).map((s) => s.ms));
      return [kind, v.length, stat(v), ms(Math.max(...v)), bare, by.join(', '), all.filter((s) => s.focused).length];
    }).filter((row) => row[1] !== 0);
    const head = ['kind', 'clicks', 'median / p90', 'max', 'bare pages: median / p90', 'arrived by', 'heading focused'];
    out.push(`### Click to heading painted: ${condition}`, table(head, rows));
  }
  const requests = (c: (typeof CLASSES)[number], condition: string) => median((r.bytes[condition] ?? []).map((b) => b[c].requests)) ?? 0;
  const cells = (c: (typeof CLASSES)[number]) => BYTES.map((d) => `${kb(median(perWalk(c, d)))} / ${requests(c, d)}`);
  const total = BYTES.map((d) => `${kb(median(totalsOf(d)))} / ${sum(CLASSES.map((c) => requests(c, d)))}`);
  out.push(
    '### Bytes of a throttled walk (with JavaScript, a fresh profile each)',
    table(
      ['class', ...BYTES.map((d) => `${d}: bytes / requests per walk (median)`)],
      [...CLASSES.map((c) => [c, ...cells(c)]), ['total', ...total]],
    ),
    BYTES.map(
      (d) =>
        `${d}: documents shown were ${shownOf(d)} of all the bytes of the ${r.bytes[d]?.length ?? 0} walks (${kb(sum(totalsOf(d)))} in all).`,
    ).join(' '),
  );
  if (!r.scale) return out.join('\n\n');
  const runs = r.scale.runs.map((s) => [
    s.steps,
    s.pages,
    s.ok ? `${s.seconds.toFixed(1)} s` : s.error!,
    `${s.cpuSeconds?.toFixed(1)} s`,
    `${s.peakMB?.toFixed(0)} MB`,
  ]);
  const line =
    fit &&
    `t = a + b × pages: a = ${fit.a.toFixed(2)} s (start-up), b = ${(fit.b * 1000).toFixed(2)} ms per page, R² = ${fit.r2.toFixed(4)}`;
  out.push(
    '### Build scaling (synthetic flow, 2 versions, 2 locales)',
    table(['steps per version', 'pages', 'wall time', 'CPU time', 'peak memory (largest process)'], runs),
    `${line ? `Least-squares fit over the finished builds: ${line}.` : 'Too few finished builds to fit.'} This site: ${r.build.pages} pages in ${r.build.seconds.toFixed(1)} s.`,
  );
  return out.join('\n\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
