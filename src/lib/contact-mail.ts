import { buildSupportMail, type BuiltMail } from './mailto.ts';
import { isSoon, type ContactForm } from '../schemas/contact-form.ts';

/** Looks up an interface word (`t` bound to a locale). */
export type Words = (key: string, vars?: Record<string, string | number>) => string;

/** Where the person is: the flow, version and step, and the language of the page. */
export interface MailContext {
  supportEmail: string;
  flow: string;
  version: number;
  step: string;
  locale: string;
  urgentWithinDays: number;
}

/** `1 December 2026 (2026-12-01)`: readable in the locale, and exact for support. */
export function formatEvaluationDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const readable = new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  return `${readable} (${iso})`;
}

/**
 * The support e-mail for a valid form, in the page's language: subject with the problem,
 * course and date (marked urgent when the evaluation is soon), every field with its label,
 * the steps taken (`trail`: one line each), and where in the wizard the person was.
 */
export function composeSupportMail(form: ContactForm, trail: readonly string[], context: MailContext, words: Words, today: Date): BuiltMail & { urgent: boolean } {
  const urgent = form.evaluationDate !== '' && isSoon(form.evaluationDate, today, context.urgentWithinDays);
  const date = form.evaluationDate ? formatEvaluationDate(form.evaluationDate, context.locale) : '';
  const errorMessage = form.errorMessage === 'other' ? form.otherMessage : words('contact.errorMessage.codeNotFound');
  const subject = [
    urgent ? words('mail.subject.urgent') : undefined,
    words('mail.subject.problem'),
    form.course,
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
      { label: words('mail.field.evaluationDate'), value: date ? (urgent ? `${date}, ${words('mail.soon')}` : date) : words('mail.noDate') },
    ],
    separator: words('mail.fieldSeparator'),
    trailHeading: words('mail.trailHeading'),
    trail: trail.map((line, i) => `${i + 1}. ${line}`),
    technical: words('mail.technical', { flow: context.flow, version: context.version, step: context.step, locale: context.locale }),
    closing: words('mail.closing', { name: `${form.firstName} ${form.lastName}` }),
    shortenedNote: words('mail.shortened'),
  });
  return { ...built, urgent };
}
