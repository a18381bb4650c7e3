/**
 * The count under a field with a length limit (GOV.UK's character count): silent while far
 * from the limit, then how many characters are left or too many, in the locale's plural
 * (French uses the singular for 0 and 1: "Il vous reste 0 caractère"). Pure; the contact
 * and coordinator forms show it (src/components/contact/TextField.tsx).
 */
import type { Words } from './interpolate.ts';
import { pluralKey } from './plural.ts';

/** Share of the limit from which the count shows. */
const COUNT_FROM = 0.8;

/** What the count says for `length` characters of `max`, or '' while far from the limit. */
export function characterCount(length: number, max: number, w: Words, locale: string): string {
  if (length < max * COUNT_FROM) return '';
  const left = max - length;
  if (left >= 0) return w(pluralKey(locale, 'contact.count.remaining', left), { count: left });
  return w(pluralKey(locale, 'contact.count.over', -left), { count: -left });
}
