/**
 * Validating the contact form: the schema's checks, then the ones that need more than
 * a value: a precise message for an accent or a space in the address, and the evaluation
 * date checked against today (or noticed as half-typed where the browser knows it).
 */
import {
  CONTACT_FIELDS,
  COORDINATOR_FIELDS,
  ContactFormSchema,
  CoordinatorFormSchema,
  type ContactForm,
  type ContactFormField,
  type CoordinatorForm,
  type CoordinatorFormField,
} from '../schemas/contact-form.ts';
import { addressProblem, firstAccented } from './email-address.ts';
import { checkEvaluationDate, isoDaysAhead } from './evaluation-date.ts';
import type { Vars } from './interpolate.ts';

/** One field's problem: the key of its message in the interface words, and the values the message names. */
export interface FieldError {
  field: ContactFormField | CoordinatorFormField;
  key: string;
  vars: Vars;
}

/** What validation needs besides the values. */
interface ValidationContext {
  /** The person's today (a fixed clock in tests). */
  today: Date;
  /** The date field holds a date the browser could not read (typed in part); its value is then empty. */
  dateIncomplete?: boolean;
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
    if (!found.has(field)) found.set(field, { field, key: issue.message, vars: {} });
  }
  const problem = addressProblem(email);
  if (problem) found.set('email', { field: 'email', key: `contact.error.email.${problem}`, vars: { char: firstAccented(email) ?? '' } });
  return found;
}

/** Validates raw form values; on failure, the first problem of each field, in page order. */
export function validateContactForm(
  values: Record<ContactFormField, string>,
  { today, dateIncomplete = false }: ValidationContext,
): { ok: true; form: ContactForm } | { ok: false; errors: FieldError[] } {
  const parsed = ContactFormSchema.safeParse({ ...values, errorMessage: values.errorMessage || undefined });
  const found = personProblems(parsed.success ? [] : parsed.error.issues, values.email);

  const date = checkEvaluationDate(values.evaluationDate, today);
  const example = isoDaysAhead(today, EXAMPLE_DAYS_AHEAD);
  if (dateIncomplete && values.evaluationDate.trim() === '')
    found.set('evaluationDate', { field: 'evaluationDate', key: 'contact.error.evaluationDate.incomplete', vars: { example } });
  else if (!date.ok)
    found.set('evaluationDate', {
      field: 'evaluationDate',
      key: `contact.error.evaluationDate.${date.problem}`,
      vars: { ...date.vars, example },
    });

  if (found.size === 0 && parsed.success && date.ok) return { ok: true, form: { ...parsed.data, evaluationDate: date.iso } };
  return { ok: false, errors: CONTACT_FIELDS.flatMap((f) => found.get(f) ?? []) };
}

/** Validates the coordinator form (who the person is, for which evaluation); the first problem of each field, in page order. */
export function validateCoordinatorForm(
  values: Record<CoordinatorFormField, string>,
): { ok: true; form: CoordinatorForm } | { ok: false; errors: FieldError[] } {
  const parsed = CoordinatorFormSchema.safeParse(values);
  const found = personProblems(parsed.success ? [] : parsed.error.issues, values.email);
  if (found.size === 0 && parsed.success) return { ok: true, form: parsed.data };
  return { ok: false, errors: COORDINATOR_FIELDS.flatMap((f) => found.get(f) ?? []) };
}
