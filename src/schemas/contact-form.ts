/**
 * The contact form's fields: one schema for the page and the tests. Built with `zod/mini`
 * because it runs in the browser (a few KB instead of Zod's full build). Messages are keys
 * of the interface words (`contact.error.*`), so each locale says how to fix the problem.
 * Checks that need more than one value (the evaluation date's three boxes, read together
 * and checked against today) are in src/lib/contact-form.ts.
 */
import * as z from 'zod/mini';

import { MAX_EMAIL, MAX_NAME, MAX_TEXT } from './limits.ts';

/** The error messages a person can pick; `other` asks for the text. */
export const ERROR_MESSAGES = ['codeNotFound', 'other'] as const;

const text = (missing: string, tooLong: string, max: number) =>
  z.string().check(z.trim(), z.minLength(1, missing), z.maxLength(max, tooLong));

/** The fields both forms ask (support and coordinator): who the person is and for which evaluation. */
const personFields = {
  /** First name, as the institution registered it. */
  firstName: text('contact.error.firstName.missing', 'contact.error.firstName.tooLong', MAX_NAME),
  /** Last name, as the institution registered it. */
  lastName: text('contact.error.lastName.missing', 'contact.error.lastName.tooLong', MAX_NAME),
  /** The full, exact address the institution registered. */
  email: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'contact.error.email.missing'),
      z.maxLength(MAX_EMAIL, 'contact.error.email.format'),
      z.email('contact.error.email.format'),
    ),
  /** The course or evaluation the person is registered for. */
  course: text('contact.error.course.missing', 'contact.error.course.tooLong', MAX_TEXT),
};

/** The evaluation date as typed in its three boxes, optional; read and checked against today by src/lib/contact-form.ts. */
const evaluationDateBoxes = {
  evaluationDay: z.string(),
  evaluationMonth: z.string(),
  evaluationYear: z.string(),
};

/** The message to the coordinator: who the person is, for which evaluation, and when it is (optional); values are trimmed. */
export const CoordinatorFormSchema = z.object({ ...personFields, ...evaluationDateBoxes });
/** The raw fields of the coordinator form, as the page holds them. */
export type CoordinatorFormField = keyof z.output<typeof CoordinatorFormSchema>;
/** The coordinator form once valid: the date's boxes read into one date, YYYY-MM-DD ('' when not given). */
export type CoordinatorDetails = Omit<z.output<typeof CoordinatorFormSchema>, EvaluationDateBox> & { evaluationDate: string };
/** The coordinator form's fields in page order. */
export const COORDINATOR_FIELDS: readonly CoordinatorFormField[] = [
  'firstName',
  'lastName',
  'email',
  'course',
  'evaluationDay',
  'evaluationMonth',
  'evaluationYear',
];

/** Every field of the contact form, validated; values are trimmed. */
export const ContactFormSchema = z
  .object({
    firstName: personFields.firstName,
    lastName: personFields.lastName,
    email: personFields.email,
    /** Which error message the person saw. */
    errorMessage: z.enum(ERROR_MESSAGES, 'contact.error.errorMessage.missing'),
    /** The message's text, when it was another message. */
    otherMessage: z.string().check(z.trim(), z.maxLength(MAX_TEXT, 'contact.error.otherMessage.tooLong')),
    course: personFields.course,
    ...evaluationDateBoxes,
  })
  .check(
    z.superRefine((form, ctx) => {
      if (form.errorMessage === 'other' && form.otherMessage.trim() === '') {
        ctx.addIssue({ code: 'custom', path: ['otherMessage'], message: 'contact.error.otherMessage.missing', input: form.otherMessage });
      }
    }),
  );

/** The raw fields of the contact form, as the page holds them. */
export type ContactFormField = keyof z.output<typeof ContactFormSchema>;
/** The evaluation date's boxes. */
type EvaluationDateBox = 'evaluationDay' | 'evaluationMonth' | 'evaluationYear';
/** The contact form once valid: the date's boxes read into one date, YYYY-MM-DD ('' when not given). */
export type ContactDetails = Omit<z.output<typeof ContactFormSchema>, EvaluationDateBox> & { evaluationDate: string };

/** The form's fields in page order (the error summary lists errors in this order). */
export const CONTACT_FIELDS: readonly ContactFormField[] = [
  'firstName',
  'lastName',
  'email',
  'errorMessage',
  'otherMessage',
  'course',
  'evaluationDay',
  'evaluationMonth',
  'evaluationYear',
];

/** An empty form. */
export const EMPTY_FORM: Record<ContactFormField, string> = {
  firstName: '',
  lastName: '',
  email: '',
  errorMessage: '',
  otherMessage: '',
  course: '',
  evaluationDay: '',
  evaluationMonth: '',
  evaluationYear: '',
};
