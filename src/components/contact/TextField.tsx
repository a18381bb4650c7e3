/**
 * One labelled input with its hint, its error and, for fields with a length limit, a
 * count that appears before the limit is reached (GOV.UK's character count).
 */
import type { ComponentChildren, JSX } from 'preact';
import type { Words } from '../../lib/interpolate.ts';
import { characterCount } from '../../lib/character-count.ts';

interface Props {
  id: string;
  name: string;
  label: string;
  value: string;
  onInput: (event: JSX.TargetedEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'date';
  autocomplete?: string;
  /** Most characters; the count shows from 80 % of it. */
  max?: number;
  w: Words;
  /** The page's language, for the count's plural. */
  locale: string;
  /** Shown under the input (an e-mail suggestion). */
  children?: ComponentChildren;
}

export default function TextField({
  id,
  name,
  label,
  value,
  onInput,
  onBlur,
  error,
  hint,
  type = 'text',
  autocomplete,
  max,
  w,
  locale,
  children,
}: Props) {
  const count = max ? characterCount([...value].length, max, w, locale) : '';
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, max && `${id}-count`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">{w('contact.errorPrefix')}</span> {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        onInput={onInput}
        onBlur={onBlur}
        autocomplete={autocomplete}
        spellcheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {max && (
        <p id={`${id}-count`} class={`hint count${[...value].length > max ? ' count-over' : ''}`} aria-live="polite">
          {count}
        </p>
      )}
      {children}
    </div>
  );
}
