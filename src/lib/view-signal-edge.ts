/**
 * The edge a view signal carries (ADR 008, src/lib/view-signal.ts): the step left and the
 * answer given there, known with JavaScript from the answer the early-click script queued
 * (src/scripts/early-click.ts). Shared by the build (which lists each step's incoming
 * answers), the step page's module (which sends the edge) and the report (which reads it);
 * it imports nothing heavy, as it runs in every step page.
 */
import { toKebab } from './flows/slug.ts';
import { HELP_LINE_ANSWER } from './trail.ts';

/**
 * The `answer` of an edge that was a date answer (the date itself is never sent).
 * @internal Also read by the report (scripts/insights/).
 */
export const DATE_ANSWER = 'date';

/** The edge that led to a view: the step left and the answer given there. */
export interface SignalEdge {
  /** The slug of the step the answer was given on. */
  from: string;
  /** The answer's content key in kebab-case (`forgot-password`), `help-line` or `date`. */
  answer: string;
}

/** `is-account-activated:never-received`: an answer that leads to a step, as the page lists them (`help-line` alone for the help line). */
export function incomingEdge(fromStep: string, answerKey: string): string {
  return answerKey === HELP_LINE_ANSWER ? HELP_LINE_ANSWER : `${toKebab(fromStep)}:${toKebab(answerKey)}`;
}

/**
 * The `answer` of an edge from a trail entry: `date` for a date answer (an entry with the
 * dates given), the help line as it is, any other answer's content key in kebab-case
 * (`forgotPassword` -> `forgot-password`).
 * @internal Exported for its unit test.
 */
export function edgeAnswer(entry: { answer: string; given?: unknown }): string {
  if (entry.given) return DATE_ANSWER;
  if (entry.answer === HELP_LINE_ANSWER) return HELP_LINE_ANSWER;
  return toKebab(entry.answer);
}

/**
 * The edge that led here: the last answer queued (`pending`, as stored: never trusted) when
 * it is one of this step's `incoming` answers (`incomingEdge`), else undefined (a deep link,
 * a shared link, an answer from another tab's page).
 */
export function edgeFromPending(pending: unknown, incoming: readonly string[]): SignalEdge | undefined {
  const last: unknown = Array.isArray(pending) ? pending[pending.length - 1] : undefined;
  if (typeof last !== 'object' || last === null) return undefined;
  const { step, answer, given } = last as { step?: unknown; answer?: unknown; given?: unknown };
  if (typeof step !== 'string' || typeof answer !== 'string') return undefined;
  if (!incoming.includes(incomingEdge(step, answer))) return undefined;
  return { from: toKebab(step), answer: edgeAnswer({ answer, given }) };
}
