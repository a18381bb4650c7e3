/**
 * The report's figures from the counted view signals (ADR 008), a pure function of the
 * flows, the signals and the period: per flow, version and locale (and all locales), the
 * views of each step, how each question was answered, where people stop, the outcomes
 * reached, the answers to "Did this solve it?", and the same by ISO week.
 *
 * An edge (the step left and the answer given) is known only with JavaScript, on the view
 * of the step it led to; it counts only when the flow has it (the answer leads from that
 * step to this one), otherwise the view counts without it. Drop-off is what the views of a
 * step leave unexplained by the answers recorded there, bounded by what people without
 * JavaScript could account for (`DropOff`).
 */
import type { Config } from '../../src/schemas/config.ts';
import { LOCALES, type Locale } from '../../src/schemas/flow.ts';
import {
  answerLabel,
  latestVersion,
  stepTitle,
  versionIndex,
  type FlowModel,
  type StepInfo,
  type VersionModel,
} from '../../src/lib/flows/model.ts';
import { answerName, toKebab } from '../../src/lib/flows/slug.ts';
import { t } from '../../src/lib/i18n/index.ts';
import type { UiKey } from '../../src/lib/i18n/keys.ts';
import { HELP_LINE_ANSWER } from '../../src/lib/trail.ts';
import { toPlain } from '../../src/lib/text.ts';
import type { Signal } from '../../src/lib/view-signal.ts';
import { DATE_ANSWER } from '../../src/lib/view-signal-edge.ts';
import type { DatedSignal } from './classify.ts';
import { isoWeek, weekDays } from './weeks.ts';

/** The days counted, both included (YYYY-MM-DD); open ends take every day the logs have. */
export interface Period {
  from?: string;
  to?: string;
}

export type Tag = 'solved' | 'coordinator' | 'support';
const TAGS: readonly Tag[] = ['solved', 'coordinator', 'support'];

/** The locales of a section: one, or all together. */
type SectionLocale = Locale | 'all';

/** One way out of a step: a link answer (its content key), a date answer's branch (`key#i`) or the help line. */
interface AnswerCount {
  /** The content key, `dateKey#branch`, or `help-line`: the graph picture's keys (`edgesOf`). */
  id: string;
  label: string;
  /** The step id it leads to. */
  target: string;
  count: number;
}

/**
 * Of the views of a step, those no recorded answer explains: `noAnswer`. Some of these people
 * went on without JavaScript (their next view carries no edge): at most the edgeless views of
 * the steps this one leads to (`wentOnWithoutJsAtMost`). The rest stopped here: at least
 * `stoppedAtLeast`, at most `noAnswer`.
 */
interface DropOff {
  answered: number;
  noAnswer: number;
  wentOnWithoutJsAtMost: number;
  stoppedAtLeast: number;
}

export interface StepFigures {
  id: string;
  slug: string;
  title: string;
  kind: string;
  tag?: Tag;
  initial: boolean;
  final: boolean;
  views: number;
  /** Views that carried the edge that led to them (with JavaScript, from another step). */
  viewsWithEdge: number;
  viewsWithoutEdge: number;
  /** Views with an edge that this version does not have (an old page, a forged request): counted as views only. */
  unmatchedEdges: number;
  /** The ways out of the step with how often each was taken; empty on final steps. */
  answers: AnswerCount[];
  dropOff?: DropOff;
  /** "Did this solve it?" on final steps. */
  solved?: { yes: number; no: number };
}

export interface WeekFigures {
  week: string;
  /** Part of the week is outside the period. */
  partial: boolean;
  starts: number;
  views: number;
  outcomes: Record<Tag, number>;
  solvedYes: number;
  solvedNo: number;
}

export interface Section {
  locale: SectionLocale;
  /** Views of the first step: people who started (or came back to the start). */
  starts: number;
  views: number;
  steps: StepFigures[];
  outcomes: Record<Tag, number>;
  solvedYes: number;
  solvedNo: number;
  weeks: WeekFigures[];
}

export interface VersionFigures {
  version: number;
  published: string;
  latest: boolean;
  /** The version's locales, then all of them together. */
  sections: Section[];
}

export interface FlowFigures {
  flow: string;
  title: string;
  /** Versions with at least one signal in the period, newest first. */
  versions: VersionFigures[];
  /** All versions and locales together, by week. */
  weeks: WeekFigures[];
  outcomes: Record<Tag, number>;
  starts: number;
  solvedYes: number;
  solvedNo: number;
}

export interface Figures {
  /** The period counted: as asked, or the first and last day with a signal. */
  period: { from?: string; to?: string };
  counted: number;
  /** Signals outside the period. */
  outsidePeriod: number;
  /** Signals naming a flow, version or step the site does not have (another build, a forged request). */
  unknownStep: number;
  flows: FlowFigures[];
}

/** A raw tally of one flow version in one locale and week. */
interface Tally {
  views: Map<string, number>;
  viewsWithEdge: Map<string, number>;
  unmatched: Map<string, number>;
  /** `${stepId}\0${answerId}` -> count. */
  edges: Map<string, number>;
  solvedYes: Map<string, number>;
  solvedNo: Map<string, number>;
}

function newTally(): Tally {
  return { views: new Map(), viewsWithEdge: new Map(), unmatched: new Map(), edges: new Map(), solvedYes: new Map(), solvedNo: new Map() };
}

function bump(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function mergeTallies(tallies: Iterable<Tally>): Tally {
  const sum = newTally();
  for (const tally of tallies) for (const key of Object.keys(sum) as (keyof Tally)[]) for (const [k, n] of tally[key]) bump(sum[key], k, n);
  return sum;
}

/** The answer id (content key, `key#branch` or `help-line`) an edge stands for, when the version leads that way from `from` to `to`. */
export function edgeId(version: VersionModel, from: StepInfo, to: StepInfo, answer: string): string | undefined {
  if (answer === HELP_LINE_ANSWER) return to.kind === 'contact' && from.id !== to.id ? HELP_LINE_ANSWER : undefined;
  if (answer === DATE_ANSWER) {
    const branch = from.dateAnswer?.branches.findIndex((b) => b.target === to.id) ?? -1;
    return branch >= 0 ? `${from.dateAnswer!.key}#${branch}` : undefined;
  }
  const link = from.answers.find((a) => a.target === to.id && (toKebab(a.key) === answer || answerName(a.event) === answer));
  return link?.key;
}

/** The ways out of a step, in the order a person sees them: link answers, the date answer's branches, the help line. */
function waysOut(version: VersionModel, step: StepInfo): { id: string; target: string }[] {
  const contact = versionIndex(version).contact;
  return [
    ...step.answers.map((a) => ({ id: a.key, target: a.target })),
    ...(step.dateAnswer?.branches.map((b, i) => ({ id: `${step.dateAnswer!.key}#${i}`, target: b.target })) ?? []),
    ...(contact && !step.final && step.id !== contact.id ? [{ id: HELP_LINE_ANSWER, target: contact.id }] : []),
  ];
}

/** The English label of a way out (the report is written in English). */
function label(version: VersionModel, step: StepInfo, id: string, config: Config): string {
  if (id === HELP_LINE_ANSWER) return `Help line: “${t('en', 'step.help')}”`;
  const [key, branch] = id.split('#');
  if (branch === undefined) return answerLabel(version, 'en', step.id, key!, config);
  const guard = step.dateAnswer!.branches[Number(branch)]!.guard;
  const words = t('en', (guard ? `map.guard.${guard}` : 'map.guard.otherwise') as UiKey);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function sum(map: Map<string, number>, keys?: Iterable<string>): number {
  let total = 0;
  if (keys) for (const k of keys) total += map.get(k) ?? 0;
  else for (const n of map.values()) total += n;
  return total;
}

function tagOf(step: StepInfo): Tag | undefined {
  return step.final ? ((step.tags[0] as Tag | undefined) ?? 'support') : undefined;
}

function outcomesOf(version: VersionModel, tally: Tally): Record<Tag, number> {
  const outcomes = { solved: 0, coordinator: 0, support: 0 };
  for (const step of version.steps) if (step.final) outcomes[tagOf(step)!] += tally.views.get(step.id) ?? 0;
  return outcomes;
}

/** A week's line from its tally. */
function weekLine(version: VersionModel, week: string, tally: Tally, period: Period): WeekFigures {
  const { monday, sunday } = weekDays(week);
  return {
    week,
    partial: (period.from !== undefined && monday < period.from) || (period.to !== undefined && sunday > period.to),
    starts: tally.views.get(versionIndex(version).initial.id) ?? 0,
    views: sum(tally.views),
    outcomes: outcomesOf(version, tally),
    solvedYes: sum(tally.solvedYes),
    solvedNo: sum(tally.solvedNo),
  };
}

function addWeeks(into: Map<string, WeekFigures>, lines: readonly WeekFigures[]): void {
  for (const line of lines) {
    const was = into.get(line.week);
    if (!was) into.set(line.week, { ...line, outcomes: { ...line.outcomes } });
    else {
      was.starts += line.starts;
      was.views += line.views;
      was.solvedYes += line.solvedYes;
      was.solvedNo += line.solvedNo;
      for (const tag of TAGS) was.outcomes[tag] += line.outcomes[tag];
    }
  }
}

/** The figures of a version in one locale (or all), from its weekly tallies. */
function section(version: VersionModel, locale: SectionLocale, weekly: Map<string, Tally>, period: Period, config: Config): Section {
  const tally = mergeTallies(weekly.values());
  const steps = version.steps.map((step): StepFigures => {
    const views = tally.views.get(step.id) ?? 0;
    const viewsWithEdge = tally.viewsWithEdge.get(step.id) ?? 0;
    const figures: StepFigures = {
      id: step.id,
      slug: step.slug,
      title: stepTitle(version, 'en', step.id, config),
      kind: step.kind,
      ...(tagOf(step) ? { tag: tagOf(step) } : {}),
      initial: step.initial,
      final: step.final,
      views,
      viewsWithEdge,
      viewsWithoutEdge: views - viewsWithEdge,
      unmatchedEdges: tally.unmatched.get(step.id) ?? 0,
      answers: waysOut(version, step).map((way) => ({
        id: way.id,
        label: label(version, step, way.id, config),
        target: way.target,
        count: tally.edges.get(`${step.id}\0${way.id}`) ?? 0,
      })),
    };
    if (step.final) figures.solved = { yes: tally.solvedYes.get(step.id) ?? 0, no: tally.solvedNo.get(step.id) ?? 0 };
    return figures;
  });
  // Drop-off needs every step's edgeless views, so it comes once all steps are counted.
  const edgeless = new Map(steps.map((s) => [s.id, s.viewsWithoutEdge]));
  for (const figures of steps) {
    if (figures.final) continue;
    const answered = figures.answers.reduce((total, a) => total + a.count, 0);
    const noAnswer = Math.max(0, figures.views - answered);
    const targets = new Set(figures.answers.map((a) => a.target));
    const wentOnWithoutJsAtMost = Math.min(noAnswer, sum(edgeless, targets));
    figures.dropOff = { answered, noAnswer, wentOnWithoutJsAtMost, stoppedAtLeast: noAnswer - wentOnWithoutJsAtMost };
  }
  return {
    locale,
    starts: tally.views.get(versionIndex(version).initial.id) ?? 0,
    views: sum(tally.views),
    steps,
    outcomes: outcomesOf(version, tally),
    solvedYes: sum(tally.solvedYes),
    solvedNo: sum(tally.solvedNo),
    weeks: [...weekly].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, weekTally]) => weekLine(version, week, weekTally, period)),
  };
}

/**
 * Counts the signals into the report's figures. Pure: the flows and configuration (for the
 * English words) come in, nothing is read or written.
 */
export function aggregate(flows: readonly FlowModel[], signals: Iterable<DatedSignal>, period: Period, config: Config): Figures {
  // flow -> version -> locale -> week -> tally
  const tallies = new Map<string, Map<number, Map<Locale, Map<string, Tally>>>>();
  const byFlow = new Map(flows.map((f) => [f.id, f]));
  let counted = 0;
  let outsidePeriod = 0;
  let unknownStep = 0;
  let first: string | undefined;
  let last: string | undefined;
  const resolve = (signal: Signal) => {
    const version = byFlow.get(signal.flow)?.versions.find((v) => v.version === signal.version);
    const step = version?.steps.find((s) => s.slug === signal.step);
    return version && step ? { version, step } : undefined;
  };
  for (const { day, signal } of signals) {
    if ((period.from && day < period.from) || (period.to && day > period.to)) {
      outsidePeriod++;
      continue;
    }
    const found = resolve(signal);
    if (!found || (signal.kind === 'solved' && !found.step.final)) {
      unknownStep++;
      continue;
    }
    counted++;
    if (!first || day < first) first = day;
    if (!last || day > last) last = day;
    const { version, step } = found;
    const perVersion = tallies.get(signal.flow) ?? new Map<number, Map<Locale, Map<string, Tally>>>();
    tallies.set(signal.flow, perVersion);
    const perLocale = perVersion.get(version.version) ?? new Map<Locale, Map<string, Tally>>();
    perVersion.set(version.version, perLocale);
    const perWeek = perLocale.get(signal.locale) ?? new Map<string, Tally>();
    perLocale.set(signal.locale, perWeek);
    const week = isoWeek(day);
    const tally = perWeek.get(week) ?? newTally();
    perWeek.set(week, tally);
    if (signal.kind === 'solved') {
      bump(signal.answer === 'yes' ? tally.solvedYes : tally.solvedNo, step.id);
      continue;
    }
    bump(tally.views, step.id);
    if (!signal.edge) continue;
    const from = version.steps.find((s) => s.slug === signal.edge!.from);
    const id = from && edgeId(version, from, step, signal.edge.answer);
    if (from && id) {
      bump(tally.viewsWithEdge, step.id);
      bump(tally.edges, `${from.id}\0${id}`);
    } else bump(tally.unmatched, step.id);
  }
  const shownPeriod = { from: period.from ?? first, to: period.to ?? last };
  const result: FlowFigures[] = [];
  for (const flow of flows) {
    const perVersion = tallies.get(flow.id);
    if (!perVersion) continue;
    const versions: VersionFigures[] = [...flow.versions]
      .reverse()
      .filter((v) => perVersion.has(v.version))
      .map((version) => {
        const perLocale = perVersion.get(version.version)!;
        const all = new Map<string, Tally>();
        for (const weekly of perLocale.values())
          for (const [week, tally] of weekly) all.set(week, all.has(week) ? mergeTallies([all.get(week)!, tally]) : tally);
        return {
          version: version.version,
          published: version.published,
          latest: version.version === flow.latest,
          sections: [
            ...LOCALES.map((locale) => section(version, locale, perLocale.get(locale) ?? new Map(), shownPeriod, config)),
            section(version, 'all', all, shownPeriod, config),
          ],
        };
      });
    const weeks = new Map<string, WeekFigures>();
    for (const v of versions) addWeeks(weeks, v.sections.at(-1)!.weeks);
    const alls = versions.map((v) => v.sections.at(-1)!);
    result.push({
      flow: flow.id,
      title: toPlain(latestVersion(flow).content.en.guide.title, config),
      versions,
      weeks: [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1)),
      outcomes: Object.fromEntries(TAGS.map((tag) => [tag, alls.reduce((n, s) => n + s.outcomes[tag], 0)])) as Record<Tag, number>,
      starts: alls.reduce((n, s) => n + s.starts, 0),
      solvedYes: alls.reduce((n, s) => n + s.solvedYes, 0),
      solvedNo: alls.reduce((n, s) => n + s.solvedNo, 0),
    });
  }
  return { period: shownPeriod, counted, outsidePeriod, unknownStep, flows: result };
}
