/**
 * The trail: the answers given so far in this tab, kept in sessionStorage per flow and
 * version. Stored data is never trusted: anything that does not fit the flow is dropped.
 */
import { hasOwn } from './own.ts';
import { MAX_TRAIL } from './storage-keys.ts';
import { ISO_DATE, longDate } from './calendar.ts';
import { interpolate } from './interpolate.ts';

/**
 * The answer recorded when a person leaves a step for the contact step by its help line
 * ("Evaluation soon and still stuck?"): every step but the contact step has it in the
 * trail table, so the contact step keeps the trail and the way back. Not a content key
 * (those are camelCase), so it never meets one.
 */
export const HELP_LINE_ANSWER = 'help-line';

/** The dates of a date answer: the invitation's date the person gave, and the code's expiry worked out from it (the first day it no longer works, or its last day). */
export interface GivenDate {
  received: string;
  expiry: string;
  expired: boolean;
}

/** One answer given: at `step`, the answer `answer` (a content key), and for a date answer, the dates it stands for. */
export interface TrailEntry {
  step: string;
  answer: string;
  given?: GivenDate;
}

/**
 * What the trail needs to know of a flow version: per step, answer key -> [label, target];
 * on a step with a date answer, the words that say the date given instead of the answer
 * it stands for (`{received}`, the date given, and `{date}`, the code's expiry).
 */
export interface TrailTable {
  steps: Record<
    string,
    {
      title: string;
      href: string;
      answers: Record<string, [label: string, target: string]>;
      given?: { expired: string; valid: string };
    }
  >;
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
    const entry = entryOf(item, table);
    if (!entry) return [];
    const previous = entries[entries.length - 1];
    if (previous && answerTarget(previous, table) !== entry.step) return [];
    entries.push(entry);
  }
  return entries;
}

/** A stored item as an entry of the flow (its dates kept only when they are real dates on a step that takes them), or undefined. */
function entryOf(item: unknown, table: TrailTable): TrailEntry | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const { step, answer, given } = item as Record<string, unknown>;
  if (typeof step !== 'string' || typeof answer !== 'string') return undefined;
  if (!hasOwn(table.steps, step) || !hasOwn(table.steps[step]!.answers, answer)) return undefined;
  const dates = table.steps[step]!.given && givenDate(given);
  return dates ? { step, answer, given: dates } : { step, answer };
}

/** Stored dates of a date answer, or undefined when they are not two dates and a flag. */
function givenDate(value: unknown): GivenDate | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { received, expiry, expired } = value as Record<string, unknown>;
  return typeof received === 'string' &&
    ISO_DATE.test(received) &&
    typeof expiry === 'string' &&
    ISO_DATE.test(expiry) &&
    typeof expired === 'boolean'
    ? { received, expiry, expired }
    : undefined;
}

/**
 * What the person answered, as the trail and the e-mails say it: the answer's label, or for
 * a date answer, the date given and the code's expiry ("Received on 5 November 2026
 * (expired on 5 December 2026)") in the language of `locale`.
 */
export function answerText(entry: TrailEntry, table: TrailTable, locale: string): string {
  const step = table.steps[entry.step]!;
  if (entry.given && step.given) {
    return interpolate(entry.given.expired ? step.given.expired : step.given.valid, {
      received: longDate(entry.given.received, locale),
      date: longDate(entry.given.expiry, locale),
    });
  }
  return step.answers[entry.answer]![0];
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

/** The trail after the answer `entry` (given on its step); answering twice on the same page adds it once. */
export function addAnswer(entries: readonly TrailEntry[], entry: TrailEntry): TrailEntry[] {
  const cut = entries.findIndex((e) => e.step === entry.step);
  const before = cut >= 0 ? entries.slice(0, cut) : [...entries];
  return [...before, entry];
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
    const entry = entryOf(item, table);
    return entry ? [entry] : [];
  });
}
