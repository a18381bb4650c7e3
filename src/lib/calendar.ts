/**
 * Calendar dates: no time of day, no time zone. The one place that reads, writes, counts
 * and displays them, for the evaluation date, the invitation's validity, the date boxes
 * and the pinned-version notice. Pure: "today" always comes in (a fixed clock in tests,
 * the person's clock in the browser).
 */

/** A calendar date. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** `YYYY-MM-DD`, exactly: how dates travel (events, storage, links, e-mails). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date as `YYYY-MM-DD`. */
export function isoOf({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1 January 1970: dates to count with. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** The calendar date of a day number. */
export function dateOfDayNumber(days: number): CalendarDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `today` as a calendar date, in the clock's own time zone (the person's day, not UTC's). */
export function calendarDate(today: Date): CalendarDate {
  return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
}

/** `today` as `YYYY-MM-DD`, in the clock's own time zone. */
export function todayIso(today: Date): string {
  return isoOf(calendarDate(today));
}

/** A written date (`2026-12-05`, or `2026-12-5`) as a calendar date, or why it is not one. */
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
  return parsed.ok && ISO_DATE.test(value) && parsed.date.year >= 2000 && parsed.date.year <= 2100;
}

/** `today` plus `days`, as YYYY-MM-DD: an example date that is always in the future. */
export function isoDaysAhead(today: Date, days: number): string {
  return isoOf(dateOfDayNumber(dayNumber(calendarDate(today)) + days));
}

/** `December 1, 2026` / `1er décembre 2026`: an ISO date as the locale writes it in full. */
export function longDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first day of a month as an ordinal: « 1er mars ».
  return locale === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}
