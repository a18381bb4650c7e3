/**
 * What a support agent may prefill in a link to the contact step (`?course=...&date=...`):
 * nothing personal, and only valid values; anything else is dropped with a notice. The
 * staff map's form sends the date as its three boxes (`dateDay`, `dateMonth`, `dateYear`)
 * when it is submitted without scripts: `prefilledDate` (prefill-date.ts) reads them as the
 * contact form reads typed boxes, apart, so that pages which only carry a link on do not
 * load that reading.
 */
import { MAX_TEXT } from '../schemas/limits.ts';
import { isRealDate } from './calendar.ts';
import type { DatePartValues } from './date-parts.ts';

/** The query keys a link may carry; an empty value is as if the key were absent (a form's empty field). */
const KEYS = ['course', 'date', 'dateDay', 'dateMonth', 'dateYear'];
/** The date's boxes in a query, as the map's form names them. */
export const BOX_KEYS = { day: 'dateDay', month: 'dateMonth', year: 'dateYear' } as const;
/** Longest text a date's box may bring from a link: a month's name at most. */
const MAX_BOX = 20;

/** The fields a link may prefill: the course, and the date written YYYY-MM-DD or as its three boxes, as typed. */
export type PrefillValues = Partial<{ course: string; evaluationDate: string; dateBoxes: DatePartValues }>;

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
  const date = params.get('date');
  if (date) {
    if (isRealDate(date)) values.evaluationDate = date;
    else ignored = true;
  }
  const boxes = { day: params.get(BOX_KEYS.day) ?? '', month: params.get(BOX_KEYS.month) ?? '', year: params.get(BOX_KEYS.year) ?? '' };
  if (!date && (boxes.day || boxes.month || boxes.year)) {
    // Read by `prefilledDate` where the boxes are shown: the share link only carries them on.
    if (Object.values(boxes).every((box) => box.length <= MAX_BOX)) values.dateBoxes = boxes;
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
  else if (values.dateBoxes)
    for (const [part, key] of Object.entries(BOX_KEYS)) params.set(key, values.dateBoxes[part as keyof DatePartValues]);
  const query = params.toString();
  return query ? `?${query}` : '';
}
