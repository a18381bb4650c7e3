/**
 * Build scaling: synthetic flows of N steps (2 versions, every locale) built in their own
 * project snapshots and timed, with pages per second, peak memory and output size. A
 * build that would take far longer than its cap is stopped (or, for the largest sizes,
 * not started) and reported with what it reached and a projection.
 */
import { existsSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS, snapshot, timedBuild, type BuildResult } from './project.ts';
import { simplePathCount, syntheticStates, writeSyntheticFlows } from './synthetic.ts';
import { anatomy, type Part } from './anatomy.ts';

export interface ScaleRun {
  steps: number;
  versions: number;
  locales: number;
  /** Pages the site generates for this flow (step pages of every version, both URL styles, plus the rest). */
  expectedPages: number;
  /** Simple start-to-final paths of one version (what the staff map enumerates). */
  simplePaths: number;
  status: 'done' | 'stopped' | 'skipped' | 'failed';
  seconds?: number;
  cpuSeconds?: number;
  pagesBuilt?: number;
  pagesPerSecond?: number;
  peakTreeMB?: number;
  peakProcessMB?: number;
  outputBytes?: number;
  /** Mean size of a step page in this build. */
  stepPageBytes?: number;
  /** What that step page is made of (raw bytes by part). */
  stepPageParts?: Part[];
  /** Median render time of a step page (Astro's per-page timings). */
  stepPageMedianMs?: number;
  /** Time of the staff map pages (all locales together). */
  mapPagesMs?: number;
  /** Seconds the slowest single pages took (Astro's per-page timings), slowest first. */
  slowestPages?: { page: string; ms: number }[];
  /** When Astro finished rendering the pages ("generating static routes ... Completed in"), from the log. */
  pagesRenderedSeconds?: number;
  /** Integration hooks the build waited for after rendering, from the log. */
  waitedFor?: string[];
  /** For a stopped or skipped build: the time it would take, from the pages/second it reached or the fitted growth. */
  projectedSeconds?: number;
  note?: string;
}

/** Pages the site generates for one flow: see src/lib/flows/urls.ts (stepPages) and the pages folder. */
export function pagesFor(steps: number, versions: number, locales: number, extraPerLocale: number, extraSite: number): number {
  // Every version pinned (each step plus its /vN/ start); the latest version also at unversioned URLs.
  const perLocale = versions * (steps + 1) + (steps + 1) + extraPerLocale;
  return locales * perLocale + extraSite;
}

/** Seconds from the start of the log to the end of page rendering, and the hooks waited for afterwards. */
export function phases(log: string, seconds: number): { pagesRenderedSeconds?: number; waitedFor?: string[] } {
  const stamps = [...log.matchAll(/^(\d\d):(\d\d):(\d\d) /gm)].map((m) => Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
  const routes = log.indexOf('generating static routes');
  const done = routes >= 0 ? /^(\d\d):(\d\d):(\d\d) ✓ Completed in /m.exec(log.slice(routes)) : null;
  const waitedFor = [...new Set([...log.matchAll(/Waiting for integration "([^"]+)", hook "([^"]+)"/g)].map((m) => `${m[1]} (${m[2]})`))];
  let pagesRenderedSeconds: number | undefined;
  if (done && stamps.length) {
    const end = Number(done[1]) * 3600 + Number(done[2]) * 60 + Number(done[3]);
    // Log stamps are whole seconds; the build started about a second before the first one.
    pagesRenderedSeconds = Math.min(seconds, end - stamps[0]! + 1);
  }
  return { ...(pagesRenderedSeconds !== undefined ? { pagesRenderedSeconds } : {}), ...(waitedFor.length ? { waitedFor } : {}) };
}

function perPageTimings(log: string): { page: string; ms: number }[] {
  return [...log.matchAll(/├─ (\S+) \(\+([\d.]+)(ms|s)\)/g)].map((m) => ({ page: m[1]!, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }));
}

export async function benchScaling(
  sizes: number[],
  options: { capSeconds: number; full: boolean; locales: readonly string[]; keep: boolean; log: (s: string) => void },
): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (const steps of sizes) {
    const states = syntheticStates(steps);
    // Extra pages besides the step pages: per locale the flow's map and the locale's home; the site's home and 404.
    const expectedPages = pagesFor(steps, 2, options.locales.length, 2, 2);
    const base: ScaleRun = {
      steps,
      versions: 2,
      locales: options.locales.length,
      expectedPages,
      simplePaths: simplePathCount(states),
      status: 'skipped',
    };
    // Project from what smaller sizes showed: per-page cost grows with the flow, so fit t = a * pages^k.
    const done = runs.filter((r) => r.status === 'done' || r.status === 'stopped');
    const projected = projectSeconds(done, expectedPages);
    // The 1,000-step flow is the budgeted figure: always build it (stopped at the cap if need be).
    if (!options.full && steps > 1000 && projected !== undefined && projected > options.capSeconds * 1.5 && done.length) {
      runs.push({
        ...base,
        projectedSeconds: projected,
        note: `not built: projected ${Math.round(projected)} s from the smaller builds, over the ${options.capSeconds} s cap (run with --full-scale to build it anyway)`,
      });
      options.log(`  ${steps} steps: skipped (projected ${Math.round(projected)} s)`);
      continue;
    }
    const free = statfsSync(RESULTS).bavail * statfsSync(RESULTS).bsize;
    const lastStepBytes = done.at(-1)?.stepPageBytes;
    const projectedBytes = lastStepBytes ? lastStepBytes * (steps / done.at(-1)!.steps) * expectedPages : undefined;
    if (projectedBytes && projectedBytes > free * 0.5 && !options.full) {
      runs.push({
        ...base,
        ...(projected !== undefined ? { projectedSeconds: projected } : {}),
        note: `not built: it would write about ${(projectedBytes / 1e9).toFixed(1)} GB, more than half the free disk`,
      });
      options.log(`  ${steps} steps: skipped (about ${(projectedBytes / 1e9).toFixed(1)} GB of output)`);
      continue;
    }
    options.log(`  ${steps} steps (${expectedPages} pages): building, cap ${options.capSeconds} s...`);
    const snap = snapshot(`scale-${steps}`, { withFlows: false });
    writeSyntheticFlows(snap.dir, { steps, versions: 2, locales: options.locales });
    const result: BuildResult = await timedBuild(snap, { timeoutSeconds: options.capSeconds, label: `scale-${steps}` });
    const timings = perPageTimings(result.log);
    const built = result.ok ? result.pages : timings.length;
    const stepPage = join(snap.outDir, options.locales[0]!, 'synthetic', 'step1', 'index.html');
    const stepPageHtml = existsSync(stepPage) ? readFileSync(stepPage, 'utf8') : undefined;
    const stepPageBytes = stepPageHtml !== undefined ? Buffer.byteLength(stepPageHtml) : undefined;
    const run: ScaleRun = {
      ...base,
      status: result.ok ? 'done' : built > 0 && result.error?.startsWith('stopped') ? 'stopped' : 'failed',
      seconds: result.seconds,
      ...(result.cpuSeconds !== undefined ? { cpuSeconds: result.cpuSeconds } : {}),
      pagesBuilt: built,
      pagesPerSecond: built / result.seconds,
      peakTreeMB: result.peakTreeMB,
      ...(result.peakProcessMB ? { peakProcessMB: result.peakProcessMB } : {}),
      outputBytes: result.outputBytes,
      ...(stepPageBytes !== undefined ? { stepPageBytes, stepPageParts: anatomy(stepPageHtml!).parts } : {}),
      slowestPages: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5),
      ...stepAndMapTimes(timings),
      ...phases(result.log, result.seconds),
      ...(result.error ? { note: result.error } : {}),
    };
    if (!result.ok && built > 0 && built < expectedPages) {
      // Projection: the time so far plus the remaining pages at the mean time of the last step pages built.
      const recent = timings.filter((t) => !/\/map\//.test(t.page)).slice(-200);
      const perPage = recent.length ? recent.reduce((n, t) => n + t.ms, 0) / recent.length / 1000 : result.seconds / built;
      run.projectedSeconds = result.seconds + (expectedPages - built) * perPage;
    } else if (!result.ok && built >= expectedPages) {
      run.note = `every page was rendered${run.pagesRenderedSeconds !== undefined ? ` after ${Math.round(run.pagesRenderedSeconds)} s` : ''}, then the build was stopped at the ${options.capSeconds} s cap${run.waitedFor ? ` while waiting for ${run.waitedFor.join(', ')}` : ''}; the total is more than the cap`;
    }
    runs.push(run);
    options.log(
      `  ${steps} steps: ${run.status} in ${result.seconds.toFixed(1)} s, ${built} pages, ${(run.pagesPerSecond ?? 0).toFixed(1)} pages/s, peak ${result.peakTreeMB.toFixed(0)} MB`,
    );
    if (!options.keep) rmSync(snap.outDir, { recursive: true, force: true });
  }
  return runs;
}

function stepAndMapTimes(timings: { page: string; ms: number }[]): { stepPageMedianMs?: number; mapPagesMs?: number } {
  const steps = timings
    .filter((t) => /\/synthetic\/(v\d+\/)?step\d+\//.test(t.page))
    .map((t) => t.ms)
    .sort((a, b) => a - b);
  const maps = timings.filter((t) => /\/map\//.test(t.page));
  return {
    ...(steps.length ? { stepPageMedianMs: steps[Math.floor(steps.length / 2)]! } : {}),
    ...(maps.length ? { mapPagesMs: maps.reduce((n, t) => n + t.ms, 0) } : {}),
  };
}

/** Least-squares fit of log t = log a + k log pages over the finished (or projected) runs. */
export function growth(runs: readonly ScaleRun[]): { exponent: number; a: number } | undefined {
  const points = runs
    .filter((r) => r.status === 'done' || r.status === 'stopped')
    .map((r) => ({ pages: r.expectedPages, seconds: r.status === 'done' ? r.seconds : (r.projectedSeconds ?? r.seconds) }))
    .filter((p): p is { pages: number; seconds: number } => p.seconds !== undefined && p.seconds > 0);
  if (points.length < 2) return undefined;
  const xs = points.map((p) => Math.log(p.pages));
  const ys = points.map((p) => Math.log(p.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const k = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  return { exponent: k, a: Math.exp(my - k * mx) };
}

/**
 * The time a build of `pages` would take: the fitted growth when it is worse than linear,
 * else the last build scaled linearly (a sub-linear fit only reflects the fixed start-up
 * cost, and would promise too little).
 */
function projectSeconds(done: readonly ScaleRun[], pages: number): number | undefined {
  const last = done.at(-1);
  const seconds = last?.status === 'done' ? last.seconds : (last?.projectedSeconds ?? last?.seconds);
  const linear = last && seconds ? seconds * (pages / last.expectedPages) : undefined;
  const fit = growth(done);
  if (fit && fit.exponent > 1) return Math.max(fit.a * pages ** fit.exponent, linear ?? 0);
  return linear;
}

export const DEFAULT_SIZES = [100, 1000, 5000];
export { RESULTS };
export function scaleLogPath(steps: number): string {
  return join(RESULTS, `scale-${steps}.log`);
}
