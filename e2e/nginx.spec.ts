/**
 * The reference server and the counting, end to end (issue 24): the built site served by
 * Debian's nginx with deploy/nginx/nexam-help.conf sends every header `_headers` asks; people
 * walk generated journeys through it on phones, with and without JavaScript, going Back,
 * changing an answer, switching language and answering "Did this solve it?"; then
 * `npm run insights` on nginx's own access log counts exactly what was walked: every view,
 * answer, outcome and "solved" answer, prefetched pages and back/forward-cache returns not
 * counted. A count that differs from the walks fails, naming it.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { flows, journeys, latestVersion, title, type Journey } from './support/flows.ts';
import { answerName } from './support/pages.ts';
import { t } from './support/words.ts';
import { headersFor, parseHeadersFile } from '../src/integrations/nginx-headers.ts';
import { get, sent } from '../scripts/shared/nginx-responses.ts';
import { startNginx, type RunningNginx } from '../scripts/shared/nginx.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/shared/chromium.ts';
import { run } from '../scripts/insights/run.ts';
import { mismatches, type Json } from '../scripts/insights/fixtures/expected-counts.ts';
import type { Walk } from '../scripts/insights/fixtures/synthetic-log.ts';
import { toKebab } from '../src/lib/flows/slug.ts';
import { viewSignalUrl } from '../src/lib/view-signal.ts';
import { SHOWN_MS } from '../src/scripts/view-signal.ts';
import { todayIso } from '../src/lib/calendar.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);

let site: RunningNginx;
/** The phones' browser of the walk-and-count test. */
let browser: Browser | undefined;
// Playwright's hooks take their fixtures as a pattern; this one needs none, only the worker's index.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, info) => {
  // One server per worker, on a port of its own beside the preview server's.
  site = await startNginx({ dist: 'dist', port: Number(process.env.PORT ?? 4329) + 100 + info.workerIndex });
});
test.afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

test('nginx sends every page of dist/_headers its own policy and caching, a 404 page and the slash redirect', async () => {
  {
    const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
    const paths = rules.filter((r) => !r.path.endsWith('*') && r.path !== '/404.html').map((r) => r.path);
    expect(paths.length).toBeGreaterThan(100);
    paths.push('/_seen/invitation-code/v4/en/sign-in-directly.gif');
    for (const path of paths) {
      const res = await get(`${site.origin}${path}`);
      expect(res.status, path).toBe(200);
      expect(sent(rules, res.headers), path).toEqual(headersFor(rules, path));
    }
    const missing = await get(`${site.origin}/en/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(headersFor(rules, '/404.html')['content-security-policy']);
  }
  const bare = await get(`${site.origin}/en/invitation-code`);
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toMatch(/\/en\/invitation-code\/$/);
  expect((await get(`${site.origin}/en/invitation-code/`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
});

/** A person's phone: its own tab, cache and storage; JavaScript on or off. */
async function phone(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser!.newContext({ baseURL: site.origin, javaScriptEnabled, ...DEVICE });
  return context.newPage();
}
let DEVICE: Record<string, unknown> = {};

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * The server's answer to the view signal of `step` shown in `locale`: with scripts the page
 * asks a second after it is shown, or as the person leaves it sooner; without, as it loads.
 * Waited for where a person would stay on the page (its last page, before closing the phone).
 */
const signalOf = (page: Page, locale: Journey['locale'], step: string) => {
  const path = viewSignalUrl({ flow: flow.id, version: v.version, locale, step: toKebab(step) });
  return page.waitForResponse((r) => new URL(r.url()).pathname === path);
};

/** Walks `journey` by its answers as links, from its start; returns the walk as the counts see it (the date answer aside). */
async function walkLinks(page: Page, journey: Journey, js: boolean, day: string): Promise<Walk> {
  await page.goto(`/${journey.locale}/${flow.id}/`);
  await expect(heading(page)).toHaveText(title(v, journey.locale, journey.steps[0]!));
  const answers: string[] = [];
  // The person reads the last page before closing the phone: its signal reaches the server.
  const last = signalOf(page, journey.locale, journey.steps.at(-1)!);
  for (const [i, event] of journey.events.entries()) {
    const step = v.steps.find((s) => s.id === journey.steps[i])!;
    const answer = step.answers.find((a) => a.event === event)!;
    // As a person who reads the step first: its module has armed the view signal, which then carries
    // the edge. (An answer pressed sooner sends the signal without its edge, by design: ADR 008; under
    // a loaded CI the module, started after the first frame, could come after this test's click.)
    if (js) await expect(page.locator('html')).toHaveAttribute('data-signal', /^(armed|sent)$/);
    await page.getByRole('link', { name: answerName(v, journey.locale, [step.id, answer.key]), exact: true }).click();
    await expect(heading(page)).toHaveText(title(v, journey.locale, journey.steps[i + 1]!));
    answers.push(toKebab(answer.key));
  }
  await last;
  return { version: v.version, locale: journey.locale, js, day, steps: [...journey.steps], answers };
}

test('every view, answer, outcome and "solved" answer walked through nginx is counted, once', async ({ playwright }) => {
  test.setTimeout(180_000);
  DEVICE = playwright.devices['Pixel 7']!;
  // A phone's browser sends its own user agent with every request, also those that outlive a
  // page (a signal sent as the person leaves): a headless browser's own would be counted as a bot's.
  browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--user-agent=${String(DEVICE.userAgent)}`],
  });
  const day = todayIso(new Date());
  const linkOnly = journeys().filter((j) => j.flow.id === flow.id && j.events.every((e) => !e.includes('invitation-date')));
  // Generated: a spread of paths, in both languages, with and without scripts.
  const picked = [0, 7, 13, 21].map((i) => linkOnly[i % linkOnly.length]!);
  const walks: Walk[] = [];
  for (const [i, journey] of [
    ...picked,
    ...picked.map((j) => ({ ...j, locale: j.locale === 'en' ? ('fr' as const) : ('en' as const) })),
  ].entries()) {
    const js = i % 2 === 0;
    const page = await phone(js);
    walks.push(await walkLinks(page, journey, js, day));
    await page.context().close();
  }

  // With scripts: an outcome answered "Yes, it solved it", then Back; another answered "No".
  for (const [answer, locale, tag] of [
    ['yes', 'en', 'solved'],
    ['no', 'fr', 'coordinator'],
  ] as const) {
    const journey = linkOnly.find((j) => j.locale === locale && v.steps.find((s) => s.id === j.steps.at(-1))!.tags.includes(tag))!;
    const page = await phone(true);
    const walk = await walkLinks(page, journey, true, day);
    await page.getByRole('button', { name: t(locale, `solved.${answer}`), exact: true }).click();
    await expect(page.locator('.solved-thanks')).toBeFocused();
    await page.waitForLoadState('networkidle');
    walks.push({ ...walk, solved: answer });
    await page.getByRole('link', { name: `← ${t(locale, 'nav.back')}` }).click();
    await expect(heading(page)).toHaveText(title(v, locale, journey.steps.at(-2)!));
    // Back, a return through the history, sends no second view, however long the person stays.
    await page.waitForTimeout(SHOWN_MS * 2);
    await page.context().close();
  }
  // With scripts: Change in the trail (back to the start), another answer, then the language switch (a view in French, without an edge).
  {
    const page = await phone(true);
    const first = linkOnly.find((j) => j.locale === 'en' && j.steps.length >= 3)!;
    const walk = await walkLinks(page, { ...first, steps: first.steps.slice(0, 2), events: first.events.slice(0, 1) }, true, day);
    await page.locator('#trail a.change').first().click();
    await expect(heading(page)).toHaveText(title(v, 'en', first.steps[0]!));
    // A return through the history is not shown anew: the start sends no second view, however long the person stays.
    await page.waitForTimeout(SHOWN_MS * 2);
    const other = v.steps[0]!.answers.find((a) => a.target !== first.steps[1])!;
    await page.getByRole('link', { name: answerName(v, 'en', [v.steps[0]!.id, other.key]), exact: true }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', other.target));
    const french = signalOf(page, 'fr', other.target);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(heading(page)).toHaveText(title(v, 'fr', other.target));
    await french;
    walks.push(walk, {
      version: v.version,
      locale: 'en',
      js: true,
      day,
      steps: [first.steps[0]!, other.target],
      answers: [toKebab(other.key)],
      resumed: true,
    });
    // The language switch: the same step in French, shown without an answer leading to it.
    walks.push({ version: v.version, locale: 'fr', js: true, day, steps: [other.target], answers: [] });
    await page.context().close();
  }

  // With scripts not ready yet: an answer pressed before the start's module has run still
  // counts the start (sent by the early-click script), once; the next page carries the edge.
  {
    const page = await phone(true);
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    const start = v.steps[0]!;
    const answer = start.answers.find((a) => a.target !== start.id)!;
    // The page is read and shown; its module is still on its way (no `load` to wait for).
    await page.goto(`/en/${flow.id}/`, { waitUntil: 'commit' });
    await expect(heading(page)).toHaveText(title(v, 'en', start.id));
    const next = signalOf(page, 'en', answer.target);
    await page.getByRole('link', { name: answerName(v, 'en', [start.id, answer.key]), exact: true }).click();
    release();
    await expect(heading(page)).toHaveText(title(v, 'en', answer.target));
    await next;
    walks.push({ version: v.version, locale: 'en', js: true, day, steps: [start.id, answer.target], answers: [toKebab(answer.key)] });
    await page.context().close();
  }

  const out = await mkdtemp(join(tmpdir(), 'insights-'));
  const { json } = await run([site.accessLog, '--from', day, '--to', day, '--exact', '--out', out], { say: () => undefined });
  const counted = JSON.parse(json) as Json;
  expect(mismatches(counted, flow, walks)).toEqual([]);
  // Nothing personal was written: the phone's user agent and the address are in nginx's log only.
  expect(await readFile(join(out, 'report.html'), 'utf8')).not.toContain('Pixel 7');
});
