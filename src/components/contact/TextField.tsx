/**
 * One labelled input with its hint, its error and, for fields with a length limit, a
 * count that appears before the limit is reached (GOV.UK's character count).
 */
import type { ComponentChildren, JSX } from 'preact';
import type { Words } from '../../lib/interpolate.ts';

/** Share of the limit from which the count shows. */
const COUNT_FROM = 0.8;

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
  /** Most characters; the count shows from COUNT_FROM of it. */
  max?: number;
  w: Words;
  /** Shown under the input (an e-mail suggestion). */
  children?: ComponentChildren;
}

/** What the count says for `length` characters of `max`, or '' while far from the limit. */
function countMessage(length: number, max: number, w: Words): string {
  if (length < max * COUNT_FROM) return '';
  const left = max - length;
  if (left >= 0) return left === 1 ? w('contact.count.remainingOne') : w('contact.count.remaining', { count: left });
  return -left === 1 ? w('contact.count.overOne') : w('contact.count.over', { count: -left });
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
  children,
}: Props) {
  const count = max ? countMessage([...value].length, max, w) : '';
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
