/**
 * What a support agent may prefill in a link to the contact step (`?course=...&date=...`):
 * nothing personal, and only valid values; anything else is dropped with a notice. The
 * staff map's form sends the date as its three boxes (`dateDay`, `dateMonth`, `dateYear`)
 * when it is submitted without scripts; they are read as the contact form reads them.
 */
import { MAX_TEXT } from '../schemas/limits.ts';
import { isRealDate } from './calendar.ts';
import { readDateParts } from './date-parts.ts';

/** The query keys a link may carry; an empty value is as if the key were absent (a form's empty field). */
const KEYS = ['course', 'date', 'dateDay', 'dateMonth', 'dateYear'];

/** The fields a link may prefill. */
type PrefillValues = Partial<Record<'course' | 'evaluationDate', string>>;

/** Values support staff may prefill by query string: valid ones only; `ignored` when anything was left out. */
export function prefillFromQuery(search: string): { values: PrefillValues; ignored: boolean } {
  const params = new URLSearchParams(search);
  const values: PrefillValues = {};
  let ignored = false;
  // URLSearchParams already turns malformed UTF-8 and lone surrogates into U+FFFD.
  const course = params.get('course');
  if (course) {
    // eslint-disable-next-line no-control-regex
    if (course.trim() && course.length <= MAX_TEXT && !/[\u0000-\u001f\u007f]/.test(course)) values.course = course.trim();
    else ignored = true;
  }
  const read = readDateParts({
    day: params.get('dateDay') ?? '',
    month: params.get('dateMonth') ?? '',
    year: params.get('dateYear') ?? '',
  });
  const date = params.get('date') || (read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : 'unreadable');
  if (date) {
    if (isRealDate(date)) values.evaluationDate = date;
    else ignored = true;
  }
  params.forEach((_, key) => {
    if (!KEYS.includes(key)) ignored = true;
  });
  return { values, ignored };
}

/** The query string of a prefilled contact link (`?course=...&date=...`), from valid values only; '' when there are none. */
export function prefillQuery(values: PrefillValues): string {
  const params = new URLSearchParams();
  if (values.course) params.set('course', values.course);
  if (values.evaluationDate) params.set('date', values.evaluationDate);
  const query = params.toString();
  return query ? `?${query}` : '';
}
