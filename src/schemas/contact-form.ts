/**
 * The contact form: one schema for the page and the tests. Built with `zod/mini` because
 * it runs in the browser (a few KB instead of Zod's full build). Messages are keys of the
 * interface words (`contact.error.*`), so each locale says how to fix the problem.
 */
import * as z from 'zod/mini';

/** The error messages a person can pick; `other` asks for the text. */
export const ERROR_MESSAGES = ['codeNotFound', 'other'] as const;

/** Most characters a name field takes: a real name fits, an accidental paste does not. */
export const MAX_NAME = 100;
/** Most characters of the course name and of another message. */
export const MAX_TEXT = 300;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 2000 && y <= 2100;
}

const text = (missing: string, tooLong: string, max: number) =>
  z.string().check(z.trim(), z.minLength(1, missing), z.maxLength(max, tooLong));

/** Every field of the contact form, validated; values are trimmed. */
export const ContactFormSchema = z
  .object({
    /** First name, as the institution registered it. */
    firstName: text('contact.error.firstName.missing', 'contact.error.firstName.tooLong', MAX_NAME),
    /** Last name, as the institution registered it. */
    lastName: text('contact.error.lastName.missing', 'contact.error.lastName.tooLong', MAX_NAME),
    /** The full, exact address the institution registered. */
    email: z.string().check(z.trim(), z.minLength(1, 'contact.error.email.missing'), z.maxLength(254, 'contact.error.email.format'), z.email('contact.error.email.format')),
    /** Which error message the person saw. */
    errorMessage: z.enum(ERROR_MESSAGES, 'contact.error.errorMessage.missing'),
    /** The message's text, when it was another message. */
    otherMessage: z.string().check(z.trim(), z.maxLength(MAX_TEXT, 'contact.error.otherMessage.tooLong')),
    /** The course or evaluation the person is registered for. */
    course: text('contact.error.course.missing', 'contact.error.course.tooLong', MAX_TEXT),
    /** Evaluation date (YYYY-MM-DD), optional. */
    evaluationDate: z.string().check(z.trim(), z.refine((v) => v === '' || isRealDate(v), 'contact.error.evaluationDate.invalid')),
  })
  .check(
    z.superRefine((form, ctx) => {
      if (form.errorMessage === 'other' && form.otherMessage.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['otherMessage'], message: 'contact.error.otherMessage.missing', input: form.otherMessage });
      }
    }),
  );

export type ContactForm = z.output<typeof ContactFormSchema>;
export type ContactFormField = keyof ContactForm;

/** The form's fields in page order (the error summary lists errors in this order). */
export const CONTACT_FIELDS: readonly ContactFormField[] = ['firstName', 'lastName', 'email', 'errorMessage', 'otherMessage', 'course', 'evaluationDate'];

/** An empty form. */
export const EMPTY_FORM: Record<ContactFormField, string> = { firstName: '', lastName: '', email: '', errorMessage: '', otherMessage: '', course: '', evaluationDate: '' };

/** Validates raw form values; on failure, the first message key per field, in page order. */
export function validateContactForm(values: Record<ContactFormField, string>): { ok: true; form: ContactForm } | { ok: false; errors: [ContactFormField, string][] } {
  const parsed = ContactFormSchema.safeParse({ ...values, errorMessage: values.errorMessage || undefined });
  if (parsed.success) return { ok: true, form: parsed.data };
  const first = new Map<ContactFormField, string>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ContactFormField;
    if (!first.has(field)) first.set(field, issue.message);
  }
  return { ok: false, errors: CONTACT_FIELDS.filter((f) => first.has(f)).map((f) => [f, first.get(f)!]) };
}

/** Whole days from `today` to the evaluation date (both as calendar dates); negative when past. */
export function daysUntil(evaluationDate: string, today: Date): number | undefined {
  if (!isRealDate(evaluationDate)) return undefined;
  const [y, m, d] = evaluationDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((Date.UTC(y, m - 1, d) - start) / 86_400_000);
}

/** An evaluation is soon when it is today or within `withinDays` days (past dates are not). */
export function isSoon(evaluationDate: string, today: Date, withinDays: number): boolean {
  const days = daysUntil(evaluationDate, today);
  return days !== undefined && days >= 0 && days <= withinDays;
}

/** Values support staff may prefill by query string (nothing personal): valid ones only. */
export function prefillFromQuery(search: string): { values: Partial<Record<'course' | 'evaluationDate', string>>; ignored: boolean } {
  const params = new URLSearchParams(search);
  const values: Partial<Record<'course' | 'evaluationDate', string>> = {};
  let ignored = false;
  const course = params.get('course');
  if (course !== null) {
    // eslint-disable-next-line no-control-regex
    if (course.trim() && course.length <= MAX_TEXT && !/[\u0000-\u001f\u007f]/.test(course) && course.isWellFormed()) values.course = course.trim();
    else ignored = true;
  }
  const date = params.get('date');
  if (date !== null) {
    if (isRealDate(date)) values.evaluationDate = date;
    else ignored = true;
  }
  for (const key of params.keys()) if (key !== 'course' && key !== 'date') ignored = true;
  return { values, ignored };
}
