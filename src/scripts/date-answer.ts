/**
 * Answers that carry a date, in the browser: the form on the validity question reads the
 * date of the invitation e-mail from its three boxes (Day, Month, Year) and sends it with
 * today's date, the same named guard as the machine picks the branch
 * (src/lib/answer-guards.ts), the answer it stands for joins the trail, and the next step
 * says when the code expired or expires (src/scripts/validity-note.ts). A press made
 * before this script was ready is carried out once it is. Loaded only by the pages that
 * have a date answer (src/components/DateAnswerForm.astro). Without scripts the form is
 * hidden and the link answers do the same work.
 */
import { ANSWER_GUARDS, isAnswerGuard } from '../lib/answer-guards.ts';
import { todayIso } from '../lib/calendar.ts';
import { codeExpiryDate, hasCodeExpired, invitationDateProblem } from '../lib/invitation-validity.ts';
import { DATE_PARTS, isOverAYearBefore, readDateParts, type DatePart } from '../lib/date-parts.ts';
import { dateErrors } from './date-error.ts';
import { release } from './held-press.ts';
import type { GivenDate } from '../lib/trail.ts';
import { interpolate } from '../lib/interpolate.ts';

import { INVITATION_DATE_KEY, MAX_PENDING, PENDING_KEY as PENDING } from '../lib/storage-keys.ts';
import { appendSessionList, writeSessionJson } from './session-storage.ts';

interface DateAnswerData {
  step: string;
  validityDays: number;
  branches: { guard?: string; href: string; answer?: string; target: string }[];
}

/** What the next step reads (src/scripts/validity-note.ts): where the date led, and the code's expiry. */
export interface StoredDate {
  target: string;
  expired: boolean;
  expiry: string;
}

/** Wires the date form of the page, if it has one. */
export function setUpDateAnswer() {
  const form = document.querySelector<HTMLFormElement>('form[data-date-answer]');
  const errors = form && dateErrors(form);
  if (!form || !errors) return;
  const data = JSON.parse(form.dataset.dateAnswer!) as DateAnswerData;
  const words = JSON.parse(form.dataset.words!) as Record<string, string>;
  const fail = (message: string, parts: readonly DatePart[]) => errors.show(message, parts);
  const submit = () => {
    const today = todayIso(new Date());
    const read = readDateParts(errors.values());
    if (read.kind === 'empty') return fail(words.missing!, DATE_PARTS);
    if (read.kind === 'problem') return fail(interpolate(words[`date.error.${read.problem}`]!, read.vars), read.parts);
    const date = read.iso;
    // A date that cannot be the invitation's never picks a branch.
    if (invitationDateProblem(date, today) === 'future') return fail(words.future!, DATE_PARTS);
    if (isOverAYearBefore(date, today)) return fail(words['date.error.overAYearAgo']!, ['year']);
    const answer = { date, today, validityDays: data.validityDays };
    const branch = data.branches.find((b) => b.guard === undefined || (isAnswerGuard(b.guard) && ANSWER_GUARDS[b.guard](answer)));
    if (!branch) return;
    // Storage blocked: the next step still opens, without the trail or the note.
    const expired = hasCodeExpired(answer);
    // Expired: the first day it no longer worked; still valid: the last day it works.
    const stored: StoredDate = {
      target: branch.target,
      expired,
      expiry: codeExpiryDate(date, expired ? data.validityDays : data.validityDays - 1)!,
    };
    // The trail keeps the date given, so the answers so far and the e-mails say it, not the answer it stands for.
    const given: GivenDate = { received: date, expiry: stored.expiry, expired };
    if (branch.answer) appendSessionList(PENDING, { step: data.step, answer: branch.answer, given }, MAX_PENDING);
    writeSessionJson(INVITATION_DATE_KEY, stored);
    location.href = branch.href;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // Until now the button was a plain one, so an early press never submitted the date into the URL;
  // a press made then is carried out now, with the date the boxes hold now.
  const button = form.querySelector('button');
  if (button) button.type = 'submit';
  if (release(form)) submit();
}
