/** ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), from days written YYYY-MM-DD, in UTC. */

const DAY_MS = 86_400_000;

function utc(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new Error(`not a day: ${day}`);
  return new Date(`${day}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `2026-12-06` -> `2026-W49`; `2027-01-01` (a Friday) -> `2026-W53`. */
export function isoWeek(day: string): string {
  const date = utc(day);
  // The Thursday of the same week decides the year.
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday and the Sunday of an ISO week: `2026-W49` -> 2026-11-30 and 2026-12-06. */
export function weekDays(week: string): { monday: string; sunday: string } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`not an ISO week: ${week}`);
  const jan4 = Date.UTC(Number(match[1]), 0, 4);
  const firstMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  const monday = firstMonday + (Number(match[2]) - 1) * 7 * DAY_MS;
  return { monday: iso(new Date(monday)), sunday: iso(new Date(monday + 6 * DAY_MS)) };
}

/** The first and last day of a month written YYYY-MM. */
export function monthDays(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new Error(`not a month (YYYY-MM): ${month}`);
  const last = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0));
  return { from: `${month}-01`, to: iso(last) };
}

/** Whether a text is a real day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  try {
    return iso(utc(text)) === text;
  } catch {
    return false;
  }
}
