/**
 * Snapshots and timed builds. The bench never builds in the project itself (other work uses
 * dist/ and .astro/): it copies what the build reads into bench-results/work/<name>/, links
 * node_modules, and builds there with its own output folder and caches.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS = join(ROOT, 'bench-results');
const BIN = join(ROOT, 'node_modules/.bin');

type Snapshot = { dir: string; outDir: string };

/** Copies the build's inputs (flows/ only when asked) and wraps the project's Astro config with local output and caches. */
export function snapshot(name: string, { withFlows }: { withFlows: boolean }): Snapshot {
  const dir = join(RESULTS, 'work', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'tsconfig.json', 'package.json', ...(withFlows ? ['flows'] : [])]) {
    const from = join(ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  }
  cpSync(join(ROOT, 'astro.config.mjs'), join(dir, 'astro.project.config.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import project from './astro.project.config.mjs';
export default { ...project, outDir: './out', cacheDir: './.cache/astro', vite: { ...(project.vite ?? {}), cacheDir: './.cache/vite', logLevel: 'warn' } };
`,
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, outDir: join(dir, 'out') };
}

/** Wall time, pages Astro reports, and (from GNU time when installed) CPU seconds and peak memory of the largest process. */
export type BuildResult = { ok: boolean; seconds: number; pages: number; cpuSeconds?: number; peakMB?: number; error?: string };

/** `astro build` in a snapshot, stopped after `timeoutSeconds`; its log goes to bench-results/<label>.log. */
export async function timedBuild(snap: Snapshot, label: string, timeoutSeconds: number): Promise<BuildResult> {
  const timeFile = join(snap.dir, 'time.txt');
  const gnuTime = existsSync('/usr/bin/time');
  const astro = join(BIN, 'astro');
  const [cmd, args] = gnuTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, astro, 'build']] : [astro, ['build']];
  const env = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: snap.dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutSeconds * 1000);
  const code: number | null = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  clearTimeout(timer);
  writeFileSync(join(RESULTS, `${label}.log`), log);
  const [maxKB, user, sys] = (existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)! : '').split(' ').map(Number);
  const ok = code === 0 && !timedOut;
  return {
    ok,
    seconds,
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
    ...(user !== undefined && sys !== undefined && Number.isFinite(user + sys) ? { cpuSeconds: user + sys } : {}),
    ...(maxKB ? { peakMB: maxKB / 1024 } : {}),
    ...(ok ? {} : { error: timedOut ? `stopped after ${timeoutSeconds} s` : `exited with ${code}; see bench-results/${label}.log` }),
  };
}
