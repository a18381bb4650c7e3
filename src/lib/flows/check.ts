import { FlowSchema, LOCALES, type Flow, type Locale } from '../../schemas/flow.ts';
import { contentSchemaFor, contentStrings, type FlowContent } from '../../schemas/content.ts';
import { frenchTypographyProblems } from '../../schemas/inline-text.ts';
import { readSteps } from './steps.ts';
import { edgesOf, type FlowModel, type StepInfo, type VersionModel } from './model.ts';
import { flowFiles, type Problem } from './problem.ts';
import { fieldName, fieldProblems } from '../format-zod-error.ts';
import { stepAfter } from './transitions.ts';
import type { AnyStateMachine } from 'xstate';

/** Slugs that a step may not have, because the URL scheme uses them. */
const RESERVED_SLUG = /^(map|v\d+)$/;

/** The result of checking one flow: its model when nothing is wrong. */
interface FlowCheck {
  /** The flow's id, as its definition gives it. */
  id: string;
  problems: Problem[];
  model?: FlowModel;
}

function reachableFrom(initial: string, steps: readonly StepInfo[]): Set<string> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [initial];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    for (const edge of edgesOf(byId.get(id)!)) queue.push(edge.target);
  }
  return seen;
}

/**
 * The graph checks of one version's steps (file, step and what to do in each problem).
 * @internal Exported for its own unit tests; the build and the flow check call `checkFlow`.
 */
export function checkGraph(steps: readonly StepInfo[], where: Pick<Problem, 'file' | 'flow' | 'version'>): Problem[] {
  const problems: Problem[] = [];
  const add = (step: string, field: string | undefined, message: string) =>
    problems.push({ ...where, step, ...(field !== undefined ? { field } : {}), message });
  const ids = new Set(steps.map((s) => s.id));
  const initial = steps.find((s) => s.initial);
  const reachable = initial ? reachableFrom(initial.id, steps) : new Set<string>();
  const slugs = new Map<string, string>();
  for (const step of steps) {
    for (const answer of step.answers) {
      if (!ids.has(answer.target))
        add(
          step.id,
          `on["${answer.event}"]`,
          `leads to "${answer.target}", which is not a step; point it at an existing step or add that step`,
        );
    }
    for (const branch of step.dateAnswer?.branches ?? []) {
      if (!ids.has(branch.target))
        add(
          step.id,
          `on["${step.dateAnswer!.event}"]`,
          `leads to "${branch.target}", which is not a step; point it at an existing step or add that step`,
        );
    }
    if (initial && !reachable.has(step.id))
      add(step.id, undefined, `cannot be reached from the start ("${initial.id}"); add an answer that leads to it, or remove it`);
    if (step.final && step.kind !== 'outcome' && step.kind !== 'contact')
      add(step.id, 'meta.kind', `is a final step of kind "${step.kind}"; a final step must be an "outcome" or the "contact" step`);
    if (!step.final && step.answers.length === 0)
      add(step.id, 'meta.answers', 'has no way out; add at least one answer, or make it a final outcome (type: "final")');
    if (!step.final && step.kind === 'outcome')
      add(step.id, 'type', 'is an outcome but not final; add type: "final" (outcomes end the flow)');
    if (step.final && step.answers.length > 0)
      add(step.id, 'meta.answers', 'is final but lists answers; final steps end the flow, so remove them');
    if (step.kind === 'outcome' && step.tags.length === 0)
      add(step.id, 'tags', 'is an outcome without a tag; tag it solved, coordinator or support');
    if (step.kind === 'contact' && !step.tags.includes('support'))
      add(step.id, 'tags', 'is the contact step, so it must be tagged support');
    if (RESERVED_SLUG.test(step.slug))
      add(step.id, undefined, `its URL slug "${step.slug}" is reserved by the URL scheme; rename the step`);
    const clash = slugs.get(step.slug);
    if (clash) add(step.id, undefined, `has the same URL slug "${step.slug}" as step "${clash}"; rename one of them`);
    slugs.set(step.slug, step.id);
  }
  return problems;
}

/**
 * Checks one locale's words against the machine's steps: every key present, none unused.
 * @internal Exported for its own unit tests; the build and the flow check call `checkFlow`.
 */
export function checkContent(
  content: unknown,
  steps: readonly StepInfo[],
  where: Pick<Problem, 'file' | 'flow' | 'version' | 'locale'>,
): { problems: Problem[]; content?: FlowContent } {
  if (content === undefined)
    return {
      problems: [
        { ...where, message: "is missing; create it with the words of every step (copy another locale's file and translate the values)" },
      ],
    };
  const format = content && typeof content === 'object' && (content as { $format?: unknown }).$format === 2 ? 2 : 1;
  // From format 2, French words follow Quebec typography.
  const typography: Problem[] =
    format >= 2 && where.locale === 'fr'
      ? contentStrings(content).flatMap(({ path, text }) =>
          frenchTypographyProblems(text).map((message) => ({
            ...where,
            ...(path[0] === 'steps' && typeof path[1] === 'string' ? { step: path[1] } : {}),
            field: fieldName(path),
            message,
          })),
        )
      : [];
  // With the input in each issue: a value of the wrong type is not "missing".
  const parsed = contentSchemaFor(steps, format).safeParse(content, { reportInput: true });
  if (parsed.success) return typography.length ? { problems: typography } : { problems: [], content: parsed.data };
  const problems = fieldProblems(parsed.error.issues, {
    unknownKey: 'is not used by the machine; remove it (or fix its spelling to match a step or answer id)',
    missing: 'is missing; add the words for it',
  }).map(({ path, message }): Problem => {
    const step = path[0] === 'steps' && typeof path[1] === 'string' ? path[1] : undefined;
    return { ...where, ...(step ? { step } : {}), field: fieldName(path) || '(root)', message };
  });
  return { problems: [...problems, ...typography] };
}

/**
 * Runs every check of `docs/design.md` ("Graph checks") on one flow definition and returns its
 * problems, plus the model to render when there are none. Pure: no files, no clock.
 */
export function checkFlow(input: unknown, locales: readonly Locale[] = LOCALES): FlowCheck {
  const id = typeof input === 'object' && input && 'id' in input ? String((input as { id: unknown }).id) : '(unknown)';
  const registry = flowFiles.registry(id);
  const parsed = FlowSchema.safeParse(input);
  if (!parsed.success) {
    return {
      id,
      problems: parsed.error.issues.map((issue) => ({
        file: registry,
        flow: id,
        field: fieldName(issue.path) || '(root)',
        message: issue.message,
      })),
    };
  }
  const flow: Flow = parsed.data;
  const problems: Problem[] = [];
  const versions: VersionModel[] = [];
  for (const v of flow.versions) {
    const machineWhere = { file: flowFiles.machine(flow.id, v.version), flow: flow.id, version: v.version };
    const read = readSteps(v.machine, machineWhere);
    problems.push(...read.problems, ...checkGraph(read.steps, machineWhere));
    const content: Partial<Record<Locale, FlowContent>> = {};
    for (const locale of locales) {
      const checked = checkContent(v.content[locale], read.steps, {
        file: flowFiles.content(flow.id, v.version, locale),
        flow: flow.id,
        version: v.version,
        locale,
      });
      problems.push(...checked.problems);
      if (checked.content) content[locale] = checked.content;
    }
    for (const extra of Object.keys(v.content).filter((l) => !(locales as readonly string[]).includes(l))) {
      problems.push({
        file: registry,
        flow: flow.id,
        version: v.version,
        field: `versions[${v.version - 1}].content.${extra}`,
        message: `"${extra}" is not a locale of this site (${locales.join(', ')}); remove it or add the locale`,
      });
    }
    if (!read.problems.length)
      problems.push(...checkExamples(v.machine, read.steps, v.examples, { file: registry, flow: flow.id, version: v.version }));
    const initial = read.steps.find((s) => s.initial)?.id ?? '';
    versions.push({
      version: v.version,
      published: v.published,
      notes: v.notes,
      machine: v.machine,
      steps: read.steps,
      initial,
      content: content as Record<Locale, FlowContent>,
      examples: v.examples,
    });
  }
  problems.push(...checkSuccessors(flow, versions));
  return problems.length
    ? { id: flow.id, problems }
    : { id: flow.id, problems, model: { id: flow.id, latest: flow.latest, versions, successors: flow.successors } };
}

/**
 * The examples of the answers that carry data walk every branch: for each step's date
 * answer, sent from that step, the examples reach each of its branches' steps.
 * @internal Exported for its own unit tests; the build and the flow check call `checkFlow`.
 */
export function checkExamples(
  machine: unknown,
  steps: readonly StepInfo[],
  examples: readonly { type: string }[],
  where: Pick<Problem, 'file' | 'flow' | 'version'>,
): Problem[] {
  const problems: Problem[] = [];
  const dated = steps.filter((s) => s.dateAnswer);
  for (const example of examples) {
    if (!dated.some((s) => s.dateAnswer!.event === example.type))
      problems.push({
        ...where,
        field: 'examples',
        message: `has an example of "${example.type}", which is no step's date answer; remove it`,
      });
  }
  for (const step of dated) {
    const answer = step.dateAnswer!;
    const reached = new Set(examples.filter((e) => e.type === answer.event).map((e) => stepAfter(machine as AnyStateMachine, step.id, e)));
    for (const branch of answer.branches) {
      if (!reached.has(branch.target))
        problems.push({
          ...where,
          step: step.id,
          field: 'examples',
          message: `no example of "${answer.event}" leads to "${branch.target}"${branch.guard ? ` (guard ${branch.guard})` : ' (no guard)'}; add one, so the paths and the browser journeys walk that branch`,
        });
    }
  }
  return problems;
}

/** Every step id an older version published is in the latest version or mapped to a successor there. */
function checkSuccessors(flow: Flow, versions: readonly VersionModel[]): Problem[] {
  const problems: Problem[] = [];
  const file = flowFiles.registry(flow.id);
  const latest = versions.find((v) => v.version === flow.latest);
  if (!latest) return problems;
  const latestIds = new Set(latest.steps.map((s) => s.id));
  const olderIds = new Set(versions.filter((v) => v.version !== flow.latest).flatMap((v) => v.steps.map((s) => s.id)));
  for (const v of versions) {
    if (v.version === flow.latest) continue;
    for (const step of v.steps) {
      if (latestIds.has(step.id)) continue;
      const successor = flow.successors[step.id];
      if (successor === undefined)
        problems.push({
          file,
          flow: flow.id,
          version: v.version,
          step: step.id,
          field: 'successors',
          message: `v${flow.latest} (latest) has no step "${step.id}"; add successors: { ${step.id}: '<step of v${flow.latest}>' } so old links keep working`,
        });
    }
  }
  // A mapping's problem, named by the old step it maps.
  const mapping = (old: string, message: string) => problems.push({ file, flow: flow.id, step: old, field: `successors.${old}`, message });
  for (const [old, successor] of Object.entries(flow.successors)) {
    if (!latestIds.has(successor))
      mapping(old, `maps to "${successor}", which is not a step of v${flow.latest}; name a step of the latest version`);
    if (!olderIds.has(old)) mapping(old, 'is not a step of any older version; remove this mapping');
    else if (latestIds.has(old)) mapping(old, `still exists in v${flow.latest}, so it needs no successor; remove this mapping`);
  }
  return problems;
}
