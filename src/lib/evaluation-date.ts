/**
 * The evaluation date of the contact form: parsing, checking against today, urgency and
 * display. Pure: `today` always comes in as an argument (a fixed clock in tests, the
 * person's clock in the browser). Calendar dates only: no time of day, no time zone.
 */

/** A calendar date. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Why a date was refused; the form turns each into its own message. */
type DateProblem = 'format' | 'month' | 'day' | 'past' | 'farFuture';

/** The result of checking what the person entered: the date (ISO, or '' when left empty) or a problem. */
type DateCheck = { ok: true; iso: string } | { ok: false; problem: DateProblem; vars: Record<string, number> };

/** How far ahead an evaluation date may be: a year, to the day. */
const MAX_YEARS_AHEAD = 1;

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** `today` as a calendar date, in the clock's own time zone (the person's day, not UTC's). */
export function calendarDate(today: Date): CalendarDate {
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

/** A written date (`2026-12-05`, or `2026-12-5` as typed where there is no date picker) as a calendar date, or why it is not one. */
export function parseDate(
  value: string,
): { ok: true; date: CalendarDate } | { ok: false; problem: 'format' | 'month' | 'day'; vars: Record<string, number> } {
  const m = ISO_LIKE.exec(value.trim());
  if (!m) return { ok: false, problem: 'format', vars: {} };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, problem: 'month', vars: { month } };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, problem: 'day', vars: { day, days } };
  return { ok: true, date: { year, month, day } };
}

/** A real calendar date written YYYY-MM-DD between the years 2000 and 2100 (what a staff link may prefill). */
export function isRealDate(value: string): boolean {
  const parsed = parseDate(value);
  return parsed.ok && /^\d{4}-\d{2}-\d{2}$/.test(value) && parsed.date.year >= 2000 && parsed.date.year <= 2100;
}

/** Whole days from `today` to `date`; negative when past. */
function daysBetween(today: Date, date: CalendarDate): number {
  return dayNumber(date) - dayNumber(calendarDate(today));
}

/**
 * Checks an evaluation date as entered: empty is fine (the field is optional); otherwise it
 * must be a real date, today or later, and at most a year ahead.
 */
export function checkEvaluationDate(value: string, today: Date): DateCheck {
  if (value.trim() === '') return { ok: true, iso: '' };
  const parsed = parseDate(value);
  if (!parsed.ok) return parsed;
  const days = daysBetween(today, parsed.date);
  if (days < 0) return { ok: false, problem: 'past', vars: { days: -days } };
  const now = calendarDate(today);
  const limit = {
    year: now.year + MAX_YEARS_AHEAD,
    month: now.month,
    day: Math.min(now.day, daysInMonth(now.year + MAX_YEARS_AHEAD, now.month)),
  };
  if (dayNumber(parsed.date) > dayNumber(limit)) return { ok: false, problem: 'farFuture', vars: { days } };
  return { ok: true, iso: iso(parsed.date) };
}

/** Whole days from `today` to an ISO evaluation date (both as calendar dates); undefined when it is not a date. */
export function daysUntil(evaluationDate: string, today: Date): number | undefined {
  const parsed = parseDate(evaluationDate);
  return parsed.ok ? daysBetween(today, parsed.date) : undefined;
}

/** An evaluation is soon when it is today or within `withinDays` days (past dates are not). */
export function isSoon(evaluationDate: string, today: Date, withinDays: number): boolean {
  const days = daysUntil(evaluationDate, today);
  return days !== undefined && days >= 0 && days <= withinDays;
}

/** `today` plus `days`, as YYYY-MM-DD: an example date that is always in the future. */
export function isoDaysAhead(today: Date, days: number): string {
  const { year, month, day } = calendarDate(today);
  const later = new Date(Date.UTC(year, month - 1, day + days));
  return iso({ year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() });
}

/** `December 1, 2026` / `1er décembre 2026`: an ISO date as the locale writes it in full. */
export function longDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first day of a month as an ordinal: « 1er mars ».
  return locale === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** `December 1, 2026 (2026-12-01)`: readable in the locale, and exact for support. */
export function formatEvaluationDate(isoDate: string, locale: string): string {
  return `${longDate(isoDate, locale)} (${isoDate})`;
}
