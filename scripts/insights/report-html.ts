/**
 * The report as one self-contained HTML file (styles inline, no script, no request): what
 * was read, how to read it, then per flow its weekly trend and per version the map with
 * counts, the views of each step, the answers, where people stop, the outcomes and "Did
 * this solve it?". Light and dark follow the reader's setting; it prints on white.
 * Every count goes through `shown` (present.ts): 1 to 4 are "fewer than 5".
 */
import type { Config } from '../../src/schemas/config.ts';
import { longDate } from '../../src/lib/calendar.ts';
import { renderSvg, toDot, type EdgeWeight } from '../../src/lib/flows/graph-picture.ts';
import type { FlowModel } from '../../src/lib/flows/model.ts';
import { stepUrl } from '../../src/lib/flows/urls.ts';
import type { FlowFigures, Section, StepFigures, Tag, VersionFigures, WeekFigures } from './aggregate.ts';
import type { Figures } from './aggregate.ts';
import { weekDays } from './weeks.ts';
import { FEWER_THAN_SMALL, SMALL, share, showable, shown, type ReadSummary } from './present.ts';

const TAG_WORDS: Record<Tag, string> = {
  solved: 'Solved',
  coordinator: 'Sent to the coordinator',
  support: 'Sent to support',
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A count cell: the count as shown, right-aligned, with a bar scaled to `max` when the count may be shown. */
function countCell(n: number, max?: number): string {
  const small = !showable(n);
  const bar = max && !small && n > 0 ? `<span class="bar" style="--w:${Math.max(1, Math.round((100 * n) / max))}"></span>` : '';
  return `<td class="num${small ? ' small' : ''}">${bar}<span class="n">${escape(shown(n))}</span></td>`;
}

function shareCell(n: number, whole: number): string {
  return `<td class="num share">${share(n, whole) ?? ''}</td>`;
}

function sectionOf(version: VersionFigures, locale: 'en' | 'fr' | 'all'): Section {
  return version.sections.find((s) => s.locale === locale)!;
}

function stepIn(section: Section, id: string): StepFigures {
  return section.steps.find((s) => s.id === id)!;
}

function tagChip(tag: Tag | undefined): string {
  return tag ? ` <span class="chip ${tag}">${TAG_WORDS[tag]}</span>` : '';
}

function period(figures: Figures): string {
  const { from, to } = figures.period;
  if (!from || !to) return 'No view counted';
  return from === to ? longDate(from, 'en') : `${longDate(from, 'en')} to ${longDate(to, 'en')}`;
}

function readSummary(figures: Figures, read: ReadSummary): string {
  const { skipped } = read;
  const notCounted = [
    [skipped.notSignal, 'other requests: pages (prefetched or not), scripts, files'],
    [skipped.bot, 'from bots and scripts (their user agent)'],
    [skipped.status, 'not served (a status other than 200 or 304)'],
    [skipped.method, 'with another method than GET'],
    [figures.outsidePeriod, 'outside the period'],
    [figures.unknownStep, 'naming a step this site does not have'],
    [skipped.unreadable, 'unreadable lines'],
  ] as const;
  const plain = (n: number) => n.toLocaleString('en-CA');
  return `<section aria-labelledby="read"><h2 id="read">What was read</h2>
<p>${plain(read.files)} log file${read.files === 1 ? '' : 's'}, ${plain(read.lines)} line${read.lines === 1 ? '' : 's'}: <strong>${plain(figures.counted)}</strong> views and answers counted.</p>
<p>Not counted:</p><ul class="skipped">${notCounted.map(([n, what]) => `<li><span class="n">${plain(n)}</span> ${what}</li>`).join('')}</ul>
${read.problems.length ? `<p class="warning">Read in part: ${read.problems.map(escape).join('; ')}.</p>` : ''}</section>`;
}

function howToRead(): string {
  return `<section aria-labelledby="how"><h2 id="how">How to read this report</h2>
<ul>
<li><strong>A view is a page shown to a person.</strong> Each step page loads a tiny image when it is shown; the host's log records that request. A page the browser fetched ahead (a prefetch) loads no image and is not counted; a page shown again from the browser's memory (Back, Change, Start over) makes no request and is not counted again. Requests from bots are left out.</li>
<li><strong>Answers are known only with JavaScript.</strong> Then the image of the next step also says which step was left and which answer was given. Without JavaScript the next step is counted as a view, but not the answer that led to it.</li>
<li><strong>Where people stop</strong>: of the views of a step, those no recorded answer explains. Some of these people went on without JavaScript: at most as many as the next steps' views without a known answer. The rest stopped there: at least the last column, at most "no answer recorded".</li>
<li><strong>Outcomes</strong> are the views of the last steps: solved, sent to the coordinator, sent to support (the contact step).</li>
<li><strong>Small counts</strong>: from 1 to ${SMALL - 1}, a count is written "${FEWER_THAN_SMALL}", and its share is not given.</li>
<li>Nothing personal was kept: no cookie, no identifier; IP addresses and browsers' names were read only to leave bots out, and are not in this report.</li>
</ul></section>`;
}

function cards(flow: FlowFigures): string {
  const card = (label: string, n: number, cls = '') =>
    `<div class="card ${cls}"><dt>${label}</dt><dd${showable(n) ? '' : ' class="small"'}>${escape(shown(n))}</dd></div>`;
  return `<dl class="cards">${card('Started', flow.starts)}${(['solved', 'coordinator', 'support'] as const).map((tag) => card(`Ended: ${TAG_WORDS[tag].toLowerCase()}`, flow.outcomes[tag], tag)).join('')}${card('“Did this solve it?” Yes', flow.solvedYes, 'yes')}${card('No', flow.solvedNo, 'no')}</dl>`;
}

/** `2026-W49` -> `Nov 30 to Dec 6`. */
function weekSpan(week: string): string {
  const { monday, sunday } = weekDays(week);
  const short = (day: string) =>
    new Intl.DateTimeFormat('en-CA', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return `${short(monday)} to ${short(sunday)}`;
}

function weeksTable(weeks: readonly WeekFigures[], id: string): string {
  if (!weeks.length) return '';
  const max = Math.max(...weeks.map((w) => w.starts));
  return `<table aria-labelledby="${id}"><thead><tr><th scope="col">Week</th><th scope="col" class="num">Started</th><th scope="col" class="num">Solved</th><th scope="col" class="num">Coordinator</th><th scope="col" class="num">Support</th><th scope="col" class="num">Solved it: yes</th><th scope="col" class="num">No</th></tr></thead><tbody>
${weeks
  .map(
    (w) =>
      `<tr><th scope="row">${w.week} <span class="part">${weekSpan(w.week)}${w.partial ? ', in part' : ''}</span></th>${countCell(w.starts, max)}${countCell(w.outcomes.solved)}${countCell(w.outcomes.coordinator)}${countCell(w.outcomes.support)}${countCell(w.solvedYes)}${countCell(w.solvedNo)}</tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

/** Edge widths: 0 thin and dashed, 1 to 4 all alike, then in proportion to the largest count of the version. */
export function edgeWeight(n: number, max: number): EdgeWeight {
  if (n === 0) return { label: '0', penwidth: 0.75, dashed: true };
  if (!showable(n)) return { label: FEWER_THAN_SMALL, penwidth: 1.5 };
  return { label: shown(n), penwidth: 1.5 + (6.5 * n) / Math.max(n, max) };
}

async function picture(model: FlowModel, version: VersionFigures, config: Config, id: string): Promise<string> {
  const all = sectionOf(version, 'all');
  const v = model.versions.find((x) => x.version === version.version)!;
  const answers = new Map(all.steps.flatMap((s) => s.answers.map((a) => [`${s.id}\0${a.id}`, a] as const)));
  const max = Math.max(0, ...[...answers.values()].map((a) => a.count));
  const dot = toDot(
    v,
    {
      title: (step) => stepIn(all, step).title,
      answer: (step, key) => answers.get(`${step}\0${key}`)?.label ?? key,
      href: (step) => new URL(stepUrl({ locale: 'en', flow: model.id, pinned: v.version, slug: step.slug }), config.site).href,
    },
    {
      edge: (step, key) => edgeWeight(answers.get(`${step}\0${key}`)?.count ?? 0, max),
      node: (step) => `${shown(stepIn(all, step).views)} views`,
    },
  );
  const titles = Object.fromEntries([
    ['graph0', `Version ${v.version}, with counts`],
    ...all.steps.map((s) => [`node-${s.id}`, `${s.title}: ${shown(s.views)} views`]),
    ...all.steps.flatMap((s) =>
      s.answers
        .filter((a) => a.id !== 'help-line')
        .map((a) => [`edge-${s.id}-${a.id.replace('#', '-')}`, `${a.label} → ${stepIn(all, a.target).title}: ${shown(a.count)}`]),
    ),
  ]);
  const svg = (await renderSvg(dot, titles)).replace('aria-labelledby="graph-caption"', `aria-labelledby="${id}"`);
  return `<figure class="picture"><div class="scroll">${svg}</div><figcaption id="${id}">The map of version ${v.version} with each answer's count, all languages: a line's width follows its count (dashed: no one). The help line to the contact step is in the answers table, not drawn. Each step links to its page.</figcaption></figure>`;
}

function viewsTable(version: VersionFigures): string {
  const all = sectionOf(version, 'all');
  const max = Math.max(...all.steps.map((s) => s.views));
  return `<table><thead><tr><th scope="col">Step</th><th scope="col" class="num">Views</th><th scope="col" class="num">English</th><th scope="col" class="num">French</th><th scope="col" class="num">With the answer known</th></tr></thead><tbody>
${all.steps
  .map(
    (s) =>
      `<tr><th scope="row">${escape(s.title)}${tagChip(s.tag)}</th>${countCell(s.views, max)}${countCell(stepIn(sectionOf(version, 'en'), s.id).views)}${countCell(stepIn(sectionOf(version, 'fr'), s.id).views)}${s.initial ? '<td class="num share">first step</td>' : shareCell(s.viewsWithEdge, s.views)}</tr>`,
  )
  .join('\n')}
</tbody></table>`;
}

function answersTable(version: VersionFigures): string {
  const all = sectionOf(version, 'all');
  const groups = all.steps
    .filter((s) => s.answers.length)
    .map((s) => {
      const answered = s.dropOff!.answered;
      const max = Math.max(...s.answers.map((a) => a.count));
      return `<tbody><tr class="group"><th scope="rowgroup" colspan="5">${escape(s.title)} <span class="sub">${escape(shown(answered))} answers known, ${escape(shown(s.views))} views</span></th></tr>
${s.answers
  .map(
    (a) =>
      `<tr><th scope="row"><span class="answer">${escape(a.label)}</span> <span class="to">→ ${escape(stepIn(all, a.target).title)}</span></th>${countCell(a.count, max)}${countCell(answerIn(version, 'en', s.id, a.id))}${countCell(answerIn(version, 'fr', s.id, a.id))}${shareCell(a.count, answered)}</tr>`,
  )
  .join('\n')}</tbody>`;
    });
  return `<table class="answers"><thead><tr><th scope="col">Question and answer → next step</th><th scope="col" class="num">All</th><th scope="col" class="num">English</th><th scope="col" class="num">French</th><th scope="col" class="num">Share</th></tr></thead>${groups.join('\n')}</table>`;
}

function answerIn(version: VersionFigures, locale: 'en' | 'fr', step: string, id: string): number {
  return stepIn(sectionOf(version, locale), step).answers.find((a) => a.id === id)?.count ?? 0;
}

function dropOffTable(version: VersionFigures): string {
  const rows = sectionOf(version, 'all').steps.filter((s) => s.dropOff);
  return `<table class="stops"><thead><tr><th scope="col">Step</th><th scope="col" class="num">Views</th><th scope="col" class="num">Answered</th><th scope="col" class="num">No answer recorded</th><th scope="col" class="num">Went on without JavaScript, at most</th><th scope="col" class="num">Stopped here, at least</th></tr></thead><tbody>
${rows
  .map((s) => {
    const d = s.dropOff!;
    return `<tr><th scope="row">${escape(s.title)}</th>${countCell(s.views)}${countCell(d.answered)}${countCell(d.noAnswer)}${countCell(d.wentOnWithoutJsAtMost)}${countCell(d.stoppedAtLeast)}</tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

function outcomesTable(version: VersionFigures): string {
  const finals = sectionOf(version, 'all').steps.filter((s) => s.final);
  const max = Math.max(...finals.map((s) => s.views));
  return `<table><thead><tr><th scope="col">Outcome</th><th scope="col" class="num">Reached</th><th scope="col" class="num">English</th><th scope="col" class="num">French</th><th scope="col" class="num">“Did this solve it?” Yes</th><th scope="col" class="num">No</th></tr></thead><tbody>
${finals
  .map((s) => {
    const en = stepIn(sectionOf(version, 'en'), s.id);
    const fr = stepIn(sectionOf(version, 'fr'), s.id);
    return `<tr><th scope="row">${escape(s.title)}${tagChip(s.tag)}</th>${countCell(s.views, max)}${countCell(en.views)}${countCell(fr.views)}${countCell(s.solved!.yes)}${countCell(s.solved!.no)}</tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

async function versionSection(model: FlowModel, flow: FlowFigures, version: VersionFigures, config: Config): Promise<string> {
  const id = `${flow.flow}-v${version.version}`;
  const all = sectionOf(version, 'all');
  const unmatched = all.steps.reduce((n, s) => n + s.unmatchedEdges, 0);
  return `<section class="version" aria-labelledby="${id}">
<h3 id="${id}">Version ${version.version}${version.latest ? ' (latest)' : ''}, published ${longDate(version.published, 'en')}</h3>
<p>${escape(shown(all.views))} views: ${escape(shown(sectionOf(version, 'en').views))} in English, ${escape(shown(sectionOf(version, 'fr').views))} in French.${unmatched ? ` ${escape(shown(unmatched))} named an answer this version does not have, and count as views only.` : ''}</p>
${await picture(model, version, config, `${id}-picture`)}
<h4>Views of each step</h4>
${viewsTable(version)}
<h4>How each question was answered</h4>
${answersTable(version)}
<h4>Where people stop</h4>
${dropOffTable(version)}
<h4>Outcomes reached, and “Did this solve it?”</h4>
${outcomesTable(version)}
</section>`;
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #5a6472; --line: #d5dae1; --band: #f3f5f8; --bar: #9cbcf0; --accent: #1f5fbf;
  --solved: #d3efdb; --coordinator: #fbe6c2; --support: #f8d3dd; --chip-fg: #1b1f24; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #14171b; --fg: #e6e9ee; --muted: #a3acb9; --line: #39404a; --band: #1d2127; --bar: #35598f; --accent: #8db4f5; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 2rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; margin: 2.25rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
p, li { max-width: 60rem; }
.period { color: var(--muted); font-size: 1.1rem; margin: 0; }
.skipped { columns: 2 22rem; padding-left: 1.2rem; }
.skipped .n, td.num, .cards dd { font-variant-numeric: tabular-nums; }
.warning { border-left: 4px solid #c77700; padding-left: .75rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; background: var(--band); }
.card dt { font-size: .85rem; color: var(--muted); }
.card dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.card dd.small { font-size: 1rem; font-weight: 500; font-style: italic; color: var(--muted); padding-top: .45rem; }
.card.solved { border-top: 4px solid #3f9d5a; } .card.coordinator { border-top: 4px solid #d08a1d; } .card.support { border-top: 4px solid #c9496b; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: .85rem; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); vertical-align: bottom; }
th[scope=row] { font-weight: 500; }
.num { text-align: right; white-space: nowrap; }
td.num { position: relative; min-width: 5.5rem; }
td.num .n { position: relative; }
td.small .n { color: var(--muted); font-style: italic; font-size: .85rem; }
.bar { position: absolute; right: .3rem; top: .3rem; bottom: .3rem; width: calc((100% - .6rem) * var(--w) / 100); background: var(--bar); opacity: .55; border-radius: 2px; }
.share { color: var(--muted); }
tr.group th { background: var(--band); font-weight: 600; padding-top: .5rem; }
.sub, .to, .part { color: var(--muted); font-weight: 400; font-size: .88rem; }
.answers th[scope=row] { padding-left: 1.4rem; }
.stops th[scope=row] { min-width: 18rem; }
.stops thead th { max-width: 9rem; white-space: normal; }
.chip { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .45rem; border-radius: 1rem; color: var(--chip-fg); vertical-align: 1px; }
.chip.solved { background: var(--solved); } .chip.coordinator { background: var(--coordinator); } .chip.support { background: var(--support); }
/* The map is wider than the text: it takes the window's width, scaled to fit down to about half its natural size, then scrolls. */
.picture { margin: 1rem 0; width: min(calc(100vw - 3rem), 2300px); margin-left: 50%; transform: translateX(-50%); }
.picture .scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: .5rem; background: #fff; padding: .5rem; }
.picture svg { display: block; margin: 0 auto; width: 100%; min-width: 1150px; height: auto; }
.picture figcaption { max-width: 69.5rem; margin-left: auto; margin-right: auto; }
figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
.flow { margin-bottom: 3rem; }
footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; }
a { color: var(--accent); }
@page { margin: 1.5cm; }
@page picture { size: landscape; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --band: #f1f1f1; --bar: #c9d8f2; }
  body { font-size: 10.5pt; }
  header, main, footer { max-width: none; padding: 0; }
  .flow > h2 { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .card, figure { break-inside: avoid; }
  .picture .scroll { overflow: visible; border: 0; padding: 0; }
  .picture { page: picture; width: auto; margin-left: 0; transform: none; }
  .picture svg { min-width: 0; max-width: 100%; max-height: 17cm; width: auto; }
  .bar { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .chip, .card { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The whole report. */
export async function reportHtml(
  figures: Figures,
  read: ReadSummary,
  models: readonly FlowModel[],
  config: Config,
  { generated }: { generated: string },
): Promise<string> {
  const flows: string[] = [];
  for (const flow of figures.flows) {
    const model = models.find((m) => m.id === flow.flow)!;
    const versions: string[] = [];
    for (const version of flow.versions) versions.push(await versionSection(model, flow, version, config));
    const unseen = model.versions.filter((v) => !flow.versions.some((f) => f.version === v.version)).map((v) => v.version);
    flows.push(`<section class="flow" aria-labelledby="flow-${flow.flow}">
<h2 id="flow-${flow.flow}">${escape(flow.title)}</h2>
${cards(flow)}
<h3 id="flow-${flow.flow}-weeks">By week</h3>
${weeksTable(flow.weeks, `flow-${flow.flow}-weeks`)}
${versions.join('\n')}
${unseen.length ? `<p>No views of version${unseen.length > 1 ? 's' : ''} ${unseen.join(', ')} in this period.</p>` : ''}
</section>`);
  }
  const title = `Is the help guide helping? ${period(figures)}`;
  return `<!DOCTYPE html>
<html lang="en-CA">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Is the help guide helping?</h1>
<p class="period">${escape(period(figures))}</p>
</header>
<main>
${readSummary(figures, read)}
${howToRead()}
${flows.length ? flows.join('\n') : '<h2>No views</h2><p>No view of a step was counted in this period.</p>'}
</main>
<footer><p>Made on ${escape(longDate(generated.slice(0, 10), 'en'))} by <code>npm run insights</code> from the host's access logs (docs/adr/008-counting-views-from-logs.md). The same figures are in report.json.</p></footer>
</body>
</html>
`;
}
