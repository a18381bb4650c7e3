/**
 * The form engine of the two islands that prepare an e-mail (support, coordinator): the
 * values, hydrated over the page's own form (what was typed before the script arrived is
 * kept), the draft restored and saved, a press made before hydration carried out, GOV.UK
 * errors with the page title marked, and the prepared mail, or the template when preparing
 * fails in an old browser. Each island keeps only its fields and what its mail says.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { FieldError } from '../../lib/contact-form.ts';
import type { Words } from '../../lib/interpolate.ts';
import { release } from '../../scripts/held-press.ts';
import { errorText, pageForm, typedValues } from './form-values.ts';
import { useDraft } from './use-draft.ts';

/** What an island's `compose` gives: the mail of valid values, or what to fix. */
type Composed<M> = { ok: true; mail: M } | { ok: false; errors: FieldError[] };

interface Options<F extends string, M> {
  /** The id of the page's form, whose inputs hydration reads. */
  formId: string;
  fields: readonly F[];
  empty: Record<F, string>;
  /** Where the draft is kept (shared by a flow's two forms). */
  draftKey: string;
  w: Words;
  /** Values the page brings besides the draft and what is typed (a staff link's prefill), read once. */
  initial?: () => Partial<Record<F, string>>;
  /** Validates `values` and composes the mail, or gives the errors (it may wait for the page's trail, src/scripts/page-trail.ts). */
  compose: (values: Record<F, string>) => Composed<M> | Promise<Composed<M>>;
  /** Runs before each preparation (the support form points out a likely typo then). */
  beforePrepare?: (values: Record<F, string>) => void;
}

export function usePreparedMail<F extends string, M>({
  formId,
  fields,
  empty,
  draftKey,
  w,
  initial,
  compose,
  beforePrepare,
}: Options<F, M>) {
  const draft = useDraft(draftKey);
  // Hydrating over the page's own form: start from what its inputs hold, so the state never disagrees with what the person sees.
  const [values, setValues] = useState<Record<F, string>>(() => ({ ...empty, ...typedValues(pageForm(formId), fields) }));
  const [hydrated, setHydrated] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [mail, setMail] = useState<M | undefined>();
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const baseTitle = useRef('');

  /** Validates `next` and prepares the mail, or shows what to fix; the template takes over if anything throws. */
  const prepare = async (next: Record<F, string>) => {
    try {
      beforePrepare?.(next);
      const result = await compose(next);
      setAttempt((n) => n + 1);
      if (!result.ok) {
        setMail(undefined);
        setErrors(result.errors);
        return;
      }
      setErrors([]);
      setFailed(false);
      setMail(result.mail);
    } catch {
      // An old browser without something the preparation needs: the template still works.
      setMail(undefined);
      setFailed(true);
    }
  };

  useEffect(() => {
    baseTitle.current = document.title;
    const stored = draft.restore() as Partial<Record<string, string>>;
    const restored = Object.fromEntries(fields.flatMap((f) => (stored[f] ? [[f, stored[f]]] : []))) as Partial<Record<F, string>>;
    const next = { ...empty, ...initial?.(), ...restored, ...typedValues(formRef.current, fields) };
    setValues(next);
    setHydrated(true);
    // Pressed before the island was ready: prepare now, from what the form holds now.
    if (formRef.current && release(formRef.current)) void prepare(next);
    // Once, as the island starts: the options are the island's constants, and `prepare` only reads what it is given.
  }, [draft]);

  useEffect(() => {
    if (baseTitle.current) document.title = errors.length ? `${w('contact.titlePrefix')}${baseTitle.current}` : baseTitle.current;
  }, [errors, w]);

  /** New values: kept in the draft, and any prepared mail is out of date. */
  const update = (next: Record<F, string>) => {
    setValues(next);
    draft.save(next);
    setMail(undefined);
  };

  return {
    values,
    update,
    errors,
    attempt,
    mail,
    failed,
    hydrated,
    prepare,
    errorOf: (field: FieldError['field']) => errorText(errors, field, w),
    /** The form element's props: held until hydrated (a press then is carried out, src/scripts/early-click.ts), never submitted natively. */
    formProps: {
      id: formId,
      ref: formRef,
      noValidate: true,
      'data-hold': hydrated ? undefined : '',
      onSubmit: (event: JSX.TargetedEvent<HTMLFormElement>) => {
        event.preventDefault();
        void prepare(values);
      },
    },
  };
}
