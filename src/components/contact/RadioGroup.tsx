/** A GOV.UK radio group: a legend, its error, one labelled radio button per option (the first carries the group's id, for the error summary). */
import type { JSX } from 'preact';
import Marked from './Marked.tsx';
import type { Words } from '../../lib/interpolate.ts';

interface Props {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (event: JSX.TargetedEvent<HTMLInputElement>) => void;
  error?: string;
  w: Words;
  /** Shown after the options (the text of "another message"). */
  children?: JSX.Element | false;
}

export default function RadioGroup({ id, name, legend, options, value, onChange, error, w, children }: Props) {
  return (
    <fieldset class={`field${error ? ' field-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">{w('contact.errorPrefix')}</span> {error}
        </p>
      )}
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="radio" key={option.value}>
            <input type="radio" name={name} id={optionId} value={option.value} checked={value === option.value} onChange={onChange} />
            <label for={optionId}>
              <Marked text={option.label} />
            </label>
          </div>
        );
      })}
      {children}
    </fieldset>
  );
}
