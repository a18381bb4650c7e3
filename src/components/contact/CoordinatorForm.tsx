/**
 * The coordinator form island: on the coordinator outcomes, it prepares a polite message
 * (no recipient: the person picks their coordinator's address in their mail app) from the
 * flow's words and the person's details. Same behaviour as the support form: rendered with
 * the page, shown only with scripts, GOV.UK errors, nothing leaves the page but through the
 * person's own mail app or clipboard, and the template takes over if preparing fails.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { COORDINATOR_FIELDS, MAX_NAME, MAX_TEXT, type CoordinatorFormField } from '../../schemas/contact-form.ts';
import { composeCoordinatorMail, type CoordinatorWords } from '../../lib/contact-mail.ts';
import { validateCoordinatorForm, type FieldError } from '../../lib/contact-form.ts';
import { wordLookup } from '../../lib/interpolate.ts';
import type { BuiltMail } from '../../lib/mailto.ts';
import ErrorSummary from './ErrorSummary.tsx';
import PreparingFailed from './PreparingFailed.tsx';
import PreparedMessage from './PreparedMessage.tsx';
import TextField from './TextField.tsx';
import { useDraft } from './use-draft.ts';
import { release } from '../../scripts/held-press.ts';
import { errorText, pageForm, typedValues } from './form-values.ts';
import { draftKey } from '../../lib/storage-keys.ts';

interface Props {
  /** Interface words of the page's locale (`contact.*`, `mail.*`, `coordinator.*`). */
  words: Record<string, string>;
  /** The flow's words of this message, as plain text. */
  message: CoordinatorWords;
  /** The flow's id: the draft is shared with the support form of the same flow. */
  flow: string;
  /** The template e-mail (`mailto:`), offered when preparing fails. */
  templateHref: string;
}

type Values = Record<CoordinatorFormField, string>;
const EMPTY: Values = { firstName: '', lastName: '', email: '', course: '' };
const FORM_ID = 'coordinator-form';
const inputId = (field: string) => `coordinator-${field}`;

export default function CoordinatorForm({ words, message, flow, templateHref }: Props) {
  const w = useMemo(() => wordLookup(words), [words]);
  const draft = useDraft(draftKey(flow));
  const [values, setValues] = useState<Values>(() => ({
    ...EMPTY,
    ...typedValues(pageForm(FORM_ID), COORDINATOR_FIELDS),
  }));
  const [hydrated, setHydrated] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [mail, setMail] = useState<BuiltMail | undefined>();
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const stored = draft.restore();
    const restored = Object.fromEntries(COORDINATOR_FIELDS.flatMap((f) => (stored[f] ? [[f, stored[f]]] : [])));
    const next = { ...EMPTY, ...restored, ...typedValues(formRef.current, COORDINATOR_FIELDS) };
    setValues(next);
    setHydrated(true);
    // "Prepare my message" pressed before the island was ready: prepare it now, from what the form holds now.
    if (formRef.current && release(formRef.current)) prepare(next);
    // Once, as the island starts: `prepare` only reads what it is given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const set = (field: CoordinatorFormField) => (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    draft.save(next);
    setMail(undefined);
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    prepare(values);
  };

  /** Validates `next` and prepares the message, or shows what to fix; the template takes over if anything throws. */
  const prepare = (next: Values) => {
    try {
      const result = validateCoordinatorForm(next);
      setAttempt((n) => n + 1);
      if (!result.ok) {
        setMail(undefined);
        setErrors(result.errors);
        return;
      }
      setErrors([]);
      setFailed(false);
      setMail(composeCoordinatorMail(result.form, message, w));
    } catch {
      setMail(undefined);
      setFailed(true);
    }
  };

  const errorOf = (field: CoordinatorFormField) => errorText(errors, field, w);
  const field = (name: CoordinatorFormField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
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
      {failed && <PreparingFailed w={w} href={templateHref} linkKey="coordinator.failedLink" />}
      {errors.length > 0 && <ErrorSummary errors={errors} attempt={attempt} w={w} targetId={(error) => inputId(error.field)} />}
      {/* Held until hydrated: a press before then is carried out now (src/scripts/early-click.ts). */}
      <form id={FORM_ID} ref={formRef} onSubmit={onSubmit} noValidate data-hold={hydrated ? undefined : ''}>
        {field('firstName', { autocomplete: 'given-name', max: MAX_NAME })}
        {field('lastName', { autocomplete: 'family-name', max: MAX_NAME })}
        {field('email', { type: 'email', autocomplete: 'email', hint: w('contact.email.hint') })}
        {field('course', { hint: w('contact.course.hint'), max: MAX_TEXT })}
        <p class="waiting" role="status" data-waiting={w('form.waiting')} data-waiting-long={w('form.waitingLong')} />
        {/* A plain button until hydrated: before then, submitting would put the values in the URL. */}
        <button type={hydrated ? 'submit' : 'button'} class="action">
          {w('coordinator.submit')}
        </button>
      </form>
      {mail && <PreparedMessage mail={mail} to={undefined} w={w} webmailKey="coordinator.ready.webmail" />}
    </div>
  );
}
