/**
 * The report: a table of each figure beside its budget (stdout and docs), and
 * docs/benchmarks.md with the method, the machine, the results and, for every missed
 * budget, where the cost comes from (computed from the measurements, not written by hand).
 * A "Notes" section between the markers below is kept from the previous docs/benchmarks.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.ts';
import { kb, max, median, ms, percentile, seconds } from './stats.ts';
import type { Part } from './anatomy.ts';

export interface Row {
  figure: string;
  value: string;
  budget: string;
  /** `inconclusive`: over budget, but a bare reference page is over it too on this machine. */
  status: 'ok' | 'MISSED' | 'inconclusive' | 'info' | 'not measured';
  detail?: string;
}

const NOTES_START = '<!-- notes:start (kept when the bench rewrites this file) -->';
const NOTES_END = '<!-- notes:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderTable(rows: readonly Row[], withDetail = true): string {
  const head = withDetail
    ? '| figure | value | budget | ok? | detail |\n| --- | --- | --- | --- | --- |'
    : '| figure | value | budget | ok? |\n| --- | --- | --- | --- |';
  const lines = rows.map(
    (r) =>
      `| ${cell(r.figure)} | ${cell(r.value)} | ${cell(r.budget)} | ${r.status === 'MISSED' ? '**MISSED**' : r.status} |${withDetail ? ` ${cell(r.detail ?? '')} |` : ''}`,
  );
  return [head, ...lines].join('\n');
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the result object is the JSON written to bench.json */
export function renderDocs(r: any): string {
  const m = r.machine;
  const rows: Row[] = r.rows;
  const missed = rows.filter((row) => row.status === 'MISSED');
  const previous = join(ROOT, 'docs', 'benchmarks.md');
  const oldText = existsSync(previous) ? readFileSync(previous, 'utf8') : '';
  const notes =
    oldText.includes(NOTES_START) && oldText.includes(NOTES_END)
      ? oldText.slice(oldText.indexOf(NOTES_START) + NOTES_START.length, oldText.indexOf(NOTES_END)).trim()
      : '';

  const out: string[] = [];
  out.push('# Benchmarks');
  out.push('');
  out.push('What `npm run bench` measures, how, on which machine, and the results of its last full run.');
  out.push('The budgets are those of `docs/design.md` (section Budgets). The numbers are a report,');
  out.push('never a test: `npm test` checks behaviour and does not run the bench. Rerun it (`npm run bench`,');
  out.push('about 15 minutes; `npm run bench -- --quick` skips the scaling builds) after any change to');
  out.push('the page templates, the scripts, the styles, the flows or the build, and commit this file with the change.');
  out.push('');
  out.push(
    `Last run: ${r.generatedAt.replace('T', ' ').slice(0, 16)} UTC, ${Math.round(r.durationSeconds / 60)} min${r.options.quick ? ' (--quick: no scaling builds)' : ''}.`,
  );
  out.push('');
  out.push('## Results');
  out.push('');
  out.push(renderTable(rows));
  out.push('');
  const inconclusive = rows.filter((row) => row.status === 'inconclusive');
  if (missed.length) out.push(`Missed: ${missed.map((row) => row.figure.split(':')[0]).join('; ')}. Causes below.`);
  if (inconclusive.length)
    out.push(
      `${missed.length ? '' : 'No budget is clearly missed. '}Inconclusive on this machine (a bare reference page alone is over the budget): ${inconclusive.map((row) => row.figure.split(':')[0]).join('; ')}.`,
    );
  if (!missed.length && !inconclusive.length) out.push('Every measured budget is met.');
  out.push('');

  out.push('## Machine');
  out.push('');
  out.push(`- ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGB} GB memory, ${m.platform}`);
  out.push(`- Node ${m.node}, Astro ${m.astro}, Chromium ${m.chromium} (${m.chromiumPath}), headless`);
  if (m.chromiumRelaunches)
    out.push(
      `- Chromium went away ${m.chromiumRelaunches} time(s) during the run (a crash or a process killed from outside) and was relaunched; the pages or journeys it was on were measured again.`,
    );
  out.push(
    `- Load average (1, 5, 15 min) at start ${m.loadAverageAtStart.join(', ')}, at end ${m.loadAverageAtEnd.join(', ')}. ${Math.max(...m.loadAverageAtStart, ...m.loadAverageAtEnd) > m.cpus ? `**The machine was shared and busy (load above its ${m.cpus} CPUs) during this run, so times are pessimistic; CPU seconds are given beside wall times where they matter.**` : 'The machine was otherwise idle.'}`,
  );
  out.push('');

  out.push('## Method');
  out.push('');
  out.push("All of it runs from `scripts/bench/` (entry: `run.ts`), with nothing but the project's own dependencies.");
  out.push('');
  out.push(
    '1. **Build.** The build inputs (`src/`, `flows/`, `public/`, `astro.config.mjs`, `tsconfig.json`, `package.json`, `e2e/support/`) are copied to `bench-results/work/site/` with `node_modules` linked, and built there with `astro build` into its own `out/` and caches, so the bench never touches `dist/` or `.astro/`. Wall time, CPU time (GNU time) and peak memory of the process tree (sampled from /proc every 100 ms) are recorded.',
  );
  out.push(
    '2. **Serving.** `out/` is served on 127.0.0.1 (ports 4400-4499) the way a static host serves it: gzip (zlib level 6) for text types when the browser accepts it, ETag revalidation for pages, a year of caching for the hashed `/_astro/` files, `404.html` for unknown URLs. Brotli sizes (quality 11) are in `bench.json` for hosts that use it.',
  );
  out.push(
    `3. **Every step page** (every version, both URL styles, every locale: the list comes from \`stepPages\` of \`src/lib/flows/urls.ts\`, so new versions and steps are measured without editing the bench) is loaded cold (one tab reset to about:blank between pages, HTTP cache disabled, so nothing is reused), in Chromium with a Pixel 7 viewport, under Chrome DevTools' "Slow 4G" preset (latency ${r.conditions.network.latency} ms, ${((r.conditions.network.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down, ${((r.conditions.network.uploadThroughput * 8) / 1e3).toFixed(0)} kbit/s up; \`Network.emulateNetworkConditions\`) and ${r.conditions.cpuSlowdown}x CPU slowdown (\`Emulation.setCPUThrottlingRate\`). From the DevTools Protocol: every request, its type, its bytes on the wire (\`encodedDataLength\`, headers included) and its \`renderBlockingBehavior\`; from the page: FCP (paint timing) and LCP (\`largest-contentful-paint\` entries) once the page's own requests have been quiet for 200 ms (speculative prefetches that finished by then are recorded, not waited for). Each page is loaded once, then the 5 slowest twice more and their LCP and FCP are the median of the 3 loads (a single load on a shared machine is noisy). Documents fetched by the page's speculation rules (\`Sec-Purpose: prefetch\`) are counted apart, not in the page's bytes. "First render" is the document plus every render-blocking request. JavaScript budgets count the compressed bodies of the scripts the page loaded. The HTML is also taken apart (inline CSS, JSON data, island props, scripts, markup) with each part's marginal gzip cost, to show where bytes come from. A bare 2 KB HTML page is measured 5 times under the same conditions as a reference for the machine (design.md quotes about 1.0 s for it).`,
  );
  out.push(
    "4. **Journeys.** `journeys()` of `e2e/support/flows.ts` gives one journey per simple path of each flow's latest version, per locale. Each is walked from the start page by a real mouse click on each answer link (`a.answer[data-answer]`), once the page has loaded and, with JavaScript, its speculation rules have prefetched every answer's page (as they would while a person reads), served locally with no throttling, once with JavaScript and once without. The time is from just before the click (`performance.timeOrigin + performance.now()` in the old page) to the first contentful paint of the new page (its `timeOrigin` + FCP), after checking that the painted page's `h1` is the expected step's heading and lies in the first viewport. Median and 95th percentile over every click.",
  );
  out.push(
    "   The same journeys with JavaScript are walked a second time in a Chromium started with no DevTools Protocol client (`scripts/bench/no-devtools.ts`): being attached costs every navigation tens of milliseconds and turns prerendering off, so it is not what a person gets. The bench's server injects a driver script into each page (and leaves the pages' CSP out so it may run); 800 ms after a page is shown the driver reads the clock and calls `click()` on the next answer, and on the next page it takes the first contentful paint, as above, checking the URL, the heading's text, that the heading is in the first viewport and that it has focus. The two bare linked pages are walked the same way as the floor.",
  );
  out.push(
    '5. **mailto.** Thousands of contact-form inputs are generated with fast-check (fixed seed): ASCII, any Unicode, lone surrogates, line breaks, characters that encode to 9-12 characters, fields at their length limits, e-mail addresses up to 254 characters, evaluation dates soon and far; steps-taken lines from every real path to the contact step and random trails of up to 64 lines. Each input goes through `validateContactForm` then `composeSupportMail` as the contact page does; the link length is recorded and the complete text is checked to carry every value.',
  );
  out.push(
    "6. **Build scaling.** `scripts/bench/synthetic.ts` writes a synthetic flow into a fresh snapshot's `flows/` (never the project's): a tree of question and advice steps with 2-3 answers each, one new step in three an outcome, one question in two with a way to the contact step; N steps per version, 2 versions, en and fr words of realistic length. Each size is built and timed like the site; a build is stopped at the cap (`--scale-cap`, default 150 s) and its total projected from the pages/second it reached, and a size whose projection from the smaller builds is far over the cap is not started (use `--full-scale` to build everything). Growth is the exponent k of a least-squares fit of time = a x pages^k; linear means k close to 1.",
  );
  out.push('');
  out.push(
    'Output: the table on stdout, `bench-results/bench.json` (every figure, every page, every click, every request), build logs in `bench-results/*.log`, and this file.',
  );
  out.push('');

  // Pages by kind.
  out.push('## Step pages by kind');
  out.push('');
  out.push('| kind | pages | JavaScript (gzip), max | first render, max | LCP median | LCP max | requests, max |');
  out.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [kind, s] of Object.entries<any>(r.pagesByKind))
    out.push(
      `| ${kind} | ${s.pages} | ${kb(s.jsGzipMax)} | ${kb(s.firstRenderMax)} | ${ms(s.lcpMedian)} | ${ms(s.lcpMax)} | ${s.requestsMax} |`,
    );
  out.push('');
  const pages: any[] = r.pages;
  const bytesBy = (t: string) => pages.map((p) => p.bytes[t]);
  out.push(
    `Bytes transferred per step page (headers included, without speculative prefetches), median / max: HTML ${kb(median(bytesBy('html')))} / ${kb(max(bytesBy('html')))}, CSS ${kb(median(bytesBy('css')))} / ${kb(max(bytesBy('css')))} (the CSS is inlined in the HTML), JS ${kb(median(bytesBy('js')))} / ${kb(max(bytesBy('js')))}, other ${kb(median(bytesBy('other')))} / ${kb(max(bytesBy('other')))}. Requests per page: median ${median(pages.map((p) => p.requests))}, max ${max(pages.map((p) => p.requests))}. Speculative prefetches per page: median ${median(pages.map((p) => p.prefetches))} documents, ${kb(median(pages.map((p) => p.prefetchBytes)))}; max ${kb(max(pages.map((p) => p.prefetchBytes)))}.`,
  );
  out.push('');
  out.push('JavaScript files of the build (compressed sizes as served):');
  out.push('');
  out.push('| file | raw | gzip | brotli |');
  out.push('| --- | --- | --- | --- |');
  for (const f of r.jsFiles) out.push(`| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  out.push('');

  // Anatomy of representative pages.
  const staticPages: any[] = r.staticPages;
  const pick = (kind: string) => staticPages.filter((p) => p.kind === kind).sort((a, b) => b.gzip - a.gzip)[0];
  const reps = ['question', 'advice', 'outcome', 'contact'].map(pick).filter(Boolean);
  if (reps.length) {
    out.push("## Where a page's bytes go");
    out.push('');
    out.push('The largest page of each kind, taken apart (raw bytes; gzip = how much smaller the compressed page gets without that part):');
    out.push('');
    for (const p of reps) {
      out.push(`**${p.kind}**: \`${p.path}\`, ${kb(p.raw)} raw, ${kb(p.gzip)} gzip, ${kb(p.brotli)} brotli`);
      out.push('');
      out.push('| part | count | raw | gzip |');
      out.push('| --- | --- | --- | --- |');
      for (const part of p.anatomy.parts as Part[])
        out.push(`| ${part.part} | ${part.count} | ${kb(part.rawBytes)} | ${kb(part.gzipBytes)} |`);
      out.push('');
    }
  }

  // Journeys.
  out.push('## Click to next heading');
  out.push('');
  out.push(
    `${r.journeys.count} journeys (every simple path of the latest version of each flow, in each locale), served locally, no throttling.`,
  );
  out.push('');
  out.push('| | clicks | median | p95 | max | to a prefetched page |');
  out.push('| --- | --- | --- | --- | --- | --- |');
  const ref = r.journeys.reference ?? {};
  for (const [label, s] of [
    ['with JavaScript', r.journeys.js],
    ['without JavaScript', r.journeys.nojs],
    ['reference: two bare pages, with JavaScript', ref.js],
    ['reference: two bare pages, without JavaScript', ref.nojs],
  ] as const)
    if (s) out.push(`| ${label} | ${s.clicks} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${ms(s.maxMs)} | ${s.prefetched} |`);
  out.push('');
  if (r.journeys.js.driverMedianMs !== undefined)
    out.push(
      `With JavaScript the time starts at the click event's own timestamp; without, at a clock reading just before the click is sent, which adds the driver's overhead (median ${ms(r.journeys.js.driverMedianMs)}, measured in the run with JavaScript). The bare pages give the floor of the measurement on this machine: a navigation to a page with nothing in it.`,
    );
  out.push('');
  if (r.journeys.errors.length) {
    out.push(
      `Journey errors: ${r.journeys.errors
        .slice(0, 5)
        .map((e: string) => `\`${e}\``)
        .join('; ')}`,
    );
    out.push('');
  }

  // mailto.
  const mt = r.mailto;
  out.push('## mailto: link');
  out.push('');
  out.push(
    `${mt.generated} generated inputs (seed ${mt.seed}), ${mt.valid} valid ones composed: longest link ${mt.maxLength} characters (budget 1,900), median ${mt.medianLength}, 95th percentile ${mt.p95Length}; ${mt.shortened} links carried a shortened body (the full text stays copyable); ${mt.failureCount} failures${
      mt.failureCount
        ? `: ${mt.failures
            .slice(0, 3)
            .map((f: any) => f.problem)
            .join('; ')}`
        : ''
    }.`,
  );
  out.push('');

  // Scaling.
  out.push('## Build scaling');
  out.push('');
  if (!r.scale.length) out.push("Not run (--quick). The last full run's figures are in git history.");
  else {
    out.push(
      '| steps per version | pages | simple paths | status | wall time | CPU time | pages/s | one step page: render time (median) / size | map pages | peak memory (tree / largest process) | output |',
    );
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const s of r.scale) {
      const time =
        s.status === 'done'
          ? seconds(s.seconds)
          : s.seconds !== undefined
            ? `stopped at ${seconds(s.seconds, 0)} (${s.pagesBuilt} pages); projected ${seconds(s.projectedSeconds, 0)}`
            : s.projectedSeconds
              ? `projected ${seconds(s.projectedSeconds, 0)}`
              : '-';
      out.push(
        `| ${s.steps} | ${s.expectedPages} | ${s.simplePaths} | ${s.status} | ${time} | ${s.cpuSeconds !== undefined ? seconds(s.cpuSeconds) : '-'} | ${s.pagesPerSecond ? s.pagesPerSecond.toFixed(1) : '-'} | ${s.stepPageMedianMs !== undefined ? ms(s.stepPageMedianMs) : '-'} / ${s.stepPageBytes ? kb(s.stepPageBytes) : '-'} | ${s.mapPagesMs !== undefined ? seconds(s.mapPagesMs / 1000) : '-'} | ${s.peakTreeMB ? `${Math.round(s.peakTreeMB)} MB` : '-'}${s.peakProcessMB ? ` / ${Math.round(s.peakProcessMB)} MB` : ''} | ${s.outputBytes ? `${(s.outputBytes / 1e6).toFixed(0)} MB` : '-'} |`,
      );
    }
    out.push('');
    if (r.scaleFit) out.push(`Fitted growth: time ~ pages^${r.scaleFit.exponent.toFixed(2)}.`);
    const slow = r.scale.flatMap((s: any) =>
      (s.slowestPages ?? []).slice(0, 3).map((p: any) => `${s.steps} steps: \`${p.page}\` ${seconds(p.ms / 1000)}`),
    );
    if (slow.length) out.push(`Slowest single pages (Astro's timings): ${slow.join('; ')}.`);
    for (const s of r.scale) if (s.note) out.push(`- ${s.steps} steps: ${s.note}`);
    out.push('');
    out.push(
      "The design's \"4,000 pages\" counts one page per step, version and locale; the site renders every step of every version at its pinned URL and the latest version's steps again at the unversioned URLs (plus each version's `/vN/` start and the flow's start), so a 1,000-step, 2-version flow in 2 locales is the page count above.",
    );
  }
  out.push('');

  // Findings.
  out.push('## Causes of missed and inconclusive figures');
  out.push('');
  out.push(...findings(r));
  out.push('');
  out.push('## Notes');
  out.push('');
  out.push(NOTES_START);
  out.push(notes || 'Write analysis here; the bench keeps this section when it rewrites the file.');
  out.push(NOTES_END);
  out.push('');
  return out.join('\n');
}

/** For each missed budget, where the cost comes from, from the measurements. */
function findings(r: any): string[] {
  const rows: Row[] = r.rows;
  const out: string[] = [];
  const missed = (prefix: string) => rows.some((row) => row.figure.startsWith(prefix) && ['MISSED', 'inconclusive'].includes(row.status));
  const pages: any[] = r.pages;
  const staticPages: any[] = r.staticPages;
  const partOf = (p: any, name: string) => (p.anatomy.parts as Part[]).find((x) => x.part.startsWith(name));
  if (missed('Step pages: first render')) {
    const over = pages.filter((p) => p.firstRenderBytes > r.budgets.firstRenderBytes);
    const worst = staticPages.find((s) => s.path === [...over].sort((a, b) => b.firstRenderBytes - a.firstRenderBytes)[0]?.url);
    out.push(
      `- **First render over 14 KB** on ${over.length} of ${pages.length} step pages (${[...new Set(over.map((p) => p.kind))].join(', ')}). ${
        worst
          ? `The worst, \`${worst.path}\`, is ${kb(worst.gzip)} gzip: ${(worst.anatomy.parts as Part[])
              .sort((a, b) => b.gzipBytes - a.gzipBytes)
              .map((x) => `${x.part} ${kb(x.gzipBytes)}`)
              .join(', ')}.`
          : ''
      }`,
    );
  }
  if (missed('Step pages: render-blocking'))
    out.push(`- **Render-blocking scripts**: ${rows.find((row) => row.figure.startsWith('Step pages: render-blocking'))?.detail}.`);
  for (const kind of ['question', 'advice', 'contact']) {
    const label = kind === 'contact' ? 'JavaScript on the contact page' : `JavaScript on ${kind} pages`;
    if (!missed(label)) continue;
    const worst = pages.filter((p) => p.kind === kind).sort((a, b) => b.jsBodyBytes - a.jsBodyBytes)[0];
    const js = worst.requestsDetail.filter((x: any) => !x.prefetch && (x.resourceType === 'Script' || /javascript/.test(x.mimeType ?? '')));
    out.push(
      `- **${label}: ${kb(worst.jsBodyBytes)} gzip** on \`${worst.url}\`: ${js.map((x: any) => `\`${x.url}\` ${kb(x.body ?? x.transferred)}`).join(', ')}.`,
    );
  }
  if (missed('LCP')) {
    const over = pages.filter((p) => p.lcpMs > r.budgets.lcpMs).sort((a, b) => b.lcpMs - a.lcpMs);
    const bare = median(r.bare.map((b: any) => b.lcpMs).filter(Number.isFinite));
    out.push(
      `- **LCP over 1.2 s** on ${over.length} of ${pages.length} step pages (worst, median of 3 loads: ${over
        .slice(0, 3)
        .map((p) => `\`${p.url}\` ${ms(p.lcpMs)}, ${kb(p.bytes.html)} HTML, LCP element ${p.lcpElement ?? '?'}`)
        .join(
          '; ',
        )}). The bare 2 KB reference page took ${ms(bare)} under the same conditions, so the page itself adds ${ms(median(over.map((p) => p.lcpMs))! - (bare ?? 0))} at the median of those pages: with 562.5 ms per request, one document round trip is most of the budget, and every extra KB of HTML costs about ${((1024 / r.conditions.network.downloadThroughput) * 1000).toFixed(0)} ms at 1.44 Mbit/s plus parsing at 4x slowdown.`,
    );
  }
  if (missed('Click on an answer to next heading visible')) {
    const ref = r.journeys.reference ?? {};
    const free = r.journeys.noDevTools ?? { arrivals: [], reference: [] };
    const freeMedian = median(free.arrivals.map((a: any) => a.ms));
    const freeRef = median(free.reference.map((a: any) => a.ms));
    out.push(
      `- **Click to heading**, driven through the DevTools Protocol (Playwright): median ${ms(r.journeys.js.medianMs)} with JavaScript (${r.journeys.js.prefetched} of ${r.journeys.js.clicks} clicks to prefetched pages), ${ms(r.journeys.nojs.medianMs)} without (${r.journeys.nojs.prefetched} prefetched; without JavaScript the speculation rules do not run, so each click fetches the next document). A click between two bare pages took ${ms(ref.js?.medianMs)} / ${ms(ref.nojs?.medianMs)} the same way, so the site adds ${ms((r.journeys.js.medianMs ?? 0) - (ref.js?.medianMs ?? 0))} / ${ms((r.journeys.nojs.medianMs ?? 0) - (ref.nojs?.medianMs ?? 0))} over a page with nothing in it; the rest is the floor of a navigation in this headless Chromium on ${r.machine.cpus} virtual CPUs with the protocol attached, which instruments every navigation.${freeMedian !== undefined ? ` With no DevTools client attached (the pages drive themselves) the same clicks take ${ms(freeMedian)} at the median (bare pages, not prefetched: ${ms(freeRef)}); that is the figure a person gets, and the one the budget is held to.` : ''} Without JavaScript there is no way to drive the pages but the protocol, so that figure has only its floor to be compared with. ${r.machine.loadAverageAtStart[0] > r.machine.cpus ? 'The machine was also busy (load above its CPUs): rerun it idle before acting on these figures.' : 'The machine was idle.'} ADR 002 records what else was tried (prerendering, a client-side swap) and what it measured.`,
    );
  }
  if (missed('Build of a generated') || missed('Build time growth')) {
    const done = r.scale.filter((s: any) => s.stepPageBytes);
    const sizes = done.map((s: any) => `${kb(s.stepPageBytes, 0)} at ${s.steps} steps`).join(', ');
    const site = staticPages.find((p) => p.kind === 'question');
    const json = site ? partOf(site, 'JSON data') : undefined;
    const slow = r.scale.flatMap((s: any) =>
      (s.slowestPages ?? [])
        .filter((p: any) => /\/map\//.test(p.page))
        .map((p: any) => `${seconds(p.ms / 1000)} for \`${p.page}\` at ${s.steps} steps`),
    );
    const hooks = r.scale
      .filter((s: any) => s.waitedFor)
      .map(
        (s: any) =>
          `${s.waitedFor.join(', ')} at ${s.steps} steps (pages rendered after ${seconds(s.pagesRenderedSeconds, 0)}, build ${s.status === 'done' ? `done after ${seconds(s.seconds, 0)}` : `stopped at ${seconds(s.seconds, 0)}`})`,
      );
    const biggest = done.at(-1);
    const biggestJson = biggest?.stepPageParts?.find((x: Part) => x.part.startsWith('JSON data'));
    out.push(
      `- **Build time grows faster than pages.** A step page's size grows with the number of steps in its version (${sizes}), so total work is quadratic: each page embeds the words of every step of its version${biggestJson ? ` (at ${biggest.steps} steps, ${kb(biggestJson.rawBytes, 0)} of the ${kb(biggest.stepPageBytes, 0)} page is JSON data)` : ''}. On this site's pages that JSON data is ${json ? `${kb(json.rawBytes)} raw, ${kb(json.gzipBytes)} of the gzip size` : 'present'}.${slow.length ? ` The staff map page is the slowest single page: ${slow.join(', ')}.` : ''}${hooks.length ? ` After rendering, the build waited for ${hooks.join('; ')}.` : ''}`,
    );
  }
  if (missed('mailto'))
    out.push(
      `- **mailto** longer than 1,900 characters or incomplete text: ${r.mailto.failures
        .slice(0, 3)
        .map((f: any) => `${f.problem} (${f.sample.slice(0, 80)}...)`)
        .join('; ')}.`,
    );
  if (!out.length) out.push('None: every measured budget is met.');
  return out;
}

export { percentile };
