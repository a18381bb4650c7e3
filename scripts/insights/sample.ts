/**
 * `npm run insights:sample [-- --screenshots <folder>]`: a report to look at before any real
 * log exists. Writes a synthetic host log of people walking the site's flow (the tests' own,
 * scripts/insights/fixtures/synthetic-log.ts: rotated and gzipped nginx files, and a
 * Cloudflare export) into `reports/insights-sample/logs/`, runs `npm run insights` on it
 * into `reports/insights-sample/`, and with `--screenshots` saves the report in Chromium,
 * at a desktop's width: its top in light, the first map in dark, the first answers in light.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { siteFlows } from '../../src/site-flows.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../shared/chromium.ts';
import { cloudflareLog, combinedLog, syntheticWalks } from './fixtures/synthetic-log.ts';
import { run } from './run.ts';

const OUT = 'reports/insights-sample';
const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-04', '2026-12-06'];

const { values } = parseArgs({ options: { screenshots: { type: 'string' } } });
const flow = siteFlows()[0]!;
const logs = join(OUT, 'logs');
await rm(OUT, { recursive: true, force: true });
await mkdir(logs, { recursive: true });
const lines = combinedLog(flow, syntheticWalks(flow, DAYS));
const third = Math.floor(lines.length / 3);
await writeFile(join(logs, 'access.log.2.gz'), gzipSync(`${lines.slice(0, third).join('\n')}\n`));
await writeFile(join(logs, 'access.log.1'), `${lines.slice(third, 2 * third).join('\n')}\n`);
await writeFile(join(logs, 'access.log'), `${lines.slice(2 * third).join('\n')}\n`);
await writeFile(join(OUT, 'cloudflare.ndjson'), `${cloudflareLog(flow, syntheticWalks(flow, ['2026-12-03']).slice(0, 20)).join('\n')}\n`);
await run([logs, join(OUT, 'cloudflare.ndjson'), '--from', DAYS[0]!, '--to', DAYS.at(-1)!, '--out', OUT]);

if (values.screenshots) {
  await mkdir(values.screenshots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  // Three views of the report: its top (what was read, the cards, the weeks) in light, the first map in dark, the answers in light.
  const shots = [
    { name: 'summary', scheme: 'light', from: 'body', to: '.flow table' },
    { name: 'map', scheme: 'dark', from: '.version h3', to: '.picture' },
    { name: 'answers', scheme: 'light', from: '.version h4:nth-of-type(2)', to: '.version table.answers tbody:nth-of-type(3)' },
  ] as const;
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: shot.scheme });
    await page.goto(`file://${resolve(OUT, 'report.html')}`);
    const top = (await page.locator(shot.from).first().boundingBox())!.y;
    const end = await page.locator(shot.to).first().boundingBox();
    const file = join(values.screenshots, `insights-report-${shot.name}-${shot.scheme}.png`);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 16), width: 1280, height: end!.y + end!.height - top + 40 },
    });
    console.log(`Wrote ${file}`);
    await page.close();
  }
  await browser.close();
}
