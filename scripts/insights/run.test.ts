/**
 * `npm run insights` end to end on a synthetic host log: people walking the site's flow
 * (with and without JavaScript, cut short, by the help line, answering "Did this solve
 * it?"), the pages and prefetches around each view, bots, 404s, HEAD and POST, unreadable
 * lines, rotated and gzipped files in a folder with an error log, and a Cloudflare export.
 * Every count of the JSON is checked against the walks themselves, counted here the simple
 * way; a wrong count is shown to fail that check.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteFlows } from '../../src/site-flows.ts';
import { versionIndex } from '../../src/lib/flows/model.ts';
import { BOT_AGENTS, PEOPLE_AGENTS, addressOf, cloudflareLog, combinedLog, syntheticWalks, type Walk } from './fixtures/synthetic-log.ts';
import { UsageError, parseOptions, run } from './run.ts';
import { mismatches, type C, type Json } from './fixtures/expected-counts.ts';

const flow = siteFlows()[0]!;
const DAYS = ['2026-11-23', '2026-11-25', '2026-11-27', '2026-11-30', '2026-12-02', '2026-12-04', '2026-12-06'];
const combinedWalks = syntheticWalks(flow, DAYS);
// A few more people, exported by Cloudflare; and some outside the period asked (2026-11-23 to 2026-12-06).
const cloudflareWalks = syntheticWalks(flow, ['2026-12-01']).slice(0, 12);
const outside = syntheticWalks(flow, ['2026-11-20', '2026-12-07']).slice(0, 6);
const counted = [...combinedWalks, ...cloudflareWalks];

describe('npm run insights on a synthetic host log', () => {
  let dir: string;
  let exact: { html: string; json: string };
  let shared: { html: string; json: string };
  let inputs: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nexam-insights-'));
    const logs = join(dir, 'nginx');
    await mkdir(logs);
    const lines = combinedLog(flow, [
      ...outside.filter((w) => w.day < '2026-11-23'),
      ...combinedWalks,
      ...outside.filter((w) => w.day > '2026-12-06'),
    ]);
    const third = Math.floor(lines.length / 3);
    // Rotated as logrotate leaves them: the oldest gzipped (in two gzip members), then .1, then the live file.
    const oldest = lines.slice(0, third);
    const half = Math.floor(oldest.length / 2);
    await writeFile(
      join(logs, 'access.log.2.gz'),
      Buffer.concat([gzipSync(`${oldest.slice(0, half).join('\n')}\n`), gzipSync(`${oldest.slice(half).join('\n')}\n`)]),
    );
    await writeFile(join(logs, 'access.log.1'), `${lines.slice(third, 2 * third).join('\n')}\n`);
    await writeFile(join(logs, 'access.log'), `${lines.slice(2 * third).join('\n')}\n`);
    // Beside them, an error log that must not be read.
    await writeFile(
      join(logs, 'error.log'),
      '2026/11/23 10:00:00 [error] 12#12: *1 open() "/var/www/x" failed (2: No such file or directory)\n',
    );
    const cloudflare = join(dir, 'cloudflare-20261201.ndjson.gz');
    await writeFile(cloudflare, gzipSync(`${cloudflareLog(flow, cloudflareWalks).join('\n')}\n`));
    inputs = [logs, cloudflare];
    const now = new Date('2026-12-07T08:00:00Z');
    exact = await run([...inputs, '--from', '2026-11-23', '--to', '2026-12-06', '--out', join(dir, 'exact'), '--exact'], {
      now,
      say: () => {},
    });
    shared = await run([...inputs, '--from', '2026-11-23', '--to', '2026-12-06', '--out', join(dir, 'shared')], { now, say: () => {} });
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts every view, answer, drop-off, outcome, "did this solve it" and week as walked', () => {
    const json = JSON.parse(exact.json) as Json;
    expect(mismatches(json, flow, counted)).toEqual([]);
  });

  it('fails that check on a single wrong count', () => {
    const json = JSON.parse(exact.json) as Json;
    const step = json.flows[0]!.versions[0]!.sections[2]!.steps[1]!;
    step.views.count! += 1;
    expect(mismatches(json, flow, counted)).toEqual([expect.stringMatching(/ views: got .*expected/)]);
    const other = JSON.parse(exact.json) as Json;
    other.flows[0]!.versions[0]!.sections[0]!.steps[0]!.answers[0]!.count = { display: '0', count: 0 };
    expect(mismatches(other, flow, counted).length).toBeGreaterThan(0);
    // And against walks that differ by one person.
    expect(mismatches(JSON.parse(exact.json) as Json, flow, counted.slice(1)).length).toBeGreaterThan(0);
  });

  it('says what it read and why the rest was not counted', () => {
    const { read, period } = JSON.parse(exact.json) as Json;
    expect(period).toEqual({ from: '2026-11-23', to: '2026-12-06' });
    // The folder's three access logs and the Cloudflare export; not the error log.
    expect(read.files).toBe(4);
    const finalAt = (w: Walk) => versionIndex(flow.versions.find((v) => v.version === w.version)!).byId.get(w.steps.at(-1)!)!.final;
    expect(read.counted).toBe(counted.reduce((n, w) => n + w.steps.length + (w.solved && finalAt(w) ? 1 : 0), 0));
    const days = DAYS.length + 2;
    // Per day of the combined log: 5 bots on a signal (one with no user agent), 1 scan-like 404 of a signal and a 500, 1 HEAD and 1 POST, 2 unreadable.
    expect(read.skipped.bot).toBe(days * BOT_AGENTS.length + 1);
    expect(read.skipped.status).toBe(days * 2);
    expect(read.skipped.method).toBe(days * 2);
    expect(read.skipped.unreadable).toBe(days * 2);
    // Periods are checked first: the unknown steps of the days outside the period count as outside it.
    expect(read.skipped.unknownStep).toBe(DAYS.length * 2);
    const outsideSignals = outside.reduce((n, w) => n + w.steps.length + (w.solved && finalAt(w) ? 1 : 0), 0);
    expect(read.skipped.outsidePeriod).toBe(outsideSignals + 2 * 2);
    expect(read.skipped.notSignal).toBeGreaterThan(1000);
    expect(read.problems).toEqual([]);
  });

  it('writes no IP address, user agent or anything of a request but its counts', async () => {
    for (const out of [exact, shared])
      for (const text of [out.html, out.json]) {
        for (let i = 0; i < 40_000; i += 97) expect(text).not.toContain(addressOf(i));
        expect(text).not.toContain('203.0.113.');
        expect(text).not.toContain('2001:db8');
        expect(text).not.toContain('198.51.100.7');
        for (const agent of [...PEOPLE_AGENTS, ...BOT_AGENTS.filter((a) => a !== '-')]) expect(text).not.toContain(agent);
        for (const word of ['Mozilla', 'Googlebot', 'HeadlessChrome', 'curl', 'python-requests', 'Android', 'iPhone', 'RayID', 'ClientIP'])
          expect(text).not.toContain(word);
      }
    expect(await readFile(join(dir, 'shared', 'report.json'), 'utf8')).toBe(shared.json);
  });

  it('writes no exact count under 5 unless asked, and the same figures otherwise', () => {
    const counts = (value: unknown, found: C[] = []): C[] => {
      if (Array.isArray(value)) value.forEach((v) => counts(v, found));
      else if (value && typeof value === 'object') {
        if ('display' in value) found.push(value as C);
        else Object.values(value).forEach((v) => counts(v, found));
      }
      return found;
    };
    const sharedCounts = counts((JSON.parse(shared.json) as Json).flows);
    const exactCounts = counts((JSON.parse(exact.json) as Json).flows);
    expect(sharedCounts).toHaveLength(exactCounts.length);
    expect(sharedCounts.filter((c) => c.display === 'fewer than 5').length).toBeGreaterThan(20);
    for (const c of sharedCounts) {
      if (c.display === 'fewer than 5') expect(c).toEqual({ display: 'fewer than 5' });
      else expect(c.display).toBe(c.count!.toLocaleString('en-CA'));
    }
    sharedCounts.forEach((c, i) => expect(c.display).toBe(exactCounts[i]!.display));
    expect(exactCounts.some((c) => c.display === 'fewer than 5' && c.count! > 0 && c.count! < 5)).toBe(true);
    // The HTML says the same and never writes a small number in a count cell.
    expect(shared.html).toBe(exact.html);
    expect(shared.html).not.toMatch(/<span class="n">[1-4]<\/span>/);
    expect(shared.html).toContain('<span class="n">fewer than 5</span>');
  });
});

describe('the command line', () => {
  it('takes files and folders, a period as days or a month, an output folder and --exact', () => {
    expect(parseOptions(['a.log', 'logs/', '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'r', '--exact'])).toEqual({
      inputs: ['a.log', 'logs/'],
      period: { from: '2026-11-01', to: '2026-11-30' },
      out: 'r',
      exact: true,
    });
    expect(parseOptions(['a.log', '--month', '2026-02'])).toEqual({
      inputs: ['a.log'],
      period: { from: '2026-02-01', to: '2026-02-28' },
      out: 'reports/insights',
      exact: false,
    });
    expect(parseOptions(['a.log'])).toMatchObject({ period: {} });
  });
  it('refuses what it cannot do, saying why', () => {
    for (const [args, message] of [
      [[], /at least one log/],
      [['a', '--from', '2026-11-31'], /--from must be a day/],
      [['a', '--to', '11/30/2026'], /--to must be a day/],
      [['a', '--month', '2026-13'], /not a month/],
      [['a', '--month', '2026-11', '--from', '2026-11-02'], /either --month or/],
      [['a', '--from', '2026-12-01', '--to', '2026-11-01'], /comes after/],
      [['a', '--bogus'], /bogus/],
    ] as const)
      expect(() => parseOptions(args), String(args)).toThrow(
        expect.objectContaining({ constructor: UsageError, message: expect.stringMatching(message) }),
      );
  });
  it('says which path does not exist', async () => {
    await expect(run(['/nonexistent/access.log'], { say: () => {} })).rejects.toThrow(/no such file or folder: \/nonexistent\/access.log/);
  });
});

describe("docs/deploy.md's Cloudflare example", () => {
  it('reads as the docs say: two views (one with its answer), a page and a bot left out', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nexam-example-'));
    try {
      const { json } = await run(['docs/examples/cloudflare-logpush-http-requests.ndjson', '--out', out, '--exact'], { say: () => {} });
      const report = JSON.parse(json) as Json;
      expect(report.read).toMatchObject({ files: 1, lines: 5, counted: 2, skipped: { notSignal: 2, bot: 1 } });
      const all = report.flows[0]!.versions[0]!.sections.find((s) => s.locale === 'all')!;
      const step = (id: string) => all.steps.find((s) => s.id === id)!;
      expect(step('isAccountActivated').views.count).toBe(1);
      expect(step('signInDirectly').viewsWithEdge.count).toBe(1);
      expect(step('isAccountActivated').answers.find((a) => a.id === 'alreadyActivated')!.count.count).toBe(1);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
