/**
 * A date typed in three boxes, Day, Month and Year (GOV.UK's date input), read into a
 * calendar date or the problem a person can fix: which box is empty or wrong, and why.
 * Pure and small enough for every page: the date answer of a question and the contact
 * form both use it. What a date must be besides real (past, future, how far) is for the
 * caller: the invitation's date and the evaluation's have their own rules.
 */
import { daysInMonth, isoOf, type CalendarDate } from './calendar.ts';

/** The three boxes, in page order in every language. */
export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What the person typed, box by box, as typed. */
export type DatePartValues = Record<DatePart, string>;

/** Why the boxes do not make a date; each is a key of the interface words (`date.error.<problem>`). */
type DatePartsProblem =
  | 'missingDay'
  | 'missingMonth'
  | 'missingYear'
  | 'missingDayMonth'
  | 'missingDayYear'
  | 'missingMonthYear'
  | 'day'
  | 'dayInMonth'
  | 'month'
  | 'year';

/** The boxes read: empty (all three), a real date (YYYY-MM-DD), or a problem and the boxes to highlight. */
export type DatePartsReading =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; date: CalendarDate }
  | { kind: 'problem'; problem: DatePartsProblem; parts: DatePart[]; vars: Record<string, number> };

/**
 * Month names and their usual abbreviations, English and French, written without accents:
 * a box matches a month when it is the start (three letters or more) of one name only.
 * "nov", "Nov.", "novembre", "déc", "sept", "févr" and "juil" all read; "jui" (juin or
 * juillet) does not.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier'],
  ['february', 'fevrier'],
  ['march', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juin'],
  ['july', 'juillet'],
  ['august', 'aout'],
  ['september', 'septembre'],
  ['october', 'octobre'],
  ['november', 'novembre'],
  ['december', 'decembre'],
];

/** Lower case, no accents, no spaces, no final full stop: "Déc. " is "dec". */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\.$/, '');
}

/**
 * The month (1-12) a box names, by number or by name in English or French; undefined when it names none.
 * @internal Exported for its unit tests.
 */
export function monthNumber(text: string): number | undefined {
  const value = normalise(text);
  if (/^\d{1,2}$/.test(value)) {
    const n = Number(value);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (value.length < 3 || !/^[a-z]+$/.test(value)) return undefined;
  const matches = MONTH_NAMES.flatMap((names, i) => (names.some((name) => name.startsWith(value)) ? [i + 1] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

const MISSING: Record<string, DatePartsProblem> = {
  day: 'missingDay',
  month: 'missingMonth',
  year: 'missingYear',
  'day,month': 'missingDayMonth',
  'day,year': 'missingDayYear',
  'month,year': 'missingMonthYear',
};

/** A whole date pasted into one box, as written in an e-mail's header or a calendar (YYYY-MM-DD). */
const WHOLE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Reads the three boxes. Spaces anywhere and leading zeros are fine; the month may be a
 * name. Empty boxes are named first (GOV.UK: "The date must include a month"), then the
 * first wrong box, then a day the month does not have.
 */
export function readDateParts(values: DatePartValues): DatePartsReading {
  const typed = {
    day: values.day.replace(/\s+/g, ''),
    month: values.month.trim(),
    year: values.year.replace(/\s+/g, ''),
  };
  const empty = DATE_PARTS.filter((part) => normalise(typed[part]) === '');
  if (empty.length === 3) return { kind: 'empty' };
  if (empty.length === 2) {
    // The whole date pasted into one box: read it rather than ask for what is already there.
    const whole = WHOLE_ISO.exec(normalise(DATE_PARTS.map((p) => typed[p]).join('')));
    if (whole) return readDateParts({ day: whole[3]!, month: whole[2]!, year: whole[1]! });
  }
  if (empty.length > 0) return { kind: 'problem', problem: MISSING[empty.join(',')]!, parts: empty, vars: {} };

  const day = /^\d{1,2}$/.test(typed.day) ? Number(typed.day) : NaN;
  if (!(day >= 1 && day <= 31)) return { kind: 'problem', problem: 'day', parts: ['day'], vars: {} };
  const month = monthNumber(typed.month);
  if (month === undefined) return { kind: 'problem', problem: 'month', parts: ['month'], vars: {} };
  if (!/^\d{4}$/.test(typed.year)) return { kind: 'problem', problem: 'year', parts: ['year'], vars: {} };
  const year = Number(typed.year);
  const days = daysInMonth(year, month);
  if (day > days) return { kind: 'problem', problem: 'dayInMonth', parts: ['day'], vars: { days } };
  return { kind: 'date', iso: isoOf({ year, month, day }), date: { year, month, day } };
}

/** A YYYY-MM-DD date as the boxes hold it (`2026-11-02` is 2, 11, 2026); empty boxes for anything else. */
export function datePartsOf(iso: string): DatePartValues {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : { day: '', month: '', year: '' };
}

/** A date written the way the boxes are filled, for a hint: `2026-11-02` is "2 11 2026". */
export function exampleDate(iso: string): string {
  const { day, month, year } = datePartsOf(iso);
  return `${day} ${month} ${year}`;
}

/** True when `iso` is more than a year before `today` (both YYYY-MM-DD): a year typed wrong, most likely. */
export function isOverAYearBefore(iso: string, today: string): boolean {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return iso < isoOf({ year: y - 1, month: m, day: Math.min(d, daysInMonth(y - 1, m)) });
}
