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
import { composeCoordinatorMail, type CoordinatorWords } from '../../lib/contact-mail.ts';
import { validateCoordinatorForm } from '../../lib/contact-form.ts';
import { wordLookup } from '../../lib/interpolate.ts';
import { draftKey } from '../../lib/storage-keys.ts';
import type { UiKey } from '../../lib/i18n/keys.ts';
import ErrorSummary from './ErrorSummary.tsx';
import PreparingFailed from './PreparingFailed.tsx';
import PreparedMessage from './PreparedMessage.tsx';
import PrepareButton from './PrepareButton.tsx';
import TextField from './TextField.tsx';
import { usePreparedMail } from './use-prepared-mail.ts';

interface Props {
  /** Interface words of the page's locale (`contact.*`, `mail.*`, `coordinator.*`, `form.*`). */
  words: Partial<Record<UiKey, string>>;
  locale: string;
  /** The flow's words of this message, as plain text. */
  message: CoordinatorWords;
  /** The flow's id: the draft is shared with the support form of the same flow. */
  flow: string;
  /** The template e-mail (`mailto:`), offered when preparing fails. */
  templateHref: string;
}

const EMPTY: Record<CoordinatorFormField, string> = { firstName: '', lastName: '', email: '', course: '' };
const inputId = (field: string) => `coordinator-${field}`;

export default function CoordinatorForm({ words, locale, message, flow, templateHref }: Props) {
  const w = useMemo(() => wordLookup(words), [words]);
  const form = usePreparedMail({
    formId: 'coordinator-form',
    fields: COORDINATOR_FIELDS,
    empty: EMPTY,
    draftKey: draftKey(flow),
    w,
    compose: (values) => {
      const result = validateCoordinatorForm(values);
      return result.ok ? { ok: true, mail: composeCoordinatorMail(result.form, message, w) } : result;
    },
  });
  const field = (name: CoordinatorFormField, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
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
      {form.errors.length > 0 && (
        <ErrorSummary errors={form.errors} attempt={form.attempt} w={w} targetId={(error) => inputId(error.field)} />
      )}
      <form {...form.formProps}>
        {field('firstName', { autocomplete: 'given-name', max: MAX_NAME })}
        {field('lastName', { autocomplete: 'family-name', max: MAX_NAME })}
        {field('email', { type: 'email', autocomplete: 'email', hint: w('contact.email.hint') })}
        {field('course', { hint: w('contact.course.hint'), max: MAX_TEXT })}
        <PrepareButton hydrated={form.hydrated} label={w('coordinator.submit')} w={w} />
      </form>
      {form.mail && <PreparedMessage mail={form.mail} to={undefined} w={w} webmailKey="coordinator.ready.webmail" />}
    </div>
  );
}
