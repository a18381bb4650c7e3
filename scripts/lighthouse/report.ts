/**
 * Reads Lighthouse results (medians of the runs per page) and writes them into
 * docs/benchmarks.md between `<!-- lighthouse:results:start -->` and `<!-- lighthouse:results:end -->`,
 * inside the `lighthouse:start`/`lighthouse:end` section (appended at the end when missing).
 * The method is prose in that section, above the results, and is never rewritten.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

export interface Page {
  path: string;
  locale: string;
  kind: 'front' | 'home' | 'question' | 'advice' | 'contact' | 'outcome' | 'map' | 'notFound';
  step?: string;
}

interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  errorMessage?: string;
  details?: { items?: { url?: string; resourceType?: string; transferSize?: number; requestCount?: number }[] };
}

export interface Lhr {
  finalUrl: string;
  fetchTime: string;
  lighthouseVersion: string;
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  configSettings: {
    formFactor: string;
    throttlingMethod: string;
    throttling: {
      rttMs: number;
      throughputKbps: number;
      requestLatencyMs: number;
      downloadThroughputKbps: number;
      cpuSlowdownMultiplier: number;
    };
  };
}

interface AssertionResult {
  url: string;
  auditId: string;
  auditProperty?: string;
  name: string;
  operator: string;
  expected: number;
  actual: number;
  passed: boolean;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const KIND_NAMES: Record<Page['kind'], string> = {
  front: 'front door',
  home: 'home',
  question: 'question (flow start)',
  advice: 'advice',
  contact: 'contact',
  outcome: 'outcome',
  map: 'staff map',
  notFound: '404',
};

const median = (values: number[]): number => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const requests = (lhr: Lhr, type: string) => lhr.audits['network-requests']?.details?.items?.filter((i) => i.resourceType === type) ?? [];
const summaryItem = (lhr: Lhr, type: string) => lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === type);

/**
 * Medians per page. `bodies` (path -> body bytes as the server gzips it) gives the
 * scripts' bytes without their HTTP/1.1 headers, which HTTP/2 and HTTP/3 hosts compress away.
 */
export function summarize(
  lhrs: Lhr[],
  pages: (Page & { url: string })[],
  bareUrl: string,
  assertionsByKind: Record<string, object>,
  bodies: (path: string) => number,
) {
  const runsOf = (url: string) => lhrs.filter((l) => l.finalUrl === url);
  const lcp = (runs: Lhr[]) => median(runs.map((l) => l.audits['largest-contentful-paint']?.numericValue ?? NaN));
  const bareLcp = lcp(runsOf(bareUrl));
  const rows = pages.map((page) => {
    const runs = runsOf(page.url);
    if (!runs.length) throw new Error(`no Lighthouse result for ${page.url}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((l) => l.categories[c]?.score ?? NaN))]));
    // Why a category is under 100: its weighted audits that failed in any run.
    const reasons = CATEGORIES.filter((c) => scores[c]! < 1).map((c) => {
      const failing = new Set(
        runs.flatMap((l) =>
          l.categories[c]!.auditRefs.filter((r) => r.weight > 0 && (l.audits[r.id]?.score ?? 1) < 1).map((r) => l.audits[r.id]!.title),
        ),
      );
      return `${runs[0]!.categories[c]!.title} ${Math.round(scores[c]! * 100)}: ${[...failing].join('; ')}`;
    });
    // Asserted audits Lighthouse could not compute: lhci would read "no items" as a pass.
    const asserted = Object.keys(assertionsByKind[page.kind]!).filter((k) => !k.includes(':'));
    const unmeasured = asserted.flatMap((id) => {
      const errored = runs.find((l) => l.audits[id]?.scoreDisplayMode === 'error');
      return errored ? [{ id, error: errored.audits[id]!.errorMessage ?? 'error' }] : [];
    });
    return {
      ...page,
      runs: runs.length,
      scores,
      lcp: lcp(runs),
      documentBytes: median(runs.map((l) => summaryItem(l, 'document')?.transferSize ?? NaN)),
      scriptBytes: median(runs.map((l) => summaryItem(l, 'script')?.transferSize ?? 0)),
      scriptBodyBytes: median(runs.map((l) => sum(requests(l, 'Script').map((i) => bodies(new URL(i.url!).pathname))))),
      requests: median(runs.map((l) => summaryItem(l, 'total')?.requestCount ?? NaN)),
      prefetches: median(runs.map((l) => requests(l, 'Prefetch').length)),
      reasons,
      unmeasured,
    };
  });
  return { bareLcp, bareRuns: runsOf(bareUrl).length, rows, lhr: lhrs[0]! };
}

type Summary = ReturnType<typeof summarize>;
interface Meta {
  file: string;
  chromium: string;
  lhciVersion: string;
  lcpFactor: number;
  lcpLimit: number;
  /** The whole command's time; absent when the runs were reused (`--no-collect`). */
  seconds?: number;
  loadAtStart: number[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const assertionName = (r: AssertionResult) =>
  `${r.auditId}${r.auditProperty ? `.${r.auditProperty}` : ''}${r.name === 'minScore' ? '' : ` (${r.name})`}`;
const shown = (r: AssertionResult) =>
  r.name === 'minScore'
    ? `${Math.round(r.actual * 100)}, needs ${r.operator} ${Math.round(r.expected * 100)}`
    : `${Math.round(r.actual)}, needs ${r.operator} ${r.expected}`;

/** Writes the results section; returns the number of assertions not met. */
export async function writeReport(summary: Summary, results: AssertionResult[], meta: Meta): Promise<number> {
  const { rows, lhr } = summary;
  const resultsOf = (path: string) => results.filter((r) => new URL(r.url).pathname === path);
  const score = (value: number) => String(Math.round(value * 100));
  const table = [
    '| page | locale | kind | perf. | a11y | best pr. | SEO | LCP median | LCP / bare | document | JS | JS bodies | requests (prefetches) | assertions |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const all = resultsOf(r.path);
      const failed = all.filter((a) => !a.passed);
      const verdict = failed.length ? `**${failed.length} of ${all.length} not met**` : `all ${all.length} met`;
      return `| \`${r.path}\` | ${r.locale} | ${KIND_NAMES[r.kind]} | ${CATEGORIES.map((c) => score(r.scores[c]!)).join(' | ')} | ${ms(r.lcp)} | ${(r.lcp / summary.bareLcp).toFixed(2)} | ${kb(r.documentBytes)} | ${kb(r.scriptBytes)} | ${kb(r.scriptBodyBytes)} | ${r.requests} (${r.prefetches}) | ${verdict}${r.unmeasured.length ? `, ${r.unmeasured.length} not measured` : ''} |`;
    }),
  ].join('\n');
  const failed = results.filter((r) => !r.passed);
  const t = lhr.configSettings.throttling;
  const cpu = cpus();
  const unmeasured = [...new Map(rows.flatMap((r) => r.unmeasured).map((u) => [u.id, u.error])).entries()];
  const lines = [
    `Last run: ${lhr.fetchTime.slice(0, 16).replace('T', ' ')} UTC${meta.seconds ? `, the whole command ${Math.round(meta.seconds / 60)} min (${Math.round(meta.seconds)} s)` : ''}.`,
    '',
    `- Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; load average (1 min) ${meta.loadAtStart[0]!.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at the end.`,
    `- ${meta.chromium}, headless; Lighthouse ${lhr.lighthouseVersion} (Lighthouse CI ${meta.lhciVersion}).`,
    `- Settings: ${lhr.configSettings.formFactor}, throttling ${lhr.configSettings.throttlingMethod === 'devtools' ? `applied (DevTools): ${t.requestLatencyMs} ms round trip, ${(t.downloadThroughputKbps / 1024).toFixed(2)} Mbit/s down` : `simulated: ${t.rttMs} ms round trip, ${(t.throughputKbps / 1024).toFixed(1)} Mbit/s`}, ${t.cpuSlowdownMultiplier}x CPU slowdown; ${rows[0]!.runs} runs per page, medians.`,
    `- Bare reference page: LCP ${ms(summary.bareLcp)} (median of ${summary.bareRuns}); limit for every page ${meta.lcpFactor}x that: ${ms(meta.lcpLimit)}.`,
    '',
    table,
    '',
    'document, JS: transfer sizes as Lighthouse counts them (compressed body plus HTTP/1.1 response headers); JS bodies: the same scripts without their headers. Requests include the speculative prefetches of answer pages.',
    '',
    ...(meta.loadAtStart[0]! > cpu.length
      ? [
          `The machine was busy (load average above its ${cpu.length} cores): timings, LCP above all, are noisy; rerun on an idle machine before acting on them.`,
          '',
        ]
      : []),
    ...(rows.some((r) => r.reasons.length)
      ? ['Scores below 100:', '', ...rows.flatMap((r) => r.reasons.map((reason) => `- \`${r.path}\`: ${reason}.`)), '']
      : ['Every score is 100.', '']),
    ...(failed.length
      ? ['Assertions not met:', '', ...failed.map((r) => `- \`${new URL(r.url).pathname}\` ${assertionName(r)}: ${shown(r)}.`), '']
      : [`Every assertion is met (${results.length}).`, '']),
    ...unmeasured.map(
      ([id, error]) => `Not measured: \`${id}\` errored on every page that asserts it (${error}); lhci counts that as no items, a pass.`,
    ),
  ];
  console.log(`\n${table}\n`);
  for (const r of failed) console.log(`not met: ${new URL(r.url).pathname} ${assertionName(r)}: ${shown(r)}`);
  await writeSection(meta.file, lines.join('\n'));
  return failed.length;
}

const OUTER = ['<!-- lighthouse:start -->', '<!-- lighthouse:end -->'] as const;
const INNER = ['<!-- lighthouse:results:start -->', '<!-- lighthouse:results:end -->'] as const;

/** Replaces only what lies between the results markers; adds the markers at the very end when missing. */
async function writeSection(file: string, markdown: string): Promise<void> {
  // Formatted as Prettier would (aligned tables), so `npm run format:check` stays green.
  const body = await format(markdown, { ...(await resolveConfig(file)), parser: 'markdown' });
  let text = readFileSync(file, 'utf8');
  if (!text.includes(OUTER[0]) || !text.includes(OUTER[1]))
    text = `${text.trimEnd()}\n\n${OUTER[0]}\n\n${INNER[0]}\n${INNER[1]}\n\n${OUTER[1]}\n`;
  const end = text.indexOf(OUTER[1]);
  if (!text.slice(0, end).includes(INNER[0])) text = `${text.slice(0, end)}${INNER[0]}\n${INNER[1]}\n\n${text.slice(end)}`;
  const from = text.indexOf(INNER[0]) + INNER[0].length;
  const to = text.indexOf(INNER[1], from);
  writeFileSync(file, `${text.slice(0, from)}\n\n${body.trim()}\n\n${text.slice(to)}`);
}
