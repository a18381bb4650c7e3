/**
 * The named guards of answers that carry data, as plain functions of the event: the
 * machines' `setup({ guards })` call them, and the browser evaluates the same ones when a
 * person gives a date (src/scripts/date-answer.ts). Pure, and small enough for every page.
 */
import { hasOwn } from './own.ts';
import { hasCodeExpired, type InvitationDateAnswer } from './invitation-validity.ts';

/** Guards by name; each takes the answer event's data. */
export const ANSWER_GUARDS = {
  /** The invitation's code has expired (see src/lib/invitation-validity.ts). */
  isCodeExpired: (event: InvitationDateAnswer) => hasCodeExpired(event),
} as const;

type AnswerGuard = keyof typeof ANSWER_GUARDS;

/** True when `name` is a guard the browser can evaluate. */
export function isAnswerGuard(name: string): name is AnswerGuard {
  return hasOwn(ANSWER_GUARDS, name);
}
