import { StepMetaSchema, OutcomeTagSchema } from '../../schemas/step-meta.ts';
import type { OutcomeTag } from '../../schemas/step-meta.ts';
import type { AnswerInfo, DateAnswerInfo, StepInfo } from './model.ts';
import { answerKey, toKebab } from './slug.ts';
import type { Problem } from './problem.ts';

interface RawState {
  type?: string;
  meta?: unknown;
  tags?: unknown;
  on?: Record<string, unknown>;
  states?: unknown;
}

interface MachineLike {
  config?: { initial?: unknown; states?: Record<string, RawState> };
}

function transitionTarget(transition: unknown): string | undefined {
  if (typeof transition === 'string') return transition;
  if (Array.isArray(transition)) return transition.length === 1 ? transitionTarget(transition[0]) : undefined;
  if (transition && typeof transition === 'object' && 'target' in transition)
    return transitionTarget((transition as { target: unknown }).target);
  return undefined;
}

/** The guarded branches of a transition (`[{ guard, target }, ..., { target }]`), or a problem. */
function branchesOf(transition: unknown): { branches: DateAnswerInfo['branches'] } | { problem: string } {
  const list = Array.isArray(transition) ? transition : [transition];
  const branches: DateAnswerInfo['branches'] = [];
  for (const [i, item] of list.entries()) {
    const target = transitionTarget(item);
    if (target === undefined) return { problem: `branch ${i + 1} must lead to exactly one step, written as its id` };
    const guard = item && typeof item === 'object' && 'guard' in item ? (item as { guard: unknown }).guard : undefined;
    if (guard !== undefined && typeof guard !== 'string')
      return { problem: `branch ${i + 1} must name its guard (a string declared in setup({ guards }))` };
    branches.push({ ...(guard ? { guard } : {}), target });
  }
  if (branches.length < 2) return { problem: 'a date answer needs guarded branches, written [{ guard, target }, { target }]' };
  if (branches.at(-1)!.guard !== undefined) return { problem: 'the last branch must have no guard, so that every date leads somewhere' };
  if (branches.slice(0, -1).some((b) => b.guard === undefined)) return { problem: 'only the last branch may have no guard' };
  return { branches };
}

/**
 * Reads the steps of a flat machine (states = steps, events = answers) from its config.
 * Pure: returns the steps it could read and a problem for everything it could not.
 */
export function readSteps(machine: unknown, where: Pick<Problem, 'file' | 'flow' | 'version'>): { steps: StepInfo[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (step: string | undefined, field: string | undefined, message: string) =>
    problems.push({ ...where, ...(step !== undefined ? { step } : {}), ...(field !== undefined ? { field } : {}), message });

  const config = (machine as MachineLike | null)?.config;
  const states = config?.states;
  if (!config || !states || typeof states !== 'object') {
    add(undefined, 'default export', 'is not a machine with states; export setup({...}).createMachine({ initial, states }) as default');
    return { steps: [], problems };
  }
  const ids = Object.keys(states);
  if (typeof config.initial !== 'string' || !ids.includes(config.initial)) {
    add(undefined, 'initial', `names "${String(config.initial)}", which is not a step; set it to one of: ${ids.join(', ')}`);
  }

  const steps: StepInfo[] = [];
  for (const id of ids) {
    const state = states[id] ?? {};
    if (!/^[a-z][A-Za-z0-9]*$/.test(id))
      add(id, undefined, 'step ids are camelCase (letters and digits, starting lower-case); rename the state');
    if (state.states) add(id, 'states', 'nested states are not supported: a step is one page; move the child states up beside it');
    const meta = StepMetaSchema.safeParse(state.meta);
    if (!meta.success) {
      for (const issue of meta.error.issues)
        add(id, ['meta', ...issue.path].join('.'), `${issue.message}; every state needs meta: { kind, answers }`);
      continue;
    }
    const tags = Array.isArray(state.tags) ? state.tags : state.tags === undefined ? [] : [state.tags];
    const okTags: OutcomeTag[] = [];
    tags.forEach((tag, i) => {
      const parsed = OutcomeTagSchema.safeParse(tag);
      if (parsed.success) okTags.push(parsed.data);
      else add(id, `tags[${i}]`, `"${String(tag)}" is not a known tag; use one of ${OutcomeTagSchema.options.join(', ')}`);
    });
    const on = state.on ?? {};
    const answers: AnswerInfo[] = [];
    meta.data.answers.forEach((event, i) => {
      const target = transitionTarget(on[event]);
      if (!(event in on)) add(id, `meta.answers[${i}]`, `answer "${event}" has no transition; add on: { '${event}': 'nextStep' }`);
      else if (target === undefined) add(id, `on["${event}"]`, 'must lead to exactly one step, written as its id');
      else {
        answers.push({ event, key: answerKey(event), target });
      }
    });
    let dateAnswer: DateAnswerInfo | undefined;
    const dateEvent = meta.data.dateAnswer;
    if (dateEvent !== undefined) {
      const read =
        dateEvent in on
          ? branchesOf(on[dateEvent])
          : { problem: `has no transition; add on: { '${dateEvent}': [{ guard, target }, { target }] }` };
      if ('problem' in read) add(id, `on["${dateEvent}"]`, read.problem);
      else dateAnswer = { event: dateEvent, key: answerKey(dateEvent), branches: read.branches };
      if (meta.data.answers.includes(dateEvent))
        add(id, 'meta.dateAnswer', 'is also listed in meta.answers; a date answer is not a link, list it in meta.dateAnswer only');
    }
    for (const event of Object.keys(on)) {
      if (event === dateEvent) continue;
      if (!meta.data.answers.includes(event))
        add(
          id,
          `on["${event}"]`,
          `event "${event}" is not listed in meta.answers, so no page offers it; list it there or remove the transition`,
        );
    }
    if (new Set(meta.data.answers).size !== meta.data.answers.length) add(id, 'meta.answers', 'lists an answer twice; keep each once');
    steps.push({
      id,
      slug: toKebab(id),
      kind: meta.data.kind,
      answers,
      tags: okTags,
      ...(meta.data.action ? { action: meta.data.action } : {}),
      ...(dateAnswer ? { dateAnswer } : {}),
      initial: id === config.initial,
      final: state.type === 'final',
    });
  }
  return { steps, problems };
}
