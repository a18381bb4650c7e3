/**
 * Whether an invitation code has expired, from the date of its invitation e-mail: the rule
 * of the `isCodeExpired` guard, shared by the machine (and so the unit tests and the
 * build's path checks) and the browser. Pure: `today` comes in, as a calendar date.
 * A code is valid for `validityDays` days: sent on 1 November with 30 days, it works up to
 * 30 November and has expired on 1 December (day 30 after sending).
 */
import { ISO_DATE, dateOfDayNumber, dayNumber, isoOf, parseDate } from './calendar.ts';

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
  return parsed.ok ? dayNumber(parsed.date) : undefined;
};

/** Why a date cannot be the invitation's: not a real date, or later than today. */
export function invitationDateProblem(date: string, today: string): 'invalid' | 'future' | undefined {
  // Events come from outside: anything but two strings is not a date.
  if (typeof date !== 'string' || typeof today !== 'string') return 'invalid';
  const sent = day(date);
  const now = day(today);
  if (sent === undefined || now === undefined || !ISO_DATE.test(date)) return 'invalid';
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
  return sent === undefined ? undefined : isoOf(dateOfDayNumber(sent + validityDays));
}
