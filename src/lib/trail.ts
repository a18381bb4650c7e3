/**
 * The trail: the answers given so far in this tab, kept in sessionStorage per flow and
 * version. Stored data is never trusted: anything that does not fit the flow is dropped.
 */
import { hasOwn } from './own.ts';
import { MAX_TRAIL } from './storage-keys.ts';

/**
 * The answer recorded when a person leaves a step for the contact step by its help line
 * ("Evaluation soon and still stuck?"): every step but the contact step has it in the
 * trail table, so the contact step keeps the trail and the way back. Not a content key
 * (those are camelCase), so it never meets one.
 */
export const HELP_LINE_ANSWER = 'help-line';

/** One answer given: at `step`, the answer `answer` (a content key). */
export interface TrailEntry {
  step: string;
  answer: string;
}

/** What the trail needs to know of a flow version: per step, answer key -> [label, target]. */
export interface TrailTable {
  steps: Record<string, { title: string; href: string; answers: Record<string, [label: string, target: string]> }>;
}

/** Longest stored text read: far more than any real trail, far less than a hostile one. */
const MAX_STORED_CHARS = 16_384;

/** A stored JSON list, or undefined when missing, oversized, corrupt or not a list. */
function storedList(raw: string | null): unknown[] | undefined {
  if (raw === null || raw.length > MAX_STORED_CHARS) return undefined;
  try {
    const data: unknown = JSON.parse(raw);
    return Array.isArray(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The queue of pending answers without those given at `step`, or undefined when it holds
 * none. A page shown again from the back/forward cache is one the tab came back to, so an
 * answer queued there was for a page now left behind; Firefox can bring such an answer
 * back into storage with the page, even after "Start over" removed it.
 */
export function pendingWithout(raw: string | null, step: string): unknown[] | undefined {
  const queue = storedList(raw);
  const kept = queue?.filter((item) => !(item && typeof item === 'object' && (item as { step?: unknown }).step === step));
  return kept && kept.length !== queue!.length ? kept : undefined;
}

/** Parses stored JSON into entries that exist in the table and follow each other; anything else gives []. */
export function parseTrail(raw: string | null, table: TrailTable): TrailEntry[] {
  const data = storedList(raw);
  if (!data || data.length > MAX_TRAIL) return [];
  const entries: TrailEntry[] = [];
  for (const item of data) {
    if (!item || typeof item !== 'object') return [];
    const { step, answer } = item as Record<string, unknown>;
    if (typeof step !== 'string' || typeof answer !== 'string') return [];
    if (!hasOwn(table.steps, step) || !hasOwn(table.steps[step]!.answers, answer)) return [];
    const previous = entries[entries.length - 1];
    if (previous && answerTarget(previous, table) !== step) return [];
    entries.push({ step, answer });
  }
  return entries;
}

/** The step an entry's answer leads to. */
function answerTarget(entry: TrailEntry, table: TrailTable): string {
  return table.steps[entry.step]!.answers[entry.answer]![1];
}

/**
 * Fits the trail to the page being shown: kept when its last answer leads here, cut back
 * when this step was visited earlier (back, or "Change"), emptied otherwise (a deep link).
 */
export function reconcileTrail(entries: readonly TrailEntry[], current: string, table: TrailTable): TrailEntry[] {
  const last = entries[entries.length - 1];
  if (last && answerTarget(last, table) === current) return [...entries];
  const earlier = entries.findIndex((e) => e.step === current);
  return earlier >= 0 ? entries.slice(0, earlier) : [];
}

/** The trail after answering `answer` on `current`; answering twice on the same page adds it once. */
export function addAnswer(entries: readonly TrailEntry[], current: string, answer: string): TrailEntry[] {
  const cut = entries.findIndex((e) => e.step === current);
  const before = cut >= 0 ? entries.slice(0, cut) : [...entries];
  return [...before, { step: current, answer }];
}

/**
 * The answers queued by the early-click script (src/scripts/early-click.ts) for this page,
 * in order: those of the flow's steps and answers only, at most MAX_TRAIL; anything else
 * (corrupt JSON, foreign items) is dropped, never trusted.
 */
export function parsePending(raw: string | null, table: TrailTable): TrailEntry[] {
  const queue = storedList(raw);
  if (!queue) return [];
  return queue.slice(0, MAX_TRAIL).flatMap((item: unknown) => {
    const { step, answer } = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    return typeof step === 'string' && typeof answer === 'string' && hasOwn(table.steps, step) && hasOwn(table.steps[step]!.answers, answer)
      ? [{ step, answer }]
      : [];
  });
}
