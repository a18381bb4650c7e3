/**
 * Answers that carry a date, in the browser: the form on the validity question sends the
 * date of the invitation e-mail with today's date, the same named guard as the machine
 * picks the branch (src/lib/answer-guards.ts), the answer it stands for joins the trail,
 * and the next step says when the code expired or expires. Without scripts the form is
 * hidden and the link answers do the same work.
 */
import { ANSWER_GUARDS, isAnswerGuard } from '../lib/answer-guards.ts';
import { calendarDate, longDate } from '../lib/evaluation-date.ts';
import { codeExpiryDate, hasCodeExpired, invitationDateProblem } from '../lib/invitation-validity.ts';
import { interpolate } from '../lib/interpolate.ts';

import { INVITATION_DATE_KEY, MAX_PENDING, PENDING_KEY as PENDING } from '../lib/storage-keys.ts';
import { appendSessionList, readSessionJson, writeSessionJson } from './session-storage.ts';

interface DateAnswerData {
  step: string;
  validityDays: number;
  branches: { guard?: string; href: string; answer?: string; target: string }[];
}

interface StoredDate {
  target: string;
  expired: boolean;
  expiry: string;
}

function todayIso(): string {
  const { year, month, day } = calendarDate(new Date());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Wires the date form of the page, if it has one. */
export function setUpDateAnswer() {
  const form = document.querySelector<HTMLFormElement>('form[data-date-answer]');
  const input = form?.querySelector<HTMLInputElement>('input[name=invitationDate]');
  const error = form?.querySelector<HTMLElement>('.error-message');
  if (!form || !input || !error) return;
  const data = JSON.parse(form.dataset.dateAnswer!) as DateAnswerData;
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    form.querySelector('.field')?.classList.add('field-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'invitation-date-hint invitation-date-error');
    input.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const date = input.value.trim();
    const today = todayIso();
    if (date === '') return fail(input.validity.badInput ? form.dataset.invalid! : form.dataset.missing!);
    const problem = invitationDateProblem(date, today);
    if (problem) return fail(problem === 'future' ? form.dataset.future! : form.dataset.invalid!);
    const answer = { date, today, validityDays: data.validityDays };
    const branch = data.branches.find((b) => b.guard === undefined || (isAnswerGuard(b.guard) && ANSWER_GUARDS[b.guard](answer)));
    if (!branch) return;
    // Storage blocked: the next step still opens, without the trail or the note.
    if (branch.answer) appendSessionList(PENDING, { step: data.step, answer: branch.answer }, MAX_PENDING);
    const expired = hasCodeExpired(answer);
    // Expired: the first day it no longer worked; still valid: the last day it works.
    const stored: StoredDate = {
      target: branch.target,
      expired,
      expiry: codeExpiryDate(date, expired ? data.validityDays : data.validityDays - 1)!,
    };
    writeSessionJson(INVITATION_DATE_KEY, stored);
    location.href = branch.href;
  });
  // Until now the button was a plain one, so an early press never submitted the date into the URL.
  const submit = form.querySelector('button');
  if (submit) submit.type = 'submit';
}

/** On a step a date answer leads to: says when the code expired or expires, if the person gave the date. */
export function showValidityNote() {
  const note = document.querySelector<HTMLElement>('[data-validity-note]');
  const step = document.querySelector<HTMLElement>('article[data-step]')?.dataset.step;
  if (!note || !step) return;
  const stored = readSessionJson(INVITATION_DATE_KEY) as Partial<StoredDate> | undefined;
  if (
    !stored ||
    typeof stored !== 'object' ||
    stored.target !== step ||
    typeof stored.expiry !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(stored.expiry)
  )
    return;
  const locale = document.documentElement.lang.slice(0, 2);
  note.textContent = interpolate((stored.expired ? note.dataset.expired : note.dataset.valid) ?? '', {
    date: longDate(stored.expiry, locale),
  });
  note.hidden = false;
}
