/**
 * How counts leave the tool (ADR 008): a count from 1 to 4 is written "fewer than 5", in the
 * HTML report and in the JSON's `display` fields, and the JSON holds no exact count under 5
 * unless the operator asks for it (`--exact`: for checking the tool, never for sharing). A
 * share of a small count is not shown either, nor is anything that would let one be worked
 * back from a total and its parts (the edges of the picture are drawn alike from 1 to 4).
 */
import type { Figures } from './aggregate.ts';

/** Below this, a count is only said to be small. */
export const SMALL = 5;

/** The words for a small count. */
export const FEWER_THAN_SMALL = `fewer than ${SMALL}`;

/** Whether a count may be written as it is: 0 (no one) or 5 and more. */
export function showable(n: number): boolean {
  return n === 0 || n >= SMALL;
}

/** A count as the report writes it: `0`, `fewer than 5`, `1,234`. */
export function shown(n: number): string {
  return showable(n) ? n.toLocaleString('en-CA') : FEWER_THAN_SMALL;
}

/** A share as the report writes it (`42%`), or undefined when the count is small (its share would tell it) or the whole is 0. */
export function share(n: number, whole: number): string | undefined {
  if (!showable(n) || whole === 0 || !showable(whole)) return undefined;
  return `${Math.round((100 * n) / whole)}%`;
}

/** A count in the JSON: what the report shows, and the number itself when it may be written (or with --exact). */
export interface JsonCount {
  display: string;
  count?: number;
}

export function jsonCount(n: number, exact: boolean): JsonCount {
  return exact || showable(n) ? { display: shown(n), count: n } : { display: shown(n) };
}

/** The fields of the figures that are counts of people's views and answers (every other number, a version, stays as it is). */
const COUNT_FIELDS = new Set([
  'starts',
  'views',
  'viewsWithEdge',
  'viewsWithoutEdge',
  'unmatchedEdges',
  'count',
  'answered',
  'noAnswer',
  'wentOnWithoutJsAtMost',
  'stoppedAtLeast',
  'yes',
  'no',
  'solvedYes',
  'solvedNo',
  'solved',
  'coordinator',
  'support',
]);

function mapCounts(value: unknown, exact: boolean, field?: string): unknown {
  if (typeof value === 'number' && field !== undefined && COUNT_FIELDS.has(field)) return jsonCount(value, exact);
  if (Array.isArray(value)) return value.map((item) => mapCounts(item, exact));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapCounts(item, exact, key)]));
  return value;
}

/** What was read, for the report's first lines: files, lines, and why lines were not counted. */
export interface ReadSummary {
  files: number;
  lines: number;
  skipped: { unreadable: number; notSignal: number; method: number; status: number; bot: number };
  /** Files that could not be read to their end (a gzip cut short), by name, with the reason. */
  problems: string[];
}

/** The JSON the tool writes: the same figures as the HTML report, each count as `{ display, count? }`. */
export function toJson(figures: Figures, read: ReadSummary, { exact, generated }: { exact: boolean; generated: string }): unknown {
  return {
    about:
      'Views of the help guide counted from the host\'s access log (docs/adr/008-counting-views-from-logs.md). Each count is { display, count }: counts from 1 to 4 are displayed as "fewer than 5" and their count is left out unless the report was made with --exact.',
    generated,
    exact,
    period: figures.period,
    read: {
      ...read,
      counted: figures.counted,
      skipped: { ...read.skipped, outsidePeriod: figures.outsidePeriod, unknownStep: figures.unknownStep },
    },
    flows: mapCounts(figures.flows, exact),
  };
}
