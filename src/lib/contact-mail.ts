/**
 * The e-mails to support, in the person's language: the complete one prepared from a valid
 * form, and the template with a blank line per detail, for people without the form (no
 * JavaScript, or a browser where preparing failed). Pure: the clock comes in as `today`.
 */
import { buildMail, type BuiltMail } from './mailto.ts';
import type { ContactDetails, CoordinatorDetails } from '../schemas/contact-form.ts';
import { formatEvaluationDate, isSoon } from './evaluation-date.ts';
import type { Words } from './interpolate.ts';
import type { UiKey } from './i18n/keys.ts';
import { toKebab } from './flows/slug.ts';
import { stripLangMarks } from './lang-marks.ts';
import { answerText, type TrailEntry, type TrailTable } from './trail.ts';

/** Where the person is: the flow, version and step, and the language of the page. */
export interface MailContext {
  supportEmail: string;
  flow: string;
  version: number;
  step: string;
  locale: string;
  urgentWithinDays: number;
}

/** The support e-mail's lines, in order: each detail and the interface word of its label (the template has the same lines, blank). */
const SUPPORT_MAIL_FIELDS = [
  ['firstName', 'mail.field.firstName'],
  ['lastName', 'mail.field.lastName'],
  ['email', 'mail.field.email'],
  ['errorMessage', 'mail.field.errorMessage'],
  ['course', 'mail.field.course'],
  ['evaluationDate', 'mail.field.evaluationDate'],
] as const satisfies readonly (readonly [string, UiKey])[];

/**
 * The coordinator message's lines, in order (its template has the same lines, blank); the
 * invitation's line only when the person gave its date. The course, the one long text,
 * comes last: a link too long is cut at its end, and the dates must reach the coordinator.
 */
const COORDINATOR_MAIL_FIELDS = [
  ['firstName', 'mail.field.firstName'],
  ['lastName', 'mail.field.lastName'],
  ['email', 'mail.field.email'],
  ['evaluationDate', 'mail.field.evaluationDate'],
  ['invitation', 'mail.field.invitation'],
  ['course', 'mail.field.course'],
] as const satisfies readonly (readonly [keyof CoordinatorDetails | 'invitation', UiKey])[];

/** What the coordinator message needs besides the form: the page's language, when an evaluation is urgent, and the invitation's dates when the person gave them. */
export interface CoordinatorMailContext {
  locale: string;
  urgentWithinDays: number;
  /** The invitation's date given and the code's expiry, as the trail says them (`answerText`), or undefined. */
  invitation?: string;
}

/** The steps taken, one line each (`question → answer`, a date answer with its dates in the language of `locale`), from the trail's entries and the version's table. */
export function trailLines(entries: readonly TrailEntry[], table: TrailTable, locale: string): string[] {
  return entries.map((e) => `${table.steps[e.step]!.title} → ${answerText(e, table, locale)}`);
}

/**
 * The steps taken in one short line, by the short names of their pages as in the wizard's
 * addresses (`sign-in-directly: forgot-password / reset-password: no-reset-email`): what a
 * link too long for `trailLines` carries, the same in every language, and what support
 * finds on the staff map.
 */
export function trailShort(entries: readonly TrailEntry[]): string {
  return entries.map((e) => `${toKebab(e.step)}: ${toKebab(e.answer)}${e.given ? ` (${e.given.received})` : ''}`).join(' / ');
}

/** The steps taken, as the e-mail gives them: a line each (`trailLines`), and in one short line (`trailShort`). */
export interface StepsTaken {
  lines: readonly string[];
  short: string;
}

/** An evaluation this near (today, tomorrow or the day after) is too near to wait for one answer: the person also tells the other who can help. */
export const VERY_SOON_DAYS = 2;

/** The evaluation is soon enough for the e-mail to say urgent, and the form to say "write now": today or within `withinDays` days. */
export function isUrgent(evaluationDate: string, today: Date, withinDays: number): boolean {
  return evaluationDate !== '' && isSoon(evaluationDate, today, withinDays);
}

/** Most characters of the course name in the subject; the body always has it whole. */
const MAX_SUBJECT_COURSE = 60;

/**
 * `text` cut to at most `max` characters (code points), ending in `…` when cut.
 * @internal Exported for its unit tests.
 */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * The notes that end a shortened link, true to what was left out: to support, the greeting,
 * with the steps in short when there are steps, and then what was typed; to a coordinator,
 * only what was typed (its message's words stay).
 */
function shortNotes(words: Words, to: 'support' | 'coordinator', withSteps = false) {
  if (to === 'coordinator') return { standardWords: false, shortenedNote: words('mail.cutDetails'), cutNote: words('mail.cutDetails') };
  return withSteps
    ? { standardWords: true, shortenedNote: words('mail.shortened'), cutNote: words('mail.cut') }
    : { standardWords: true, shortenedNote: words('mail.shortenedGreeting'), cutNote: words('mail.cutGreeting') };
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

/** The evaluation's date as an e-mail line says it: long and numeric, "soon" when urgent, or "not given". */
function evaluationLine(iso: string, urgent: boolean, locale: string, words: Words): string {
  if (!iso) return words('mail.noDate');
  const date = formatEvaluationDate(iso, locale);
  return urgent ? `${date}, ${words('mail.soon')}` : date;
}

/** A subject's parts joined: URGENT first when urgent, the date of the evaluation last when given. */
function subjectOf(urgent: boolean, parts: readonly string[], evaluationDate: string, words: Words): string {
  return [
    urgent ? words('mail.subject.urgent') : undefined,
    ...parts,
    evaluationDate ? words('mail.subject.evaluation', { date: evaluationDate }) : undefined,
  ]
    .filter(Boolean)
    .join(' – ');
}

/**
 * The support e-mail for a valid form, in the page's language: subject with the problem,
 * course and date (marked urgent when the evaluation is soon), every field with its label,
 * the steps taken (`trail`: one line each), and where in the wizard the person was.
 */
export function composeSupportMail(
  form: ContactDetails,
  steps: StepsTaken,
  context: MailContext,
  words: Words,
  today: Date,
): BuiltMail & { urgent: boolean } {
  const urgent = isUrgent(form.evaluationDate, today, context.urgentWithinDays);
  const values: Record<(typeof SUPPORT_MAIL_FIELDS)[number][0], string> = {
    firstName: form.firstName,
    lastName: form.lastName,
    email: form.email,
    errorMessage: form.errorMessage === 'other' ? form.otherMessage : stripLangMarks(words('contact.errorMessage.codeNotFound')),
    course: form.course,
    evaluationDate: evaluationLine(form.evaluationDate, urgent, context.locale, words),
  };
  const subject = subjectOf(urgent, [words('mail.subject.problem'), shorten(form.course, MAX_SUBJECT_COURSE)], form.evaluationDate, words);
  const built = buildMail({
    to: context.supportEmail,
    subject,
    intro: words('mail.intro'),
    fields: SUPPORT_MAIL_FIELDS.map(([field, label]) => ({ label: words(label), value: values[field] })),
    separator: words('mail.fieldSeparator'),
    trailHeading: words('mail.trailHeading'),
    trail: steps.lines.map((line, i) => `${i + 1}. ${line}`),
    trailShortHeading: words('mail.trailShortHeading'),
    trailShort: steps.short,
    technical: reference(context, words),
    closing: words('mail.closing', { name: `${form.firstName} ${form.lastName}` }),
    ...shortNotes(words, 'support', steps.short !== ''),
  });
  return { ...built, urgent };
}

/**
 * The template e-mail: the subject names the problem, the body has a labelled blank line
 * for each detail support needs, and says not to send the password. For people who write
 * without the form; it carries nothing personal, so it is built once, with the page.
 */
export function composeTemplateMail(context: MailContext, words: Words): BuiltMail {
  return buildMail({
    to: context.supportEmail,
    subject: words('mail.subject.problem'),
    intro: words('mail.template.intro'),
    fields: SUPPORT_MAIL_FIELDS.map(([, label]) => ({ label: words(label), value: '' })),
    separator: words('mail.fieldSeparator'),
    trailHeading: '',
    trail: [],
    trailShortHeading: '',
    trailShort: '',
    technical: reference(context, words),
    closing: words('mail.template.closing'),
    ...shortNotes(words, 'support'),
  });
}

/** The words of a message to the coordinator, as plain text (placeholders filled, marks removed). */
export interface CoordinatorWords {
  subject: string;
  intro: string;
  closing: string;
}

/**
 * The message to the coordinator: no recipient (the person picks their coordinator's
 * address), the flow's words around the person's details, in the page's language: the
 * evaluation's date (URGENT in the subject when it is soon, as to support) and, when the
 * person gave it, the invitation's date and the code's expiry. Without details, the
 * template: a labelled blank line per detail, for people without the form.
 */
export function composeCoordinatorMail(
  form: CoordinatorDetails | undefined,
  message: CoordinatorWords,
  words: Words,
  context: CoordinatorMailContext,
  today: Date,
): BuiltMail & { urgent: boolean } {
  const urgent = form ? isUrgent(form.evaluationDate, today, context.urgentWithinDays) : false;
  const values: Record<(typeof COORDINATOR_MAIL_FIELDS)[number][0], string> = form
    ? { ...form, evaluationDate: evaluationLine(form.evaluationDate, urgent, context.locale, words), invitation: context.invitation ?? '' }
    : { firstName: '', lastName: '', email: '', course: '', evaluationDate: '', invitation: '' };
  const built = buildMail({
    to: '',
    subject: subjectOf(urgent, [message.subject], form?.evaluationDate ?? '', words),
    intro: message.intro,
    fields: COORDINATOR_MAIL_FIELDS.filter(([field]) => field !== 'invitation' || context.invitation).map(([field, label]) => ({
      label: words(label),
      value: values[field],
    })),
    separator: words('mail.fieldSeparator'),
    trailHeading: '',
    trail: [],
    trailShortHeading: '',
    trailShort: '',
    technical: '',
    closing: form ? `${message.closing}\n${form.firstName} ${form.lastName}` : message.closing,
    ...shortNotes(words, 'coordinator'),
  });
  return { ...built, urgent };
}
