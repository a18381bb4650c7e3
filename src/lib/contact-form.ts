/**
 * Validating the contact form: the schema's checks, then the ones that need more than
 * a value: a precise message for an accent or a space in the address, and the evaluation
 * date read from its three boxes and checked against today.
 */
import {
  CONTACT_FIELDS,
  COORDINATOR_FIELDS,
  ContactFormSchema,
  CoordinatorFormSchema,
  type ContactDetails,
  type ContactFormField,
  type CoordinatorDetails,
  type CoordinatorFormField,
} from '../schemas/contact-form.ts';
import { addressProblem, firstAccented } from './email-address.ts';
import { readEvaluationDate } from './evaluation-date.ts';
import type { DatePart } from './date-parts.ts';
import type { Vars } from './interpolate.ts';
import type { UiKey } from './i18n/keys.ts';

/** A field with its own error: one of the forms' fields, or the evaluation date (three boxes, one error). */
type ErrorField = ContactFormField | CoordinatorFormField | 'evaluationDate';

/** One field's problem: the key of its message in the interface words, the values the message names, and for a date the boxes that are wrong. */
export interface FieldError {
  field: ErrorField;
  key: UiKey;
  vars: Vars;
  parts?: DatePart[];
}

/** What validation needs besides the values. */
interface ValidationContext {
  /** The person's today (a fixed clock in tests). */
  today: Date;
}

/** How many days ahead the date in a message's example is. */
export const EXAMPLE_DAYS_AHEAD = 21;

/**
 * The first problem of each field from the schema's issues, then a precise message for an
 * accent or a space in the address (both forms ask for it) in place of the format's.
 */
function personProblems(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  email: string,
): Map<FieldError['field'], FieldError> {
  const found = new Map<FieldError['field'], FieldError>();
  for (const issue of issues) {
    const field = issue.path[0] as FieldError['field'];
    // The schemas' messages are interface-word keys (src/schemas/contact-form.ts; a unit test resolves each).
    if (!found.has(field)) found.set(field, { field, key: issue.message as UiKey, vars: {} });
  }
  const problem = addressProblem(email);
  if (problem) found.set('email', { field: 'email', key: `contact.error.email.${problem}`, vars: { char: firstAccented(email) ?? '' } });
  return found;
}

/** The evaluation date's boxes read and checked against today: the date ('' when not given), or its error. */
function evaluationDate(
  values: Record<'evaluationDay' | 'evaluationMonth' | 'evaluationYear', string>,
  today: Date,
): { iso: string } | FieldError {
  const read = readEvaluationDate({ day: values.evaluationDay, month: values.evaluationMonth, year: values.evaluationYear }, today);
  return read.ok ? { iso: read.iso } : { field: 'evaluationDate', key: read.key, vars: read.vars, parts: read.parts };
}

/** The fields with errors, in page order (the error summary lists them so): the date's boxes are one field. */
const CONTACT_ERROR_ORDER: readonly ErrorField[] = [...CONTACT_FIELDS.filter((f) => !f.startsWith('evaluation')), 'evaluationDate'];
const COORDINATOR_ERROR_ORDER: readonly ErrorField[] = [...COORDINATOR_FIELDS.filter((f) => !f.startsWith('evaluation')), 'evaluationDate'];

/** Validates raw form values; on failure, the first problem of each field, in page order. */
export function validateContactForm(
  values: Record<ContactFormField, string>,
  { today }: ValidationContext,
): { ok: true; form: ContactDetails } | { ok: false; errors: FieldError[] } {
  const parsed = ContactFormSchema.safeParse({ ...values, errorMessage: values.errorMessage || undefined });
  const found = personProblems(parsed.success ? [] : parsed.error.issues, values.email);
  const date = evaluationDate(values, today);
  if ('field' in date) found.set('evaluationDate', date);

  if (found.size === 0 && parsed.success && 'iso' in date) {
    const { firstName, lastName, email, errorMessage, otherMessage, course } = parsed.data;
    return { ok: true, form: { firstName, lastName, email, errorMessage, otherMessage, course, evaluationDate: date.iso } };
  }
  return { ok: false, errors: CONTACT_ERROR_ORDER.flatMap((f) => found.get(f) ?? []) };
}

/** Validates the coordinator form (who the person is, for which evaluation, when); the first problem of each field, in page order. */
export function validateCoordinatorForm(
  values: Record<CoordinatorFormField, string>,
  { today }: ValidationContext,
): { ok: true; form: CoordinatorDetails } | { ok: false; errors: FieldError[] } {
  const parsed = CoordinatorFormSchema.safeParse(values);
  const found = personProblems(parsed.success ? [] : parsed.error.issues, values.email);
  const date = evaluationDate(values, today);
  if ('field' in date) found.set('evaluationDate', date);
  if (found.size === 0 && parsed.success && 'iso' in date) {
    const { firstName, lastName, email, course } = parsed.data;
    return { ok: true, form: { firstName, lastName, email, course, evaluationDate: date.iso } };
  }
  return { ok: false, errors: COORDINATOR_ERROR_ORDER.flatMap((f) => found.get(f) ?? []) };
}
