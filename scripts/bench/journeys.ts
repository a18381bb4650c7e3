/**
 * The walks the bench times, generated from the flows: a few branches of each flow's latest
 * version, in each locale, each walk taking every kind of step change.
 */
import { config } from '../../src/config.ts';
import { siteFlows } from '../../src/site-flows.ts';
import { latestVersion, stepTitle, type FlowModel, type VersionModel } from '../../src/lib/flows/model.ts';
import { describePath, simplePaths } from '../../src/lib/flows/paths.ts';
import { answerUrl, latestStepUrl } from '../../src/lib/flows/urls.ts';
import { LOCALES, type Locale } from '../../src/schemas/flow.ts';

/** `history` is the browser's own back button (`history.back()`), the others are links. */
export const KINDS = ['answer', 'back', 'change', 'start over', 'language', 'history'] as const;
export type Kind = (typeof KINDS)[number];

/** What to click (a selector; none for `history`), where it should land, and the heading it should show there. */
type Action = { kind: Kind; selector: string; to: string; heading: string };
export type Walk = { name: string; start: string; actions: Action[] };

/** A way through the latest version of a flow: the steps visited and the answers taken (`simplePaths`). */
type Path = { flow: FlowModel; version: VersionModel; steps: string[]; events: string[] };

/** For `branches` of the first answers of each flow, the longest path behind it with links only, in every locale. */
export function plannedWalks(branches = 3): Walk[] {
  return siteFlows().flatMap((flow) => {
    const version = latestVersion(flow);
    const linkOnly = simplePaths(version.steps)
      .map((p): Path => ({ flow, version, ...p }))
      .filter((p) => p.steps.length >= 4 && !dated(p));
    const byFirst = new Map<string, Path>();
    for (const p of linkOnly) if ((byFirst.get(p.events[0]!)?.steps.length ?? 0) < p.steps.length) byFirst.set(p.events[0]!, p);
    const chosen = [...byFirst.values()].sort((a, b) => b.steps.length - a.steps.length).slice(0, branches);
    return LOCALES.flatMap((locale) => chosen.map((p) => walk(p, locale)));
  });
}

/** True when the path takes a date answer (a form, not a link). */
const dated = (p: Path) => p.events.some((e, i) => p.version.steps.find((s) => s.id === p.steps[i])!.dateAnswer?.event === e);

const title = (version: VersionModel, locale: Locale, step: string) => stepTitle(version, locale, step, config);

/**
 * Answers to the end of the path with, on the way: Back after the second answer (then that
 * answer again), Change on the second line of the trail (then that answer again), the
 * browser's back button, the language switch there and back, and Start over.
 */
function walk(p: Path, locale: Locale): Walk {
  const { version, flow, steps } = p;
  const stepOf = (id: string) => version.steps.find((s) => s.id === id)!;
  const at = (l: Locale, id: string) => ({ to: latestStepUrl(l, flow, stepOf(id)), heading: title(version, l, id) });
  const answer = (i: number): Action => ({
    kind: 'answer',
    selector: `a.answer[data-answer="${stepOf(steps[i]!).answers.find((a) => a.event === p.events[i])!.key}"]`,
    to: answerUrl({ locale, flow, version, pinned: false }, stepOf(steps[i + 1]!)),
    heading: title(version, locale, steps[i + 1]!),
  });
  const second = at(locale, steps[1]!);
  const other = LOCALES.find((l) => l !== locale)!;
  return {
    name: `${locale} ${flow.id}: ${describePath(p)}`,
    start: latestStepUrl(locale, flow, stepOf(steps[0]!)),
    actions: [
      ...[0, 1].map(answer),
      { kind: 'back', selector: 'a[data-back]', ...second },
      ...steps.slice(1, -1).map((_, i) => answer(i + 1)),
      { kind: 'change', selector: '#trail li:nth-child(2) a.change', ...second },
      answer(1),
      { kind: 'history', selector: '', ...second },
      { kind: 'language', selector: 'a.lang-switch', ...at(other, steps[1]!) },
      { kind: 'language', selector: 'a.lang-switch', ...second },
      { kind: 'start over', selector: 'a[data-start-over]', ...at(locale, steps[0]!) },
    ],
  };
}

/** The walk without JavaScript, where there is no trail and no Back: its answers, once each. */
export function answersOnly(w: Walk): Walk {
  const answers = w.actions.filter((a) => a.kind === 'answer');
  return { ...w, actions: answers.filter((_, i) => i !== 2 && i !== answers.length - 1) };
}
