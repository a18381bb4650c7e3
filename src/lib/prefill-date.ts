/** The date a staff link prefills, read where the date's boxes are shown (the contact form, the map's tool). */
import { isRealDate } from './calendar.ts';
import { readDateParts } from './date-parts.ts';
import type { PrefillValues } from './prefill.ts';

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
