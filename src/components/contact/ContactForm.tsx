/**
 * The contact form island: validates, shows GOV.UK-style errors, and prepares the support
 * e-mail (mailto link and copyable parts). Rendered in the page's HTML (shown only when
 * scripts run, see src/scripts/js-class.ts) and hydrated: what was typed before hydration
 * is kept. Nothing leaves the page except through the person's own mail app or clipboard.
 * If preparing fails in an old browser, the template link takes over: no dead button.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CONTACT_FIELDS, EMPTY_FORM, ERROR_MESSAGES, MAX_NAME, MAX_TEXT, type ContactFormField } from '../../schemas/contact-form.ts';
import { composeSupportMail, type MailContext } from '../../lib/contact-mail.ts';
import { EXAMPLE_DAYS_AHEAD, validateContactForm, type FieldError } from '../../lib/contact-form.ts';
import { checkEvaluationDate, isSoon } from '../../lib/evaluation-date.ts';
import { isoDaysAhead } from '../../lib/calendar.ts';
import { datePartsOf, exampleDate, readDateParts, type DatePart } from '../../lib/date-parts.ts';
import { release } from '../../scripts/held-press.ts';
import DateInput, { partName } from '../DateInput.tsx';
import { suggestAddress } from '../../lib/email-address.ts';
import { wordLookup } from '../../lib/interpolate.ts';
import { prefillFromQuery } from '../../lib/prefill.ts';
import { parseTrail, reconcileTrail, type TrailTable } from '../../lib/trail.ts';
import { readSession } from '../../scripts/session-storage.ts';
import ErrorSummary from './ErrorSummary.tsx';
import PreparingFailed from './PreparingFailed.tsx';
import Marked from './Marked.tsx';
import PreparedMessage from './PreparedMessage.tsx';
import TextField from './TextField.tsx';
import { useDraft } from './use-draft.ts';
import { errorText, pageForm, typedValues } from './form-values.ts';
import { draftKey } from '../../lib/storage-keys.ts';

interface Props {
  /** Interface words of the page's locale (`contact.*`, `mail.*`). */
  words: Record<string, string>;
  context: MailContext;
  /** The flow version's titles and answers, to describe the steps taken. */
  graph: TrailTable;
  trailKey: string;
  /** The template e-mail (`mailto:`), offered when preparing fails. */
  templateHref: string;
}

type Values = Record<ContactFormField, string>;

const inputId = (field: ContactFormField | 'evaluationDate') => `contact-${field}`;
/** Where an error's link in the summary leads: its field, or the first wrong box of the date. */
const errorTarget = (error: FieldError) =>
  error.parts ? `${inputId('evaluationDate')}-${error.parts[0]}` : inputId(error.field as ContactFormField);
/** The date's boxes in the form's values. */
const DATE_NAME = 'evaluation';
const dateBox = (part: DatePart) => partName(DATE_NAME, part) as ContactFormField;
const FORM_ID = 'contact-form';
/** Pause in typing the address after which a likely typo is pointed out. */
const SUGGEST_AFTER_MS = 800;

/** The steps taken, one line each ("question → answer"), from this tab's stored trail. */
function trailLines(graph: TrailTable, trailKey: string, step: string): string[] {
  // Storage blocked: the e-mail goes without the steps taken.
  return reconcileTrail(parseTrail(readSession(trailKey), graph), step, graph).map((e) => {
    const from = graph.steps[e.step]!;
    return `${from.title} → ${from.answers[e.answer]![0]}`;
  });
}

export default function ContactForm({ words, context, graph, trailKey, templateHref }: Props) {
  const w = useMemo(() => wordLookup(words), [words]);
  const draft = useDraft(draftKey(context.flow));
  // Hydrating over the page's own form: start from what its inputs hold (typed before the
  // script arrived), so the state never disagrees with what the person sees.
  const [values, setValues] = useState<Values>(() => ({
    ...EMPTY_FORM,
    ...typedValues(pageForm(FORM_ID), CONTACT_FIELDS),
  }));
  const [hydrated, setHydrated] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [prefillIgnored, setPrefillIgnored] = useState(false);
  const [suggestion, setSuggestion] = useState<string | undefined>();
  const [mail, setMail] = useState<ReturnType<typeof composeSupportMail> | undefined>();
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const baseTitle = useRef('');
  const today = new Date();

  useEffect(() => {
    baseTitle.current = document.title;
    const prefill = prefillFromQuery(location.search);
    const { evaluationDate, ...prefilled } = prefill.values;
    const prefilledDate = evaluationDate ? datePartsOf(evaluationDate) : undefined;
    const next = {
      ...EMPTY_FORM,
      ...prefilled,
      ...(prefilledDate && { evaluationDay: prefilledDate.day, evaluationMonth: prefilledDate.month, evaluationYear: prefilledDate.year }),
      ...draft.restore(),
      ...typedValues(formRef.current, CONTACT_FIELDS),
    };
    setValues(next);
    setPrefillIgnored(prefill.ignored);
    setHydrated(true);
    // "Prepare my e-mail" pressed before the island was ready: prepare it now, from what the form holds now.
    if (formRef.current && release(formRef.current)) prepare(next);
    // Once, as the island starts: `prepare` only reads what it is given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  useEffect(() => {
    if (baseTitle.current) document.title = errors.length ? `${w('contact.titlePrefix')}${baseTitle.current}` : baseTitle.current;
  }, [errors, w]);

  const update = (next: Values) => {
    setValues(next);
    draft.save(next);
    setMail(undefined);
  };

  // The typo check runs when the person pauses in the address field, never as the field
  // loses focus: the suggestion appearing then would move the form under a finger tapping
  // the next field. Unseen by then, it comes back with the prepared message.
  const suggestTimer = useRef<ReturnType<typeof setTimeout>>();
  const cancelSuggestion = () => clearTimeout(suggestTimer.current);
  useEffect(() => cancelSuggestion, []);

  const set = (field: ContactFormField) => (event: JSX.TargetedEvent<HTMLInputElement>) => setField(field, event.currentTarget.value);
  const setField = (field: ContactFormField, value: string) => {
    if (field === 'email') {
      setSuggestion(undefined);
      cancelSuggestion();
      suggestTimer.current = setTimeout(() => setSuggestion(suggestAddress(value)), SUGGEST_AFTER_MS);
    }
    update({ ...values, [field]: value });
  };

  /** Validates `next` and prepares the e-mail, or shows what to fix; the template takes over if anything throws. */
  const prepare = (next: Values) => {
    try {
      const result = validateContactForm(next, { today: new Date() });
      setAttempt((n) => n + 1);
      setSuggestion(suggestAddress(next.email));
      if (!result.ok) {
        setMail(undefined);
        setErrors(result.errors);
        return;
      }
      setErrors([]);
      setFailed(false);
      setMail(composeSupportMail(result.form, trailLines(graph, trailKey, context.step), context, w, new Date()));
    } catch {
      // An old browser without something the preparation needs: the template still works.
      setMail(undefined);
      setFailed(true);
    }
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    cancelSuggestion();
    prepare(values);
  };

  /** Takes the suggested address; with a message already prepared, prepares it again with the new address. */
  const acceptSuggestion = () => {
    if (!suggestion) return;
    const next = { ...values, email: suggestion };
    const hadMail = mail !== undefined;
    update(next);
    setSuggestion(undefined);
    if (hadMail) prepare(next);
    else document.getElementById(inputId('email'))?.focus();
  };
  const suggestionLine = (
    <p>
      {w('contact.email.suggestion', { address: suggestion ?? '' })}{' '}
      <button type="button" class="button" onClick={acceptSuggestion}>
        {w('contact.email.useSuggestion', { address: suggestion ?? '' })}
      </button>
    </p>
  );

  const errorOf = (field: ContactFormField | 'evaluationDate') => errorText(errors, field, w);
  const dateValues = { day: values.evaluationDay, month: values.evaluationMonth, year: values.evaluationYear };
  const typedDate = readDateParts(dateValues);
  const soon =
    typedDate.kind === 'date' && checkEvaluationDate(typedDate.iso, today).ok && isSoon(typedDate.iso, today, context.urgentWithinDays);
  const field = (name: ContactFormField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={inputId(name)}
      name={name}
      label={w(`contact.${name}.label`)}
      value={values[name]}
      onInput={set(name)}
      error={errorOf(name)}
      w={w}
      {...extra}
    />
  );

  return (
    <div class="contact">
      {prefillIgnored && <p class="notice">{w('contact.prefillIgnored')}</p>}
      {failed && <PreparingFailed w={w} href={templateHref} linkKey="contact.failedLink" />}
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={attempt} w={w} targetId={errorTarget} />}
      {/* Held until hydrated: a press before then is carried out now (src/scripts/early-click.ts). */}
      <form id={FORM_ID} ref={formRef} onSubmit={onSubmit} noValidate data-hold={hydrated ? undefined : ''}>
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
        <fieldset
          class={`field${errorOf('errorMessage') ? ' field-error' : ''}`}
          aria-describedby={errorOf('errorMessage') ? `${inputId('errorMessage')}-error` : undefined}
        >
          <legend>{w('contact.errorMessage.legend')}</legend>
          {errorOf('errorMessage') && (
            <p id={`${inputId('errorMessage')}-error`} class="error-message">
              <span class="visually-hidden">{w('contact.errorPrefix')}</span> {errorOf('errorMessage')}
            </p>
          )}
          {ERROR_MESSAGES.map((option, i) => {
            const id = i === 0 ? inputId('errorMessage') : `${inputId('errorMessage')}-${option}`;
            return (
              <div class="radio" key={option}>
                <input
                  type="radio"
                  name="errorMessage"
                  id={id}
                  value={option}
                  checked={values.errorMessage === option}
                  onChange={set('errorMessage')}
                />
                <label for={id}>
                  <Marked text={w(`contact.errorMessage.${option}`)} />
                </label>
              </div>
            );
          })}
          {values.errorMessage === 'other' && field('otherMessage', { hint: w('contact.otherMessage.hint'), max: MAX_TEXT })}
        </fieldset>
        {field('course', { hint: w('contact.course.hint'), max: MAX_TEXT })}
        <DateInput
          id={inputId('evaluationDate')}
          name={DATE_NAME}
          legend={w('contact.evaluationDate.label')}
          hint={w('contact.evaluationDate.hint', { example: exampleDate(isoDaysAhead(today, EXAMPLE_DAYS_AHEAD)) })}
          labels={{ day: w('date.day'), month: w('date.month'), year: w('date.year'), errorPrefix: w('contact.errorPrefix') }}
          values={dateValues}
          onInput={(part, value) => setField(dateBox(part), value)}
          error={errorOf('evaluationDate')}
          errorParts={errors.find((e) => e.field === 'evaluationDate')?.parts}
        />
        {soon && (
          <p class="soon" role="status">
            {w('contact.soon')}
          </p>
        )}
        <p class="important">{w('contact.passwordWarning')}</p>
        <p class="waiting" role="status" data-waiting={w('form.waiting')} data-waiting-long={w('form.waitingLong')} />
        {/* A plain button until hydrated: before then, submitting would put the values in the URL. */}
        <button type={hydrated ? 'submit' : 'button'} class="action">
          {w('contact.submit')}
        </button>
      </form>
      {mail && (
        <PreparedMessage mail={mail} to={context.supportEmail} w={w}>
          {suggestion && <div class="notice suggestion">{suggestionLine}</div>}
        </PreparedMessage>
      )}
    </div>
  );
}
