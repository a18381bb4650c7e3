/**
 * `npm run insights -- <log files or folders> [--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD] [--out dir] [--exact]`
 *
 * Reads the host's access logs (the combined format of nginx, Apache and Caddy, or
 * Cloudflare Logpush's HTTP requests as NDJSON; plain or gzip; folders and rotated names),
 * counts the view signals people's browsers sent (ADR 008), and writes `report.html` and
 * `report.json` into the output folder (default `reports/insights/`). IP addresses and user
 * agents are read only to leave bots out and are never written. Counts from 1 to 4 are
 * written "fewer than 5"; `--exact` adds their exact count to the JSON (for checking the
 * tool, not for sharing).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { config } from '../../src/config.ts';
import { siteFlows } from '../../src/site-flows.ts';
import type { FlowModel } from '../../src/lib/flows/model.ts';
import type { Config } from '../../src/schemas/config.ts';
import { aggregate, type Period } from './aggregate.ts';
import { classify, type DatedSignal } from './classify.ts';
import { logFiles, logLines } from './log-files.ts';
import { parseLogLine } from './log-formats.ts';
import { toJson, type ReadSummary } from './present.ts';
import { reportHtml } from './report-html.ts';
import { isDay, monthDays } from './weeks.ts';

export const USAGE = `Usage: npm run insights -- <log files or folders> [--month YYYY-MM | --from YYYY-MM-DD] [--to YYYY-MM-DD] [--out dir] [--exact]

  <log files or folders>  access logs: combined format (nginx, Apache, Caddy) or Cloudflare Logpush NDJSON,
                          plain or .gz; a folder stands for its files (error logs left out)
  --month YYYY-MM         the days of that month
  --from, --to            the first and last day counted (both included; default: every day in the logs)
  --out dir               where report.html and report.json go (default: reports/insights)
  --exact                 also write the exact counts under 5 into report.json (to check the tool; never share it)`;

/** A mistake in the command line: said with the usage, exit code 2. */
export class UsageError extends Error {}

interface Options {
  inputs: string[];
  period: Period;
  out: string;
  exact: boolean;
}

/** The command line's options, checked. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        month: { type: 'string' },
        out: { type: 'string', default: 'reports/insights' },
        exact: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (!positionals.length) throw new UsageError('name at least one log file or folder');
  for (const key of ['from', 'to'] as const)
    if (values[key] !== undefined && !isDay(values[key])) throw new UsageError(`--${key} must be a day written YYYY-MM-DD: ${values[key]}`);
  if (values.month !== undefined && (values.from !== undefined || values.to !== undefined))
    throw new UsageError('give either --month or --from/--to');
  let period: Period;
  if (values.month !== undefined) {
    try {
      period = monthDays(values.month);
    } catch (error) {
      throw new UsageError((error as Error).message, { cause: error });
    }
  } else period = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  if (period.from && period.to && period.from > period.to) throw new UsageError('--from comes after --to');
  return { inputs: positionals, period, out: values.out, exact: values.exact };
}

/** Reads the logs and counts; the user agents and addresses stay inside this function's loop. */
async function readLogs(files: readonly string[]): Promise<{ signals: DatedSignal[]; read: ReadSummary }> {
  const read: ReadSummary = {
    files: files.length,
    lines: 0,
    skipped: { unreadable: 0, notSignal: 0, method: 0, status: 0, bot: 0 },
    problems: [],
  };
  const key = { unreadable: 'unreadable', 'not-signal': 'notSignal', method: 'method', status: 'status', bot: 'bot' } as const;
  const signals: DatedSignal[] = [];
  for (const file of files) {
    try {
      for await (const line of logLines(file)) {
        if (!line.trim()) continue;
        read.lines++;
        const result = classify(parseLogLine(line));
        if ('skip' in result) read.skipped[key[result.skip]]++;
        else signals.push(result);
      }
    } catch (error) {
      read.problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { signals, read };
}

/** Runs the tool; returns what it wrote. */
export async function run(
  argv: readonly string[],
  {
    flows = siteFlows(),
    siteConfig = config,
    now = new Date(),
    say = console.log,
  }: { flows?: readonly FlowModel[]; siteConfig?: Config; now?: Date; say?: (line: string) => void } = {},
): Promise<{ html: string; json: string; out: string }> {
  const options = parseOptions(argv);
  const files = await logFiles(options.inputs).catch((error: Error) => {
    throw new UsageError(error.message, { cause: error });
  });
  const { signals, read } = await readLogs(files);
  const figures = aggregate(flows, signals, options.period, siteConfig);
  const generated = now.toISOString();
  const json = `${JSON.stringify(toJson(figures, read, { exact: options.exact, generated }), null, 2)}\n`;
  const html = await reportHtml(figures, read, flows, siteConfig, { generated });
  await mkdir(options.out, { recursive: true });
  const htmlFile = join(options.out, 'report.html');
  const jsonFile = join(options.out, 'report.json');
  await writeFile(htmlFile, html);
  await writeFile(jsonFile, json);
  say(
    `Read ${read.files} file(s), ${read.lines} line(s): ${figures.counted} view signal(s) counted` +
      `${figures.period.from ? ` from ${figures.period.from} to ${figures.period.to}` : ''}.`,
  );
  for (const problem of read.problems) say(`Read in part: ${problem}`);
  say(`Wrote ${resolve(htmlFile)} and ${resolve(jsonFile)}.`);
  return { html, json, out: options.out };
}
