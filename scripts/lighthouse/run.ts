/**
 * `npm run lighthouse`: Lighthouse CI (mobile profile, 3 runs, medians) on a set of built pages
 * of both languages, served from `dist/` by the bench's static server (gzip, `_headers`, the
 * per-page CSP, 404.html for unknown URLs, as a host serves them), beside a bare 2 KB article
 * served from the same origin. `lhci assert` checks the assertions of lighthouserc.ts plus
 * Largest Contentful Paint within `BUDGETS.lcpFactor` (scripts/shared/budgets.ts) times the
 * bare page's median; its exit code is ours. Results go between the `lighthouse:results`
 * markers of docs/benchmarks.md, reports to bench-results/lighthouse/ (git-ignored).
 *
 *   npm run lighthouse               builds first when dist/ is missing or older than the sources
 *   npm run lighthouse -- --build    always builds
 *   npm run lighthouse -- --no-build uses dist/ as it is
 *   npm run lighthouse -- --no-collect asserts and reports the last runs again (after editing the budgets)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../shared/budgets.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../shared/chromium.ts';
import { serveOnFreePort } from '../shared/server.ts';
import { siteFlows } from '../../src/site-flows.ts';
import { latestVersion } from '../../src/lib/flows/model.ts';
import { FRONT_DOOR_URL, homeUrl, latestStepUrl, mapUrl, stepUrl } from '../../src/lib/flows/urls.ts';
import { assertionsByKind, collect as collectSettings } from './lighthouserc.ts';
import { summarize, writeReport, type Lhr, type Page } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-results/lighthouse');
const require = createRequire(import.meta.url);
const LHCI = require.resolve('@lhci/cli/src/cli.js');
const BARE_PATH = '/__lighthouse/bare/';
const started = Date.now();

/** The one place that knows the flow model: the first flow's latest version, one step of each kind. */
function pagesToMeasure(): Page[] {
  const flow = siteFlows()[0]!;
  const steps = latestVersion(flow).steps;
  const locales = ['fr', 'en'] as const;
  const pages: Page[] = [{ path: FRONT_DOOR_URL, locale: 'fr+en', kind: 'front' }];
  for (const locale of locales) {
    pages.push({ path: homeUrl(locale), locale, kind: 'home' });
    for (const kind of ['question', 'advice', 'contact', 'outcome'] as const) {
      // The question is the flow's start page, the most visited; others: the first of their kind.
      const step = steps.find((s) => s.kind === kind && (kind !== 'question' || s.initial));
      if (step) pages.push({ path: latestStepUrl(locale, flow, step), locale, kind, step: step.id });
    }
    pages.push({ path: mapUrl(locale, flow.id), locale, kind: 'map' });
  }
  // One 404 page serves both languages (src/pages/404.astro).
  pages.push({ path: stepUrl({ locale: locales[0], flow: flow.id, slug: 'no-such-step' }), locale: 'fr+en', kind: 'notFound' });
  return pages;
}

/** Newest modification time under the build's inputs. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIfNeeded(): void {
  const flag = process.argv.find((a) => a === '--build' || a === '--no-build');
  if (flag === '--no-build') return;
  const inputs = ['src', 'flows', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'].map((p) => join(ROOT, p));
  const built = existsSync(join(ROOT, 'dist/index.html')) ? statSync(join(ROOT, 'dist/index.html')).mtimeMs : 0;
  if (flag !== '--build' && built > Math.max(...inputs.map(newest))) return console.log('dist/ is newer than the sources: not rebuilt.');
  console.log('Building the site (npm run build)...');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('the build failed');
}

/**
 * Runs the lhci CLI in OUT (its `.lighthouseci/` lands there) with the project's Node first on PATH.
 * Asynchronously: the server answering Lighthouse runs in this process.
 */
function lhci(args: string[], log?: string): Promise<number> {
  const env = { ...process.env, CHROME_PATH: CHROMIUM, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
  const child = spawn(process.execPath, [LHCI, ...args], {
    cwd: OUT,
    env,
    stdio: ['ignore', log ? 'pipe' : 'inherit', log ? 'pipe' : 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (log) writeFileSync(join(OUT, log), output);
      if (code === null) fail(new Error(`lhci ${args[0]} was stopped (${signal})`));
      else done(code);
    });
  });
}

const writeConfig = (ci: object) => writeFileSync(join(OUT, 'lighthouserc.json'), `${JSON.stringify({ ci }, null, 2)}\n`);
const readLhrs = (): Lhr[] =>
  readdirSync(join(OUT, '.lighthouseci'))
    .filter((f) => /^lhr-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(OUT, '.lighthouseci', f), 'utf8')) as Lhr);

/** Serves dist/ and the bare page, and runs the rounds; returns the origin the pages were served from. */
async function collect(pages: Page[]): Promise<string> {
  const bare = gzipSync(readFileSync(join(import.meta.dirname, 'bare.html')), { level: 6 });
  const server = await serveOnFreePort(join(ROOT, 'dist'), 4400, 4499, {
    // The bare page, gzipped as the server gzips pages; it is no part of dist/.
    route: (req, res) => {
      if (req.url !== BARE_PATH) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
      res.end(bare);
      return true;
    },
  });
  const settings = { ...collectSettings.settings, chromeFlags: CHROMIUM_ARGS.join(' ') };
  const url = [BARE_PATH, ...pages.map((p) => p.path)].map((path) => `${server.origin}${path}`);
  try {
    writeConfig({ collect: { ...collectSettings, chromePath: CHROMIUM, settings, url } });
    for (let round = 0; round < collectSettings.numberOfRuns; round++) {
      console.log(`\nRound ${round + 1} of ${collectSettings.numberOfRuns}: ${url.length} URLs, one Lighthouse run each.`);
      const code = await lhci(['collect', '--config=lighthouserc.json', '--numberOfRuns=1', ...(round ? ['--additive'] : [])]);
      if (code !== 0) throw new Error(`lhci collect failed (exit code ${code})`);
    }
  } finally {
    await server.close();
  }
  return server.origin;
}

async function main(): Promise<number> {
  const loadAtStart = loadavg();
  const reuse = process.argv.includes('--no-collect');
  if (!reuse) buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  const pages = pagesToMeasure();
  const origin = reuse ? new URL(readLhrs()[0]!.finalUrl).origin : await collect(pages);
  const url = (path: string) => `${origin}${path}`;

  // The LCP limit comes from this session's bare page, so the assertion is written after collecting.
  const lhrs = readLhrs();
  // As the server sends them: gzip level 6.
  const bodies = (path: string) => gzipSync(readFileSync(join(ROOT, 'dist', path)), { level: 6 }).length;
  const summary = summarize(
    lhrs,
    pages.map((p) => ({ ...p, url: url(p.path) })),
    url(BARE_PATH),
    assertionsByKind,
    bodies,
  );
  const lcpLimit = Math.round(summary.bareLcp * BUDGETS.lcpFactor);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  writeConfig({
    assert: {
      includePassedAssertions: true,
      assertMatrix: pages.map((p) => ({
        matchingUrlPattern: `^${escape(url(p.path))}$`,
        aggregationMethod: 'median',
        assertions: { ...assertionsByKind[p.kind], 'largest-contentful-paint': ['error', { maxNumericValue: lcpLimit }] },
      })),
    },
  });
  const assertCode = await lhci(['assert', '--config=lighthouserc.json'], 'assert.log');
  const results = JSON.parse(readFileSync(join(OUT, '.lighthouseci/assertion-results.json'), 'utf8')) as Parameters<typeof writeReport>[1];
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.split(' built')[0]!.trim();
  const lhciVersion = (JSON.parse(readFileSync(join(dirname(LHCI), '../package.json'), 'utf8')) as { version: string }).version;
  const failed = await writeReport(summary, results, {
    file: join(ROOT, 'docs/benchmarks.md'),
    chromium,
    lhciVersion,
    lcpFactor: BUDGETS.lcpFactor,
    lcpLimit,
    ...(reuse ? {} : { seconds: (Date.now() - started) / 1000 }),
    loadAtStart,
  });
  console.log(
    `\nlhci assert: ${assertCode === 0 ? 'every assertion met' : `${failed} assertion(s) not met`} (details: bench-results/lighthouse/assert.log).`,
  );
  console.log('Reports: bench-results/lighthouse/.lighthouseci/lhr-*.html; results in docs/benchmarks.md.');
  return assertCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
