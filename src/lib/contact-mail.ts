/**
 * The e-mails to support, in the person's language: the complete one prepared from a valid
 * form, and the template with a blank line per detail, for people without the form (no
 * JavaScript, or a browser where preparing failed). Pure: the clock comes in as `today`.
 */
import { buildSupportMail, type BuiltMail, type MailField } from './mailto.ts';
import type { ContactForm, CoordinatorForm } from '../schemas/contact-form.ts';
import { formatEvaluationDate, isSoon } from './evaluation-date.ts';
import type { Words } from './interpolate.ts';
import { toKebab } from './flows/slug.ts';
import { stripLangMarks } from './lang-marks.ts';

/** Where the person is: the flow, version and step, and the language of the page. */
export interface MailContext {
  supportEmail: string;
  flow: string;
  version: number;
  step: string;
  locale: string;
  urgentWithinDays: number;
}

/** Most characters of the course name in the subject; the body always has it whole. */
const MAX_SUBJECT_COURSE = 60;

/** `text` cut to at most `max` characters (code points), ending in `…` when cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The line that tells support where the message comes from, in words a person reads: flow, version, step (as in its URL), language. */
function reference(context: MailContext, words: Words): string {
  return words('mail.reference', {
    flow: context.flow,
    version: context.version,
    step: toKebab(context.step),
    language: words('mail.language'),
  });
}

/**
 * The support e-mail for a valid form, in the page's language: subject with the problem,
 * course and date (marked urgent when the evaluation is soon), every field with its label,
 * the steps taken (`trail`: one line each), and where in the wizard the person was.
 */
export function composeSupportMail(
  form: ContactForm,
  trail: readonly string[],
  context: MailContext,
  words: Words,
  today: Date,
): BuiltMail & { urgent: boolean } {
  const urgent = form.evaluationDate !== '' && isSoon(form.evaluationDate, today, context.urgentWithinDays);
  const date = form.evaluationDate ? formatEvaluationDate(form.evaluationDate, context.locale) : '';
  const errorMessage = form.errorMessage === 'other' ? form.otherMessage : stripLangMarks(words('contact.errorMessage.codeNotFound'));
  const subject = [
    urgent ? words('mail.subject.urgent') : undefined,
    words('mail.subject.problem'),
    shorten(form.course, MAX_SUBJECT_COURSE),
    form.evaluationDate ? words('mail.subject.evaluation', { date: form.evaluationDate }) : undefined,
  ]
    .filter(Boolean)
    .join(' – ');
  const built = buildSupportMail({
    to: context.supportEmail,
    subject,
    intro: words('mail.intro'),
    fields: [
      { label: words('mail.field.firstName'), value: form.firstName },
      { label: words('mail.field.lastName'), value: form.lastName },
      { label: words('mail.field.email'), value: form.email },
      { label: words('mail.field.errorMessage'), value: errorMessage },
      { label: words('mail.field.course'), value: form.course },
      {
        label: words('mail.field.evaluationDate'),
        value: date ? (urgent ? `${date}, ${words('mail.soon')}` : date) : words('mail.noDate'),
      },
    ],
    separator: words('mail.fieldSeparator'),
    trailHeading: words('mail.trailHeading'),
    trail: trail.map((line, i) => `${i + 1}. ${line}`),
    technical: reference(context, words),
    closing: words('mail.closing', { name: `${form.firstName} ${form.lastName}` }),
    shortenedNote: words('mail.shortened'),
  });
  return { ...built, urgent };
}

/**
 * The template e-mail: the subject names the problem, the body has a labelled blank line
 * for each detail support needs, and says not to send the password. For people who write
 * without the form; it carries nothing personal, so it is built once, with the page.
 */
export function composeTemplateMail(context: MailContext, words: Words): BuiltMail {
  const blank = (key: string): MailField => ({ label: words(key), value: '' });
  return buildSupportMail({
    to: context.supportEmail,
    subject: words('mail.subject.problem'),
    intro: words('mail.template.intro'),
    fields: [
      'mail.field.firstName',
      'mail.field.lastName',
      'mail.field.email',
      'mail.field.errorMessage',
      'mail.field.course',
      'mail.field.evaluationDate',
    ].map(blank),
    separator: words('mail.fieldSeparator'),
    trailHeading: '',
    trail: [],
    technical: reference(context, words),
    closing: words('mail.template.closing'),
    shortenedNote: words('mail.shortened'),
  });
}

/** The words of a message to the coordinator, as plain text (placeholders filled, marks removed). */
export interface CoordinatorWords {
  subject: string;
  intro: string;
  closing: string;
}

const COORDINATOR_LABELS = ['mail.field.firstName', 'mail.field.lastName', 'mail.field.email', 'mail.field.course'] as const;

/**
 * The message to the coordinator for a valid form: no recipient (the person picks their
 * coordinator's address), the flow's words around the person's details, in the page's language.
 */
export function composeCoordinatorMail(form: CoordinatorForm, message: CoordinatorWords, words: Words): BuiltMail {
  const values = [form.firstName, form.lastName, form.email, form.course];
  return buildSupportMail({
    to: '',
    subject: message.subject,
    intro: message.intro,
    fields: COORDINATOR_LABELS.map((key, i) => ({ label: words(key), value: values[i]! })),
    separator: words('mail.fieldSeparator'),
    trailHeading: '',
    trail: [],
    technical: '',
    closing: `${message.closing}\n${form.firstName} ${form.lastName}`,
    shortenedNote: words('mail.shortened'),
  });
}

/** The same message as a template, a labelled blank line per detail, for people without the form. */
export function composeCoordinatorTemplate(message: CoordinatorWords, words: Words): BuiltMail {
  return buildSupportMail({
    to: '',
    subject: message.subject,
    intro: message.intro,
    fields: COORDINATOR_LABELS.map((key) => ({ label: words(key), value: '' })),
    separator: words('mail.fieldSeparator'),
    trailHeading: '',
    trail: [],
    technical: '',
    closing: message.closing,
    shortenedNote: words('mail.shortened'),
  });
}
