/**
 * Project snapshots and timed builds. The benchmark never builds in the project itself
 * (other work uses dist/, .astro/ and node_modules/.astro): it copies what the build reads
 * into bench-results/work/<name>/, links node_modules, and builds there with its own
 * outDir and cache directories.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS = join(ROOT, 'bench-results');
const BIN = join(ROOT, 'node_modules/.bin');

/** What a snapshot copies from the project (flows/ only when asked). */
const COPY = ['src', 'public', 'tsconfig.json', 'package.json', 'e2e/support'];

export interface Snapshot {
  dir: string;
  outDir: string;
}

/**
 * Copies the project's build inputs to bench-results/work/<name>/ and writes an
 * astro.config.mjs that wraps the project's own config with local outDir and caches.
 */
export function snapshot(name: string, { withFlows }: { withFlows: boolean }): Snapshot {
  const dir = join(RESULTS, 'work', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of [...COPY, ...(withFlows ? ['flows'] : [])]) {
    const from = join(ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true, filter: (src) => !/\.test\.ts$/.test(src) });
  }
  cpSync(join(ROOT, 'astro.config.mjs'), join(dir, 'astro.project.config.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "// Written by scripts/bench: the project's config with this snapshot's output and caches.",
      "import project from './astro.project.config.mjs';",
      'export default {',
      '  ...project,',
      "  outDir: './out',",
      "  cacheDir: './.cache/astro',",
      "  vite: { ...(project.vite ?? {}), cacheDir: './.cache/vite', logLevel: 'warn' },",
      '};',
      '',
    ].join('\n'),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, outDir: join(dir, 'out') };
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Pages Astro reports ("N page(s) built"), else HTML files counted in the output. */
  pages: number;
  /** Peak resident memory of the whole process tree (sampled every 100 ms), in MB. */
  peakTreeMB: number;
  /** Peak resident memory of the largest single process (GNU time / getrusage), in MB. */
  peakProcessMB?: number;
  /** CPU seconds (user + system) of the build's processes. */
  cpuSeconds?: number;
  /** Bytes written to the output folder. */
  outputBytes: number;
  /** Why it stopped, when not ok. */
  error?: string;
  log: string;
}

/** The processes under rootPid (not rootPid itself) and the resident memory of the whole tree, from /proc. */
function processTree(rootPid: number): { descendants: number[]; rssKB: number } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      rss.set(Number(name), m ? Number(m[1]) : 0);
    } catch {
      // the process ended while we looked
    }
  }
  let rssKB = 0;
  const descendants: number[] = [];
  for (const [pid, kb] of rss) {
    let p: number | undefined = pid;
    for (let hops = 0; p && hops < 64; hops++) {
      if (p === rootPid) {
        rssKB += kb;
        if (pid !== rootPid) descendants.push(pid);
        break;
      }
      p = parent.get(p);
    }
  }
  return { descendants, rssKB };
}

function dirBytes(dir: string): { bytes: number; html: number } {
  let bytes = 0;
  let html = 0;
  if (!existsSync(dir)) return { bytes, html };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    bytes += statSync(full).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, html };
}

/**
 * Runs `astro build` in a snapshot and measures wall time, peak memory (process tree,
 * sampled; and the largest process, from GNU time when installed) and the output size.
 * Stops the build after `timeoutSeconds`.
 */
export async function timedBuild(snap: Snapshot, { timeoutSeconds = 900, label = 'build' } = {}): Promise<BuildResult> {
  const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const timeFile = join(snap.dir, 'time.txt');
  const astro = join(BIN, 'astro');
  const cmd = gnuTime ?? astro;
  const args = gnuTime ? ['-f', '%M %U %S', '-o', timeFile, astro, 'build'] : ['build'];
  const env = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: snap.dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peakKB = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakKB = Math.max(peakKB, processTree(child.pid).rssKB);
  }, 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (!child.pid) return;
    // Stop the build but let GNU time (the group leader) report what it used.
    const { descendants } = processTree(child.pid);
    if (!gnuTime || !descendants.length) process.kill(-child.pid, 'SIGKILL');
    else
      for (const pid of descendants)
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
  }, timeoutSeconds * 1000);
  const code: number | null = await new Promise((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(timer);
  let peakProcessMB: number | undefined;
  let cpuSeconds: number | undefined;
  if (gnuTime && existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [maxKB, user, sys] = last.split(' ').map(Number);
    if (Number.isFinite(maxKB) && maxKB! > 0) peakProcessMB = maxKB! / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = user! + sys!;
  }
  const counted = /(\d+) page\(s\) built/.exec(log);
  const out = dirBytes(snap.outDir);
  writeFileSync(join(RESULTS, `${label}.log`), log);
  const ok = code === 0 && !timedOut;
  return {
    ok,
    seconds,
    pages: counted ? Number(counted[1]) : out.html,
    peakTreeMB: peakKB / 1024,
    ...(peakProcessMB !== undefined ? { peakProcessMB } : {}),
    ...(cpuSeconds !== undefined ? { cpuSeconds } : {}),
    outputBytes: out.bytes,
    ...(ok
      ? {}
      : { error: timedOut ? `stopped after ${timeoutSeconds} s` : `astro build exited with ${code}; see bench-results/${label}.log` }),
    log,
  };
}
