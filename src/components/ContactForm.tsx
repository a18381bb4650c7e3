/**
 * The contact form island: validates with the shared schema, shows GOV.UK-style errors,
 * and prepares the support e-mail (mailto link and copyable text). Nothing leaves the page
 * except through the person's own mail app or clipboard.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { CONTACT_FIELDS, EMPTY_FORM, isSoon, prefillFromQuery, validateContactForm, type ContactFormField } from '../schemas/contact-form.ts';
import { composeSupportMail, type MailContext } from '../lib/contact-mail.ts';
import { parseTrail, reconcileTrail, type TrailGraph } from '../lib/trail.ts';

interface Props {
  /** Interface words of the page's locale (`contact.*`, `mail.*`). */
  words: Record<string, string>;
  context: MailContext;
  /** The flow version's titles and answers, to describe the steps taken. */
  graph: TrailGraph;
  trailKey: string;
}

type Values = Record<ContactFormField, string>;

function fill(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function readDraft(key: string): Partial<Values> {
  try {
    const data: unknown = JSON.parse(sessionStorage.getItem(key) ?? '{}');
    if (!data || typeof data !== 'object') return {};
    return Object.fromEntries(CONTACT_FIELDS.flatMap((f) => {
      const v = (data as Record<string, unknown>)[f];
      return typeof v === 'string' && v.length <= 10_000 ? [[f, v]] : [];
    }));
  } catch {
    return {}; // corrupt or blocked storage: start empty
  }
}

function writeDraft(key: string, values: Values) {
  try {
    sessionStorage.setItem(key, JSON.stringify(values));
  } catch {
    // the draft is a comfort for reloads only
  }
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function ContactForm({ words, context, graph, trailKey }: Props) {
  const w = (key: string, vars?: Record<string, string | number>) => fill(words[key] ?? key, vars);
  const draftKey = `contact:${context.flow}`;
  const [values, setValues] = useState<Values>(EMPTY_FORM);
  const [errors, setErrors] = useState<[ContactFormField, string][]>([]);
  const [prefillIgnored, setPrefillIgnored] = useState(false);
  const [mail, setMail] = useState<ReturnType<typeof composeSupportMail> | undefined>();
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const readyRef = useRef<HTMLHeadingElement>(null);
  const baseTitle = useRef('');

  useEffect(() => {
    baseTitle.current = document.title;
    const prefill = prefillFromQuery(location.search);
    const draft = readDraft(draftKey);
    setValues({ ...EMPTY_FORM, ...prefill.values, ...Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')) });
    setPrefillIgnored(prefill.ignored);
  }, []);

  useEffect(() => {
    document.title = errors.length ? `${w('contact.titlePrefix')}${baseTitle.current}` : baseTitle.current || document.title;
    if (errors.length) summaryRef.current?.focus();
  }, [errors]);

  useEffect(() => {
    if (mail) readyRef.current?.focus();
  }, [mail]);

  const set = (field: ContactFormField) => (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    writeDraft(draftKey, next);
    setMail(undefined);
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateContactForm(values);
    if (!result.ok) {
      setMail(undefined);
      setErrors(result.errors);
      // Focus again even when the same errors remain.
      summaryRef.current?.focus();
      return;
    }
    setErrors([]);
    const stored = (() => {
      try {
        return sessionStorage.getItem(trailKey);
      } catch {
        return null;
      }
    })();
    const trail = reconcileTrail(parseTrail(stored, graph), context.step, graph).map((e) => {
      const step = graph.steps[e.step]!;
      return `${step.title} → ${step.answers[e.answer]![0]}`;
    });
    setMail(composeSupportMail(result.form, trail, context, w, new Date()));
  };

  const errorOf = (field: ContactFormField) => errors.find(([f]) => f === field)?.[1];
  const id = (field: ContactFormField) => `contact-${field}`;
  const describedBy = (field: ContactFormField, hint: boolean) =>
    [hint ? `${id(field)}-hint` : '', errorOf(field) ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (field: ContactFormField) => {
    const message = errorOf(field);
    return message ? (
      <p id={`${id(field)}-error`} class="error-message">
        <span class="visually-hidden">{w('contact.errorPrefix')}</span> {w(message)}
      </p>
    ) : null;
  };
  const textField = (field: ContactFormField, options: { hint?: string; type?: string; autocomplete?: string } = {}) => (
    <div class={`field${errorOf(field) ? ' field-error' : ''}`}>
      <label for={id(field)}>{w(`contact.${field}.label`)}</label>
      {options.hint && (
        <p id={`${id(field)}-hint`} class="hint">
          {options.hint}
        </p>
      )}
      {errorLine(field)}
      <input
        id={id(field)}
        name={field}
        type={options.type ?? 'text'}
        value={values[field]}
        onInput={set(field)}
        autocomplete={options.autocomplete}
        spellcheck={false}
        aria-invalid={errorOf(field) ? true : undefined}
        aria-describedby={describedBy(field, !!options.hint)}
      />
    </div>
  );
  const focusField = (field: ContactFormField) => (event: MouseEvent) => {
    event.preventDefault();
    const target = field === 'errorMessage' ? document.querySelector<HTMLInputElement>('input[name=errorMessage]') : document.getElementById(id(field));
    target?.focus();
    target?.closest('.field, fieldset')?.scrollIntoView({ block: 'start' });
  };
  const soon = values.evaluationDate !== '' && isSoon(values.evaluationDate, new Date(), context.urgentWithinDays);
  const onCopy = (text: string) => async () => {
    setStatus('');
    setStatus((await copy(text)) ? w('contact.copied') : w('contact.copyFailed'));
  };

  return (
    <section class="contact" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{w('contact.heading')}</h2>
      <p>{w('contact.intro')}</p>
      <p class="important">{w('contact.passwordWarning')}</p>
      {prefillIgnored && <p class="notice">{w('contact.prefillIgnored')}</p>}
      {errors.length > 0 && (
        <div class="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{w('contact.errorSummary')}</h2>
          <ul>
            {errors.map(([field, message]) => (
              <li key={field}>
                <a href={`#${id(field)}`} onClick={focusField(field)}>
                  {w(message)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate>
        {textField('firstName', { autocomplete: 'given-name' })}
        {textField('lastName', { autocomplete: 'family-name' })}
        {textField('email', { type: 'email', autocomplete: 'email', hint: w('contact.email.hint') })}
        <fieldset class={`field${errorOf('errorMessage') ? ' field-error' : ''}`} aria-describedby={errorOf('errorMessage') ? `${id('errorMessage')}-error` : undefined}>
          <legend>{w('contact.errorMessage.legend')}</legend>
          {errorLine('errorMessage')}
          {(['codeNotFound', 'other'] as const).map((option, i) => (
            <div class="radio" key={option}>
              <input
                type="radio"
                name="errorMessage"
                id={i === 0 ? id('errorMessage') : `${id('errorMessage')}-${option}`}
                value={option}
                checked={values.errorMessage === option}
                onChange={set('errorMessage')}
              />
              <label for={i === 0 ? id('errorMessage') : `${id('errorMessage')}-${option}`}>{w(`contact.errorMessage.${option}`)}</label>
            </div>
          ))}
          {values.errorMessage === 'other' && textField('otherMessage', { hint: w('contact.otherMessage.hint') })}
        </fieldset>
        {textField('course')}
        {textField('evaluationDate', { type: 'date', hint: w('contact.evaluationDate.hint') })}
        {soon && <p class="soon" role="status">{w('contact.soon')}</p>}
        <button type="submit" class="action">
          {w('contact.submit')}
        </button>
      </form>
      {mail && (
        <div class="ready" aria-labelledby="ready-heading">
          <h2 id="ready-heading" ref={readyRef} tabIndex={-1}>
            {w('contact.ready.heading')}
          </h2>
          {mail.urgent && <p class="soon">{w('contact.soon')}</p>}
          <a class="action" href={mail.href}>
            {w('contact.ready.open')}
          </a>
          {mail.shortened && <p class="notice">{w('contact.ready.shortened')}</p>}
          <p>{w('contact.ready.webmail')}</p>
          <dl class="mail-parts">
            <dt>{w('contact.ready.to')}</dt>
            <dd>
              <span id="ready-to">{context.supportEmail}</span>{' '}
              <button type="button" class="button" onClick={onCopy(context.supportEmail)}>
                {w('contact.copyAddress')}
              </button>
            </dd>
            <dt>{w('contact.ready.subject')}</dt>
            <dd id="ready-subject">{mail.subject}</dd>
            <dt>
              <label for="ready-message">{w('contact.ready.message')}</label>
            </dt>
            <dd>
              <textarea id="ready-message" readOnly rows={12} value={mail.text.replace(/\r\n/g, '\n')} />
              <button type="button" class="button" onClick={onCopy(mail.text.replace(/\r\n/g, '\n'))}>
                {w('contact.copyMessage')}
              </button>
            </dd>
          </dl>
          <p role="status" class="status">
            {status}
          </p>
        </div>
      )}
    </section>
  );
}
