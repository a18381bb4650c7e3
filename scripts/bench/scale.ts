/** Build scaling: synthetic flows of N steps (2 versions, every locale) built in their own snapshots and timed. */
import { rmSync } from 'node:fs';
import { snapshot, timedBuild, type BuildResult } from './project.ts';
import { writeSyntheticFlows } from './synthetic.ts';
import { fitLine } from './stats.ts';

interface ScaleRun extends BuildResult {
  steps: number;
}

export async function benchScaling(sizes: readonly number[], locales: readonly string[], capSeconds: number, log: (s: string) => void) {
  const runs: ScaleRun[] = [];
  for (const steps of sizes) {
    const snap = snapshot(`scale-${steps}`, { withFlows: false });
    writeSyntheticFlows(snap.dir, steps, 2, locales);
    const result = await timedBuild(snap, `scale-${steps}`, capSeconds);
    runs.push({ steps, ...result });
    log(`  ${steps} steps: ${result.ok ? `${result.pages} pages in ${result.seconds.toFixed(1)} s` : result.error}`);
    rmSync(snap.dir, { recursive: true, force: true });
  }
  // Only finished builds: a stopped one is not a measurement.
  const done = runs.filter((r) => r.ok);
  return { runs, fit: fitLine(done.map((r) => ({ x: r.pages, y: r.seconds }))) };
}
