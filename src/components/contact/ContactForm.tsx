/**
 * The contact form island: the support e-mail's fields, its typo help for the address, and
 * the evaluation date's three boxes; the form engine (use-prepared-mail.ts) does the rest:
 * hydration over the page's form, drafts, a press held before hydration, GOV.UK errors, the
 * prepared e-mail (mailto link and copyable parts) or the template when preparing fails.
 * Nothing leaves the page except through the person's own mail app or clipboard.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CONTACT_FIELDS, EMPTY_FORM, ERROR_MESSAGES, type ContactFormField } from '../../schemas/contact-form.ts';
import { MAX_NAME, MAX_TEXT } from '../../schemas/limits.ts';
import { VERY_SOON_DAYS, composeSupportMail, isUrgent, trailLines, trailShort, type MailContext } from '../../lib/contact-mail.ts';
import { validateContactForm, type FieldError } from '../../lib/contact-form.ts';
import { datePartsOf } from '../../lib/date-parts.ts';
import { suggestAddress } from '../../lib/email-address.ts';
import { wordLookup } from '../../lib/interpolate.ts';
import { prefillFromQuery, prefillQuery } from '../../lib/prefill.ts';
import { prefilledDate } from '../../lib/prefill-date.ts';
import { parseTrail, reconcileTrail } from '../../lib/trail.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';
import { draftKey } from '../../lib/storage-keys.ts';
import { readSession } from '../../scripts/session-storage.ts';
import { pageTrail } from '../../scripts/page-trail.ts';
import { keepInShareLink } from '../../scripts/share-query.ts';
import EvaluationDateField, { typedEvaluationDate } from './EvaluationDateField.tsx';
import ErrorSummary from './ErrorSummary.tsx';
import PreparingFailed from './PreparingFailed.tsx';
import PreparedMessage from './PreparedMessage.tsx';
import WithAddress from './WithAddress.tsx';
import PrepareButton from './PrepareButton.tsx';
import RadioGroup from './RadioGroup.tsx';
import TextField from './TextField.tsx';
import { usePreparedMail } from './use-prepared-mail.ts';

interface Props {
  /** The interface words of the page's locale that this form shows or mails, and only those (`supportFormWords`, island-words.ts). */
  words: Partial<Record<UiKey, string>>;
  context: MailContext;
  /** The template e-mail (`mailto:`), offered when preparing fails. */
  templateHref: string;
  /** When support answers (src/lib/support-availability.ts), or '' when the operator has not said. */
  availability: string;
}

type Values = Record<ContactFormField, string>;
/** The fields typed in a text box; each has its label at `contact.<field>.label`. */
type TextFieldName = 'firstName' | 'lastName' | 'email' | 'otherMessage' | 'course';

const inputId = (field: ContactFormField | 'evaluationDate') => `contact-${field}`;
/** Where an error's link in the summary leads: its field, or the first wrong box of the date. */
const errorTarget = (error: FieldError) =>
  error.parts ? `${inputId('evaluationDate')}-${error.parts[0]}` : inputId(error.field as ContactFormField);
/** Pause in typing the address after which a likely typo is pointed out. */
const SUGGEST_AFTER_MS = 800;

/** What a staff link prefills (course, date), as the form's values. */
function prefilled(course: string | undefined, iso: string | undefined): Partial<Values> {
  const date = iso ? datePartsOf(iso) : undefined;
  return {
    ...(course && { course }),
    ...(date && { evaluationDay: date.day, evaluationMonth: date.month, evaluationYear: date.year }),
  };
}

export default function ContactForm({ words, context, templateHref, availability }: Props) {
  const w = useMemo(() => wordLookup(words), [words]);
  const [prefillIgnored, setPrefillIgnored] = useState(false);
  const [suggestion, setSuggestion] = useState<string | undefined>();
  // The typo check runs when the person pauses in the address field, never as the field
  // loses focus: the suggestion appearing then would move the form under a finger tapping
  // the next field. Unseen by then, it comes back with the prepared message.
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>();
  const cancelSuggestion = () => clearTimeout(suggestTimer.current);
  useEffect(() => cancelSuggestion, []);

  const form = usePreparedMail({
    formId: 'contact-form',
    fields: CONTACT_FIELDS,
    empty: EMPTY_FORM,
    draftKey: draftKey(context.flow),
    w,
    initial: () => {
      const prefill = prefillFromQuery(location.search);
      const date = prefilledDate(prefill.values);
      setPrefillIgnored(prefill.ignored || date.ignored);
      // The step's own link, copied to pass on, prefills the same.
      keepInShareLink(prefillQuery(prefill.values));
      return prefilled(prefill.values.course, date.iso);
    },
    beforePrepare: (values) => {
      cancelSuggestion();
      setSuggestion(suggestAddress(values.email));
    },
    compose: async (values) => {
      const today = new Date();
      const result = validateContactForm(values, { today });
      if (!result.ok) return result;
      // Storage blocked, or the version's table not to be had: the e-mail goes without the steps taken.
      const trail = await pageTrail();
      const steps = trail ? reconcileTrail(parseTrail(readSession(trail.key), trail), context.step, trail) : [];
      return {
        ok: true,
        mail: composeSupportMail(
          result.form,
          { lines: trail ? trailLines(steps, trail, context.locale) : [], short: trailShort(steps) },
          context,
          w,
          today,
        ),
      };
    },
  });
  const { values, mail, errors } = form;

  const setField = (field: ContactFormField, value: string) => {
    if (field === 'email') {
      setSuggestion(undefined);
      cancelSuggestion();
      suggestTimer.current = setTimeout(() => setSuggestion(suggestAddress(value)), SUGGEST_AFTER_MS);
    }
    form.update({ ...values, [field]: value });
  };
  const set = (field: ContactFormField) => (event: JSX.TargetedEvent<HTMLInputElement>) => setField(field, event.currentTarget.value);

  /** Takes the suggested address; with a message already prepared, prepares it again with the new address. */
  const acceptSuggestion = () => {
    if (!suggestion) return;
    const next = { ...values, email: suggestion };
    const hadMail = mail !== undefined;
    form.update(next);
    setSuggestion(undefined);
    if (hadMail) form.prepare(next);
    else document.getElementById(inputId('email'))?.focus();
  };
  const suggestionLine = (
    <p>
      <WithAddress w={w} wordKey="contact.email.suggestion" address={suggestion ?? ''} />{' '}
      <button type="button" class="button" onClick={acceptSuggestion}>
        <WithAddress w={w} wordKey="contact.email.useSuggestion" address={suggestion ?? ''} />
      </button>
    </p>
  );

  const today = new Date();
  const evaluation = typedEvaluationDate(values, today) ?? '';
  // Soon: write now, and when support answers; within two days, also tell the coordinator, who alone can re-send an invitation.
  const soon = isUrgent(evaluation, today, context.urgentWithinDays) && (
    <>
      <p>{w('contact.soon')}</p>
      {availability && <p>{availability}</p>}
      {isUrgent(evaluation, today, VERY_SOON_DAYS) && <p>{w('contact.alsoCoordinator')}</p>}
    </>
  );
  const field = (name: TextFieldName, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={inputId(name)}
      name={name}
      label={w(`contact.${name}.label`)}
      value={values[name]}
      onInput={set(name)}
      error={form.errorOf(name)}
      w={w}
      locale={context.locale}
      {...extra}
    />
  );

  return (
    <div class="contact">
      {prefillIgnored && <p class="notice">{w('contact.prefillIgnored')}</p>}
      {form.failed && <PreparingFailed w={w} href={templateHref} linkKey="contact.failedLink" />}
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={form.attempt} w={w} targetId={errorTarget} />}
      <form {...form.formProps}>
        {field('firstName', { autocomplete: 'given-name', max: MAX_NAME })}
        {field('lastName', { autocomplete: 'family-name', max: MAX_NAME })}
        {field('email', {
          type: 'email',
          autocomplete: 'email',
          hint: w('contact.email.hint'),
          onBlur: cancelSuggestion,
          children: (
            <div class="suggestion" aria-live="polite">
              {suggestion && !mail && suggestionLine}
            </div>
          ),
        })}
        <RadioGroup
          id={inputId('errorMessage')}
          name="errorMessage"
          legend={w('contact.errorMessage.legend')}
          options={ERROR_MESSAGES.map((option) => ({ value: option, label: w(`contact.errorMessage.${option}`) }))}
          value={values.errorMessage}
          onChange={set('errorMessage')}
          error={form.errorOf('errorMessage')}
          w={w}
        >
          {values.errorMessage === 'other' && field('otherMessage', { hint: w('contact.otherMessage.hint'), max: MAX_TEXT })}
        </RadioGroup>
        {field('course', { hint: w('contact.course.hint'), max: MAX_TEXT })}
        <EvaluationDateField
          id={inputId('evaluationDate')}
          values={values}
          onInput={setField}
          errors={errors}
          errorOf={form.errorOf}
          w={w}
          today={today}
          soon={soon}
        />
        <p class="important">{w('contact.passwordWarning')}</p>
        <PrepareButton hydrated={form.hydrated} label={w('contact.submit')} w={w} />
      </form>
      {mail && (
        <PreparedMessage mail={mail} to={context.supportEmail} w={w}>
          {suggestion && <div class="notice suggestion">{suggestionLine}</div>}
        </PreparedMessage>
      )}
    </div>
  );
}
