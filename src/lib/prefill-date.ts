/** The date a staff link prefills, read where the date's boxes are shown (the contact form, the map's tool). */
import { isRealDate } from './calendar.ts';
import { readDateParts } from './date-parts.ts';
import { readEvaluationDate } from './evaluation-date.ts';
import { BOX_KEYS, prefillFromQuery, prefillQuery, type PrefillValues } from './prefill.ts';

/**
 * The prefilled evaluation date as a real date (YYYY-MM-DD), read from the link's date or
 * its boxes as the contact form reads typed boxes; `ignored` when the boxes make no real date.
 */
export function prefilledDate(values: PrefillValues): { iso?: string; ignored: boolean } {
  if (values.evaluationDate) return { iso: values.evaluationDate, ignored: false };
  if (!values.dateBoxes) return { ignored: false };
  const read = readDateParts(values.dateBoxes);
  return read.kind === 'date' && isRealDate(read.iso) ? { iso: read.iso, ignored: false } : { ignored: true };
}

/**
 * The query of the link the staff map's prefill tool builds from its form's fields (the
 * course, the date's three boxes, as a query string), or why its date cannot be sent: the
 * date is checked as the contact form checks it, with the same messages, so that no link
 * prefills a date the person would then be refused on a field they did not fill (past, more
 * than a year ahead, not a date; UX review 2026-12-06, m7). No date is fine.
 */
export function prefillToolQuery(fields: string, today: Date) {
  const params = new URLSearchParams(fields);
  const box = (key: string) => params.get(key) ?? '';
  const date = readEvaluationDate({ day: box(BOX_KEYS.day), month: box(BOX_KEYS.month), year: box(BOX_KEYS.year) }, today);
  if (!date.ok) return date;
  const { course } = prefillFromQuery(`?${new URLSearchParams({ course: box('course') }).toString()}`).values;
  return { ok: true as const, query: prefillQuery({ ...(course ? { course } : {}), ...(date.iso ? { evaluationDate: date.iso } : {}) }) };
}
