/**
 * The walks the bench times, generated from the flows: for a few branches of each flow's
 * latest version, in each locale, a walk that takes every kind of step change.
 */
import { LOCALES, flows, journeys as simplePaths, title, type Journey as SimplePath } from '../../e2e/support/flows.ts';
import { answerPath, latestStepPath } from '../../src/lib/flows/urls.ts';
import type { Locale } from '../../src/schemas/flow.ts';

export const KINDS = ['answer', 'back', 'change', 'start over', 'language', 'history'] as const;
export type Kind = (typeof KINDS)[number];

export interface Action {
  kind: Kind;
  /** What the driver clicks (for `history`: nothing, it calls `history.back()`). */
  selector: string;
  /** Where it should land, and the heading it should show there. */
  to: string;
  heading: string;
}

export interface Walk {
  name: string;
  start: string;
  actions: Action[];
}

const other = (locale: Locale): Locale => LOCALES.find((l) => l !== locale)!;

/** `branches` branches per flow (the longest path behind each of the first answers), in every locale. */
export function plannedWalks(branches = 3): Walk[] {
  return flows.flatMap((flow) => {
    const linkOnly = simplePaths().filter(
      (p) => p.flow === flow && p.locale === LOCALES[0] && p.steps.length >= 4 && p.steps.every((s, i) => !dateAnswered(p, i, s)),
    );
    const byFirst = new Map<string, SimplePath>();
    for (const p of linkOnly) if ((byFirst.get(p.events[0]!)?.steps.length ?? 0) < p.steps.length) byFirst.set(p.events[0]!, p);
    const chosen = [...byFirst.values()].sort((a, b) => b.steps.length - a.steps.length).slice(0, branches);
    return LOCALES.flatMap((locale) => chosen.map((p) => walk({ ...p, locale, name: `${locale} ${p.name.slice(3)}` })));
  });
}

function dateAnswered(p: SimplePath, i: number, stepId: string): boolean {
  const step = p.version.steps.find((s) => s.id === stepId)!;
  return !!step.dateAnswer && step.dateAnswer.event === p.events[i];
}

/**
 * Answers to the end of the path with, on the way: Back after the second answer (then the
 * answer again), Change on the second trail line, the browser's own back button, the
 * language switch there and back, and Start over.
 */
function walk(p: SimplePath): Walk {
  const { version, flow } = p;
  const stepOf = (id: string) => version.steps.find((s) => s.id === id)!;
  const at = (locale: Locale, id: string) => ({
    to: latestStepPath(locale, flow, stepOf(id)),
    heading: title(version, locale, id),
  });
  const answer = (i: number): Action => {
    const key = stepOf(p.steps[i]!).answers.find((a) => a.event === p.events[i])!.key;
    const page = { locale: p.locale, flow, version, pinned: false };
    return {
      kind: 'answer',
      selector: `a.answer[data-answer="${key}"]`,
      to: answerPath(page, stepOf(p.steps[i + 1]!)),
      heading: title(version, p.locale, p.steps[i + 1]!),
    };
  };
  const last = p.steps.length - 1;
  const actions: Action[] = [answer(0), answer(1), { kind: 'back', selector: 'a[data-back]', ...at(p.locale, p.steps[1]!) }, answer(1)];
  for (let i = 2; i < last; i++) actions.push(answer(i));
  actions.push(
    { kind: 'change', selector: '#trail li:nth-child(2) a.change', ...at(p.locale, p.steps[1]!) },
    answer(1),
    { kind: 'history', selector: '', ...at(p.locale, p.steps[1]!) },
    { kind: 'language', selector: 'a.lang-switch', ...at(other(p.locale), p.steps[1]!) },
    { kind: 'language', selector: 'a.lang-switch', ...at(p.locale, p.steps[1]!) },
    { kind: 'start over', selector: 'a[data-start-over]', ...at(p.locale, p.steps[0]!) },
  );
  return { name: p.name, start: latestStepPath(p.locale, flow, stepOf(p.steps[0]!)), actions };
}

/** The answers of a walk only (the walk without JavaScript, where the trail and Back do not exist). */
export function answersOnly(w: Walk): Walk {
  const answers = w.actions.filter((a) => a.kind === 'answer');
  return { ...w, actions: answers.filter((_, i) => i !== 2 && i !== answers.length - 1) };
}
