/**
 * The coordinator form island: on the coordinator outcomes, it prepares a polite message
 * (no recipient: the person picks their coordinator's address in their mail app) from the
 * flow's words and the person's details. The form engine (use-prepared-mail.ts) does the
 * rest, as for the support form.
 */
import { useMemo } from 'preact/hooks';
import type { JSX } from 'preact';
import { COORDINATOR_FIELDS, type CoordinatorFormField } from '../../schemas/contact-form.ts';
import { MAX_NAME, MAX_TEXT } from '../../schemas/limits.ts';
import { VERY_SOON_DAYS, composeCoordinatorMail, isUrgent, type CoordinatorWords } from '../../lib/contact-mail.ts';
import { validateCoordinatorForm, type FieldError } from '../../lib/contact-form.ts';
import { HELP_LINE_ANSWER, answerText, parseTrail, reconcileTrail } from '../../lib/trail.ts';
import { readSession } from '../../scripts/session-storage.ts';
import { pageTrail } from '../../scripts/page-trail.ts';
import { wordLookup } from '../../lib/interpolate.ts';
import { draftKey } from '../../lib/storage-keys.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';
import ErrorSummary from './ErrorSummary.tsx';
import PreparingFailed from './PreparingFailed.tsx';
import PreparedMessage from './PreparedMessage.tsx';
import PrepareButton from './PrepareButton.tsx';
import TextField from './TextField.tsx';
import EvaluationDateField, { typedEvaluationDate } from './EvaluationDateField.tsx';
import { usePreparedMail } from './use-prepared-mail.ts';

interface Props {
  /** The interface words of the page's locale that this form shows or mails, and only those (`coordinatorFormWords`, island-words.ts). */
  words: Partial<Record<UiKey, string>>;
  locale: string;
  /** The flow's words of this message, as plain text. */
  message: CoordinatorWords;
  /** The flow's id: the draft is shared with the support form of the same flow. */
  flow: string;
  /** The template e-mail (`mailto:`), offered when preparing fails. */
  templateHref: string;
  /** This step's id. */
  step: string;
  /** An evaluation within this many days makes the message urgent. */
  urgentWithinDays: number;
  /** The contact step's address, for an evaluation too near to wait for the coordinator alone. */
  contactPath: string | undefined;
}

const EMPTY: Record<CoordinatorFormField, string> = {
  firstName: '',
  lastName: '',
  email: '',
  course: '',
  evaluationDay: '',
  evaluationMonth: '',
  evaluationYear: '',
};
const inputId = (field: string) => `coordinator-${field}`;
/** Where an error's link in the summary leads: its field, or the first wrong box of the date. */
const errorTarget = (error: FieldError) => (error.parts ? `${inputId('evaluationDate')}-${error.parts[0]}` : inputId(error.field));

/** The invitation's date and the code's expiry, when the answers that led here include the date given (storage blocked, or the version's table not to be had: none). */
async function invitationGiven(step: string, locale: string): Promise<string | undefined> {
  const trail = await pageTrail();
  const entry = trail && reconcileTrail(parseTrail(readSession(trail.key), trail), step, trail).find((e) => e.given);
  return entry && trail && answerText(entry, trail, locale);
}

export default function CoordinatorForm(props: Props) {
  const { words, locale, message, flow, templateHref, urgentWithinDays } = props;
  const w = useMemo(() => wordLookup(words), [words]);
  const form = usePreparedMail({
    formId: 'coordinator-form',
    fields: COORDINATOR_FIELDS,
    empty: EMPTY,
    draftKey: draftKey(flow),
    w,
    compose: async (values) => {
      const today = new Date();
      const result = validateCoordinatorForm(values, { today });
      if (!result.ok) return result;
      const invitation = await invitationGiven(props.step, locale);
      return { ok: true, mail: composeCoordinatorMail(result.form, message, w, { locale, urgentWithinDays, invitation }, today) };
    },
  });
  const today = new Date();
  const evaluation = typedEvaluationDate(form.values, today) ?? '';
  // Within two days, the coordinator may not answer in time: support too (the help line keeps the answers so far).
  const soon = isUrgent(evaluation, today, urgentWithinDays) && (
    <>
      <p>{w('contact.soon')}</p>
      {isUrgent(evaluation, today, VERY_SOON_DAYS) && props.contactPath && (
        <p>
          {w('coordinator.alsoSupport')}{' '}
          <a href={props.contactPath} data-answer={HELP_LINE_ANSWER} data-from={props.step}>
            {w('step.helpLink')}
          </a>
        </p>
      )}
    </>
  );
  const field = (name: 'firstName' | 'lastName' | 'email' | 'course', extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={inputId(name)}
      name={name}
      label={w(`contact.${name}.label`)}
      value={form.values[name]}
      onInput={(event: JSX.TargetedEvent<HTMLInputElement>) => form.update({ ...form.values, [name]: event.currentTarget.value })}
      error={form.errorOf(name)}
      w={w}
      locale={locale}
      {...extra}
    />
  );

  return (
    <div class="contact">
      {form.failed && <PreparingFailed w={w} href={templateHref} linkKey="coordinator.failedLink" />}
      {form.errors.length > 0 && <ErrorSummary errors={form.errors} attempt={form.attempt} w={w} targetId={errorTarget} />}
      <form {...form.formProps}>
        {field('firstName', { autocomplete: 'given-name', max: MAX_NAME })}
        {field('lastName', { autocomplete: 'family-name', max: MAX_NAME })}
        {field('email', { type: 'email', autocomplete: 'email', hint: w('contact.email.hint') })}
        {field('course', { hint: w('contact.course.hint'), max: MAX_TEXT })}
        <EvaluationDateField
          id={inputId('evaluationDate')}
          values={form.values}
          onInput={(box, value) => form.update({ ...form.values, [box]: value })}
          errors={form.errors}
          errorOf={form.errorOf}
          w={w}
          today={today}
          soon={soon}
        />
        <PrepareButton hydrated={form.hydrated} label={w('coordinator.submit')} w={w} />
      </form>
      {form.mail && <PreparedMessage mail={form.mail} to={undefined} w={w} webmailKey="coordinator.ready.webmail" />}
    </div>
  );
}
