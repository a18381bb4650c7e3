/**
 * The flow model: what the site renders, built by the checks (check.ts) from a flow's
 * definition, and the lookups every page, test and tool shares. One module, so that
 * "the latest version", "a version's steps by id" and "a step's title" mean one thing.
 */
import type { Config } from '../../schemas/config.ts';
import type { FlowContent } from '../../schemas/content.ts';
import type { Locale } from '../../schemas/flow.ts';
import type { OutcomeTag, StepAction, StepKind } from '../../schemas/step-meta.ts';
import { toPlain } from '../text.ts';

/** One answer of a step: the event, its content key, and the step it leads to. */
export interface AnswerInfo {
  /** e.g. `user.answer.forgot-password` */
  event: string;
  /** e.g. `forgotPassword`: the key of its label in content files (`answerKey(event)`). */
  key: string;
  /** Step id it leads to. */
  target: string;
}

/** An answer that carries a date: its event, content key, and where each guarded branch leads (the last one unguarded). */
export interface DateAnswerInfo {
  event: string;
  key: string;
  branches: { guard?: string; target: string }[];
}

/** One step of a flow version, read from its machine. */
export interface StepInfo {
  id: string;
  /** kebab-case id used in URLs */
  slug: string;
  kind: StepKind;
  answers: AnswerInfo[];
  tags: OutcomeTag[];
  action?: StepAction;
  /** An answer with a date (scripts only), besides the link answers. */
  dateAnswer?: DateAnswerInfo;
  initial: boolean;
  final: boolean;
}

/** A checked version, ready to render. */
export interface VersionModel {
  version: number;
  published: string;
  notes: string;
  machine: unknown;
  steps: StepInfo[];
  initial: string;
  content: Record<Locale, FlowContent>;
  /** Example events of the answers that carry data (see FlowVersionSchema). */
  examples: { type: string }[];
}

/** A checked flow, ready to render. */
export interface FlowModel {
  id: string;
  latest: number;
  versions: VersionModel[];
  successors: Record<string, string>;
}

/** The version a flow's unversioned URLs show. */
/** The day the site's words last changed: the newest publication date of any version of `flows` (YYYY-MM-DD); undefined without flows. */
export function lastPublished(flows: readonly FlowModel[]): string | undefined {
  return flows
    .flatMap((flow) => flow.versions.map((v) => v.published))
    .sort()
    .at(-1);
}

export function latestVersion(flow: FlowModel): VersionModel {
  const latest = flow.versions.find((v) => v.version === flow.latest);
  if (!latest) throw new Error(`flow ${flow.id} has no version ${flow.latest}`);
  return latest;
}

/** A version's steps by id, its first step and its contact step. */
interface VersionIndex {
  byId: Map<string, StepInfo>;
  initial: StepInfo;
  contact: StepInfo | undefined;
}
const indexes = new WeakMap<VersionModel, VersionIndex>();

/** A version's steps by id, its first step and its contact step, worked out once per version (not once per page). */
export function versionIndex(version: VersionModel): VersionIndex {
  let index = indexes.get(version);
  if (!index) {
    index = {
      byId: new Map(version.steps.map((s) => [s.id, s])),
      initial: version.steps.find((s) => s.initial)!,
      contact: version.steps.find((s) => s.kind === 'contact'),
    };
    indexes.set(version, index);
  }
  return index;
}

/** The words of a version in one locale. */
export function contentOf(version: VersionModel, locale: Locale): FlowContent {
  return version.content[locale];
}

/** One way out of a step: a link answer, or a branch of its date answer (keyed `dateKey#branch`). */
export interface Edge {
  event: string;
  key: string;
  target: string;
}

/** A step's ways out: its link answers, then its date answer's branches (keyed `dateKey#i`). */
export function edgesOf(step: StepInfo): Edge[] {
  return [
    ...step.answers.map((a) => ({ event: a.event, key: a.key, target: a.target })),
    ...(step.dateAnswer?.branches.map((b, i) => ({
      event: step.dateAnswer!.event,
      key: `${step.dateAnswer!.key}#${i}`,
      target: b.target,
    })) ?? []),
  ];
}

/** A link answer's label as plain text (configuration values filled in): for the trail, the map and e-mails. */
export function answerLabel(version: VersionModel, locale: Locale, stepId: string, key: string, config: Config): string {
  const label = contentOf(version, locale).steps[stepId]?.answers[key];
  if (label === undefined) throw new Error(`version ${version.version} has no answer ${key} at step ${stepId}`);
  return toPlain(label, config);
}

/** A step's title as plain text (configuration values filled in, no bold, no marks): for titles, links and e-mails. */
export function stepTitle(version: VersionModel, locale: Locale, stepId: string, config: Config): string {
  const step = contentOf(version, locale).steps[stepId];
  if (!step) throw new Error(`version ${version.version} has no step ${stepId}`);
  return toPlain(step.title, config);
}
