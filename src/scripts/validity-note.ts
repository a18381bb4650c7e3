/**
 * On a step a date answer may lead to: says when the code expired or expires, if the person
 * gave the date of the invitation (src/scripts/date-answer.ts stored it for this step).
 */
import { ISO_DATE, longDate, todayIso } from '../lib/calendar.ts';
import { interpolate } from '../lib/interpolate.ts';
import { INVITATION_DATE_KEY } from '../lib/storage-keys.ts';
import { readSessionJson } from './session-storage.ts';
import type { StoredDate } from './date-answer.ts';

/** On a step a date answer leads to: says when the code expired or expires, if the person gave the date. */
export function showValidityNote() {
  const note = document.querySelector<HTMLElement>('[data-validity-note]');
  const step = document.querySelector<HTMLElement>('article[data-step]')?.dataset.step;
  if (!note || !step) return;
  const stored = readSessionJson(INVITATION_DATE_KEY) as Partial<StoredDate> | undefined;
  if (!stored || typeof stored !== 'object' || stored.target !== step || typeof stored.expiry !== 'string' || !ISO_DATE.test(stored.expiry))
    return;
  const locale = document.documentElement.lang.slice(0, 2);
  // Expired today (the first day it no longer works is today), or works until the end of today.
  const today = stored.expiry === todayIso(new Date());
  const words = stored.expired
    ? today
      ? note.dataset.expiredToday
      : note.dataset.expired
    : today
      ? note.dataset.validToday
      : note.dataset.valid;
  note.textContent = interpolate(words ?? '', {
    date: longDate(stored.expiry, locale),
  });
  note.hidden = false;
}
