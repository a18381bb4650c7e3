/**
 * Whether an invitation code has expired, from the date of its invitation e-mail: the rule
 * of the `isCodeExpired` guard, shared by the machine (and so the unit tests and the
 * build's path checks) and the browser. Pure: `today` comes in, as a calendar date.
 * A code is valid for `validityDays` days: sent on 1 November with 30 days, it works up to
 * 30 November and has expired on 1 December (day 30 after sending).
 */
import { parseDate } from './evaluation-date.ts';

/** What the date answer carries: the invitation's date, today, and the code's validity. */
export interface InvitationDateAnswer {
  /** Date of the invitation e-mail, YYYY-MM-DD. */
  date: string;
  /** The person's today, YYYY-MM-DD (the injected clock). */
  today: string;
  validityDays: number;
}

const day = (iso: string): number | undefined => {
  const parsed = parseDate(iso);
  return parsed.ok ? Date.UTC(parsed.date.year, parsed.date.month - 1, parsed.date.day) / 86_400_000 : undefined;
};

const iso = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

/** Why a date cannot be the invitation's: not a real date, or later than today. */
export function invitationDateProblem(date: string, today: string): 'invalid' | 'future' | undefined {
  // Events come from outside: anything but two strings is not a date.
  if (typeof date !== 'string' || typeof today !== 'string') return 'invalid';
  const sent = day(date);
  const now = day(today);
  if (sent === undefined || now === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'invalid';
  return sent > now ? 'future' : undefined;
}

/** True when the code of an invitation sent on `date` no longer works `today`; false for a date that cannot be the invitation's. */
export function hasCodeExpired({ date, today, validityDays }: InvitationDateAnswer): boolean {
  if (invitationDateProblem(date, today)) return false;
  return day(today)! - day(date)! >= validityDays;
}

/** The first day the code no longer works (YYYY-MM-DD), or undefined for a date that is not real. */
export function codeExpiryDate(date: string, validityDays: number): string | undefined {
  const sent = day(date);
  return sent === undefined ? undefined : iso(sent + validityDays);
}
