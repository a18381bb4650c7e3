/**
 * `npm run bench`: builds the site into bench-results/, checks every step page's compressed
 * size, walks journeys of every kind of step change in Chromium (throttled, unthrottled,
 * without JavaScript, and the same walks over bare pages), times build scaling, and writes
 * bench-results/bench.json and the results part of docs/benchmarks.md (between its bench
 * markers; the method is written there by hand).
 *
 *   --rounds=N       walks of each journey in each condition (default 3, interleaved)
 *   --walks=N        only the first N planned journeys
 *   --quick          no scaling builds
 *   --scale=A,B,...  synthetic flow sizes in steps (default 100,500,1000,2000)
 *   --compare        also walk unthrottled with no DevTools session attached
 *   --no-docs        leave docs/benchmarks.md as it is
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { LOCALES, flows } from '../../e2e/support/flows.ts';
import { CHROMIUM } from '../../e2e/support/chromium.ts';
import { stepPages } from '../../src/lib/flows/urls.ts';
import { RESULTS, ROOT, snapshot, timedBuild } from './project.ts';
import { KINDS, answersOnly, plannedWalks, type Kind } from './journeys.ts';
import { benchServer, walkOnce, writeBareTwins, type Arrival, type Condition, type WalkResult } from './walk.ts';
import { stepPageSizes } from './sizes.ts';
import { benchScaling } from './scale.ts';
import { kb, median, ms, percentile } from './stats.ts';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const ROUNDS = Number(option('rounds') ?? 3);
const SIZES = (option('scale') ?? '100,500,1000,2000').split(',').map(Number);
const started = performance.now();
const say = (s: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const load = () => loadavg().map((l) => l.toFixed(2)).join(', ');

const CONDITIONS: Record<string, Omit<Condition, 'bare'>> = {
  throttled: { cdp: true, throttled: true, js: true },
  unthrottled: { cdp: true, throttled: false, js: true },
  'without JavaScript': { cdp: true, throttled: false, js: false },
  ...(args.includes('--compare') ? { 'unthrottled, no DevTools session': { cdp: false, throttled: false, js: true } } : {}),
};
type Sample = Arrival & { condition: string; bare: boolean };

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${/Chromium [\d.]+/.exec(execFileSync(CHROMIUM, ['--version']).toString())?.[0]}, Node ${process.version}`;
  const loadAtStart = load();
  say(`${machine}; load average ${loadAtStart}`);

  const site = snapshot('site', { withFlows: true });
  const build = await timedBuild(site, 'site-build', 600);
  if (!build.ok) throw new Error(`the site did not build: ${build.error}`);
  say(`built ${build.pages} pages in ${build.seconds.toFixed(1)} s`);
  const sizes = stepPageSizes(site.outDir);

  writeBareTwins(site.outDir, flows.flatMap((f) => LOCALES.flatMap((l) => stepPages(f, l).filter((p) => !p.pinned).map((p) => p.path))));
  const walks = plannedWalks().slice(0, Number(option('walks') ?? Infinity));
  const servers = { js: await benchServer(site.outDir, true), nojs: await benchServer(site.outDir, false) };
  const samples: Sample[] = [];
  const errors: string[] = [];
  const byteWalks: WalkResult[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++)
      for (const walk of walks)
        for (const [condition, c] of Object.entries(CONDITIONS))
          for (const bare of [false, true]) {
            const r = await walkOnce(c.js ? servers.js : servers.nojs, c.js ? walk : answersOnly(walk), { ...c, bare });
            samples.push(...r.arrivals.map((a) => ({ ...a, condition, bare })));
            errors.push(...r.errors.map((e) => `${condition}${bare ? ', bare' : ''}: ${e}`));
            if (condition === 'throttled' && !bare) byteWalks.push(r);
            say(`round ${round} ${condition}${bare ? ' bare' : ''} ${walk.name.slice(0, 50)}: ${r.arrivals.length} clicks, ${r.errors.length} errors`);
          }
  } finally {
    await Promise.all([servers.js.server.close(), servers.nojs.server.close()]);
  }

  const scale = args.includes('--quick') ? undefined : await benchScaling(SIZES, LOCALES, 300, say);
  const result = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    minutes: (performance.now() - started) / 60_000,
    machine,
    load: { start: loadAtStart, end: load() },
    options: { rounds: ROUNDS, walks: walks.map((w) => w.name) },
    build,
    sizes,
    samples,
    errors,
    bytes: byteWalks.map(walkBytes),
    scale,
  };
  writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(result, null, 1)}\n`);
  const report = render(result);
  console.log(`\n${report}`);
  if (!args.includes('--no-docs')) {
    const file = join(ROOT, 'docs', 'benchmarks.md');
    const [before, rest] = readFileSync(file, 'utf8').split('<!-- bench:start -->');
    const after = rest!.slice(rest!.indexOf('<!-- bench:end -->'));
    writeFileSync(file, `${before}<!-- bench:start -->\n\n${report}\n\n${after}`);
    say('wrote docs/benchmarks.md');
  }
}

const CLASSES = ['documents shown', 'documents prefetched, never shown', 'scripts', 'data (JSON)', 'other'] as const;

/** Bytes on the wire (body and headers) of one walk, by class; a shown document is the response its page was made from. */
function walkBytes(r: WalkResult) {
  const used = new Set<number>();
  for (const s of r.shown) {
    if (s.delivery === 'back-forward-cache') continue;
    const prefetched = s.delivery === 'navigational-prefetch';
    const i = r.requests.findLastIndex((l, k) => k < s.logAt && l.url === s.url && l.type.startsWith('text/html') && !!l.purpose === prefetched);
    if (i >= 0) used.add(i);
  }
  const bytes = Object.fromEntries(CLASSES.map((c) => [c, { bytes: 0, requests: 0 }])) as Record<(typeof CLASSES)[number], { bytes: number; requests: number }>;
  r.requests.forEach((l, i) => {
    const c = l.type.startsWith('text/html')
      ? used.has(i) || !l.purpose
        ? 'documents shown'
        : 'documents prefetched, never shown'
      : /javascript/.test(l.type)
        ? 'scripts'
        : /json/.test(l.type)
          ? 'data (JSON)'
          : 'other';
    bytes[c].bytes += l.bodyBytes + l.headerBytes;
    bytes[c].requests += 1;
  });
  return bytes;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');

function render(r: {
  date: string;
  minutes: number;
  machine: string;
  load: { start: string; end: string };
  options: { rounds: number; walks: string[] };
  build: { seconds: number; pages: number };
  sizes: ReturnType<typeof stepPageSizes>;
  samples: Sample[];
  errors: string[];
  bytes: ReturnType<typeof walkBytes>[];
  scale: Awaited<ReturnType<typeof benchScaling>> | undefined;
}): string {
  const pick = (condition: string, bare: boolean, kind?: Kind) =>
    r.samples.filter((s) => s.condition === condition && s.bare === bare && (!kind || s.kind === kind)).map((s) => s.ms);
  const stat = (v: number[]) => (v.length ? `${ms(median(v))} / ${ms(percentile(v, 90))}` : 'n/a');
  const clickTable = (condition: string) =>
    table(
      ['kind', 'clicks', 'median / p90', 'max', 'bare pages: median / p90', 'arrived by', 'heading focused'],
      KINDS.map((kind) => {
        const all = r.samples.filter((s) => s.condition === condition && !s.bare && s.kind === kind);
        const by = Object.entries(Object.groupBy(all, (s) => s.delivery)).map(([d, l]) => `${d} ${l!.length}`);
        const v = all.map((s) => s.ms);
        return [kind, v.length, stat(v), ms(Math.max(...v)), stat(pick(condition, true, kind)), by.join(', '), all.filter((s) => s.focused).length];
      }).filter((row) => row[1] !== 0),
    );
  const out: string[] = [
    `Last run: ${r.date} UTC, ${r.minutes.toFixed(0)} min; ${r.machine}; load average (1, 5, 15 min) ${r.load.start} at the start, ${r.load.end} at the end.`,
    `${r.options.walks.length} journeys × ${r.options.rounds} rounds per condition, interleaved. ${r.errors.length} walk errors${r.errors.length ? `: ${r.errors.slice(0, 5).join('; ')}` : ''}.`,
  ];
  for (const condition of Object.keys(CONDITIONS)) out.push(`### Click to heading: ${condition}`, clickTable(condition));

  const perWalk = (c: (typeof CLASSES)[number]) => r.bytes.map((b) => b[c].bytes);
  const totals = r.bytes.map((b) => CLASSES.reduce((n, c) => n + b[c].bytes, 0));
  const shownShare = perWalk('documents shown').reduce((a, b) => a + b, 0) / totals.reduce((a, b) => a + b, 0);
  out.push(
    '### Bytes of a throttled walk (with JavaScript, fresh profile)',
    table(
      ['class', 'bytes per walk (median)', 'requests per walk (median)'],
      [
        ...CLASSES.map((c) => [c, kb(median(perWalk(c))), median(r.bytes.map((b) => b[c].requests)) ?? 0]),
        ['**total**', kb(median(totals)), median(r.bytes.map((b) => CLASSES.reduce((n, c) => n + b[c].requests, 0))) ?? 0],
      ],
    ),
    `Share of the bytes that were documents shown: ${(shownShare * 100).toFixed(0)} % (over ${r.bytes.length} walks).`,
  );

  const fit = r.scale?.fit;
  const thousand = r.scale?.runs.find((s) => s.steps === 1000);
  if (r.scale)
    out.push(
      '### Build scaling (synthetic flow, 2 versions, 2 locales)',
      table(
        ['steps per version', 'pages', 'wall time', 'CPU time', 'peak memory (largest process)'],
        r.scale.runs.map((s) => [s.steps, s.pages, s.ok ? `${s.seconds.toFixed(1)} s` : s.error!, `${s.cpuSeconds?.toFixed(1) ?? 'n/a'} s`, `${s.peakMB?.toFixed(0) ?? 'n/a'} MB`]),
      ),
      fit
        ? `Least-squares fit over the finished builds: t = a + b × pages, a = ${fit.a.toFixed(2)} s (start-up), b = ${(fit.b * 1000).toFixed(2)} ms per page, R² = ${fit.r2.toFixed(4)}. This site: ${r.build.pages} pages in ${r.build.seconds.toFixed(1)} s.`
        : 'Too few finished builds to fit.',
    );

  const max = (kinds: string[], f: (p: (typeof r.sizes)[number]) => number) => Math.max(...r.sizes.filter((p) => kinds.includes(p.kind)).map(f));
  const thr = (kind: Kind) => pick('throttled', false, kind);
  const answers = pick('unthrottled', false, 'answer');
  const budgetRows = [
    ['any step page, first render ≤ 14 KB compressed, no render-blocking script', `${kb(max(['question', 'advice', 'outcome', 'contact'], (p) => p.htmlGzip))} max HTML (CSS inline), ${r.sizes.reduce((n, p) => n + p.blocking, 0)} blocking scripts`, verdict(max(['question', 'advice', 'outcome', 'contact'], (p) => p.htmlGzip) <= 14 * 1024 && r.sizes.every((p) => !p.blocking))],
    ['JavaScript on question and advice pages ≤ 5 KB gzipped', kb(max(['question', 'advice'], (p) => p.jsGzip)), verdict(max(['question', 'advice'], (p) => p.jsGzip) <= 5 * 1024)],
    ['JavaScript on the contact page ≤ 25 KB gzipped', kb(max(['contact'], (p) => p.jsGzip)), verdict(max(['contact'], (p) => p.jsGzip) <= 25 * 1024)],
    ...KINDS.map((kind) => [
      `${kind}, 4x CPU + slow 4G, with JavaScript: median ≤ 120 ms, p90 ≤ 200 ms`,
      stat(thr(kind)),
      verdict(thr(kind).length ? median(thr(kind))! <= 120 && percentile(thr(kind), 90)! <= 200 : undefined),
    ]),
    ['click on an answer, served locally, median ≤ 100 ms', ms(median(answers)), verdict(answers.length ? median(answers)! <= 100 : undefined)],
    ['bytes over a walk through several branches', `${kb(median(totals))} per walk, ${(shownShare * 100).toFixed(0)} % documents shown`, 'baseline'],
    ['1,000-step flow builds in ≤ 60 s', thousand?.ok ? `${thousand.seconds.toFixed(1)} s` : (thousand?.error ?? 'not built'), verdict(thousand?.ok ? thousand.seconds <= 60 : undefined)],
    ['build time linear in pages (fit R² ≥ 0.98)', fit ? `R² = ${fit.r2.toFixed(4)}` : 'n/a', verdict(fit ? fit.r2 >= 0.98 : undefined)],
  ];
  out.splice(2, 0, '### Budgets', table(['budget (docs/design.md)', 'measured', 'status'], budgetRows));
  return out.join('\n\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
