/**
 * The evaluation date of the contact form: checked against today, urgency and display.
 * Pure: `today` always comes in as an argument. Reading and counting dates is
 * src/lib/calendar.ts; reading the three boxes a person types in is src/lib/date-parts.ts.
 */
import { calendarDate, dayNumber, daysInMonth, isoOf, longDate, parseDate, type CalendarDate } from './calendar.ts';
import { readDateParts, type DatePart, type DatePartValues, type DatePartsReading } from './date-parts.ts';

/** Why a real date cannot be the evaluation's; the form turns each into its own message (`contact.error.evaluationDate.<problem>`). */
type DateProblem = 'past' | 'farFuture';

/** The result of checking a date: the date (ISO) or a problem. */
type DateCheck = { ok: true; iso: string } | { ok: false; problem: DateProblem; vars: Record<string, number> };

/** How far ahead an evaluation date may be: a year, to the day. */
const MAX_YEARS_AHEAD = 1;

/** Whole days from `today` to `date`; negative when past. */
function daysBetween(today: Date, date: CalendarDate): number {
  return dayNumber(date) - dayNumber(calendarDate(today));
}

/** Checks a real date as the evaluation's: today or later, and at most a year ahead. */
export function checkEvaluationDate(date: CalendarDate, today: Date): DateCheck {
  const days = daysBetween(today, date);
  if (days < 0) return { ok: false, problem: 'past', vars: { days: -days } };
  const now = calendarDate(today);
  const limit = {
    year: now.year + MAX_YEARS_AHEAD,
    month: now.month,
    day: Math.min(now.day, daysInMonth(now.year + MAX_YEARS_AHEAD, now.month)),
  };
  if (dayNumber(date) > dayNumber(limit)) return { ok: false, problem: 'farFuture', vars: { days } };
  return { ok: true, iso: isoOf(date) };
}

/** The key of the message of an evaluation date's problem: a box's (`date.error.*`), or the date's against today. */
type EvaluationDateErrorKey =
  `date.error.${Extract<DatePartsReading, { kind: 'problem' }>['problem']}` | `contact.error.evaluationDate.${DateProblem}`;

/** An evaluation date typed in its three boxes: the date (ISO, '' when the boxes are empty), or its message and the boxes to mark. */
type EvaluationDateReading =
  { ok: true; iso: string } | { ok: false; key: EvaluationDateErrorKey; vars: Record<string, number>; parts: DatePart[] };

/**
 * Reads an evaluation date from its three boxes and checks it against today, with one
 * message for each problem: the contact form's date and the staff map's prefill tool both
 * use it, so the map refuses what the form would (UX review 2026-12-06, m7). An empty date
 * is fine: it is optional.
 */
export function readEvaluationDate(boxes: DatePartValues, today: Date): EvaluationDateReading {
  const read = readDateParts(boxes);
  if (read.kind === 'empty') return { ok: true, iso: '' };
  if (read.kind === 'problem') return { ok: false, key: `date.error.${read.problem}`, vars: read.vars, parts: read.parts };
  const date = checkEvaluationDate(read.date, today);
  if (date.ok) return date;
  // Past, or more than a year ahead: the year is the likely slip, but every box holds the date.
  return { ok: false, key: `contact.error.evaluationDate.${date.problem}`, vars: date.vars, parts: ['day', 'month', 'year'] };
}

/**
 * Whole days from `today` to an ISO evaluation date (both as calendar dates); undefined when it is not a date.
 * @internal Exported for its unit tests.
 */
export function daysUntil(evaluationDate: string, today: Date): number | undefined {
  const parsed = parseDate(evaluationDate);
  return parsed.ok ? daysBetween(today, parsed.date) : undefined;
}

/** An evaluation is soon when it is today or within `withinDays` days (past dates are not). */
export function isSoon(evaluationDate: string, today: Date, withinDays: number): boolean {
  const days = daysUntil(evaluationDate, today);
  return days !== undefined && days >= 0 && days <= withinDays;
}

/** `December 1, 2026 (2026-12-01)`: readable in the locale, and exact for support. */
export function formatEvaluationDate(isoDate: string, locale: string): string {
  return `${longDate(isoDate, locale)} (${isoDate})`;
}
