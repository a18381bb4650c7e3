/**
 * GOV.UK's date input: a group of three text boxes, Day, Month and Year, in that order in
 * every language, with numeric keyboards on phones. The browser's own date field shows and
 * accepts a different format in each browser and language setting, so no hint could be
 * right for all of them (docs/adr/006-dates-as-three-boxes.md). Rendered as static HTML on
 * a question with a date answer (src/scripts/date-answer.ts marks its errors) and inside the
 * contact form island, which passes the values and the error.
 */
import type { JSX } from 'preact';
import { DATE_PARTS, type DatePart, type DatePartValues } from '../lib/date-parts.ts';

interface Props {
  /** Base id: the boxes are `<id>-day`, `<id>-month` and `<id>-year`; hint and error `<id>-hint`, `<id>-error`. */
  id: string;
  /** Base name: the boxes are named `<name>Day`, `<name>Month`, `<name>Year`. */
  name: string;
  legend: string;
  hint: string;
  /** The labels of the boxes, and the words read before an error ("Error:"), in the page's language. */
  labels: Record<DatePart, string> & { errorPrefix: string };
  /** Values typed so far (the island's state); left out on a static page. */
  values?: DatePartValues;
  onInput?: (part: DatePart, value: string) => void;
  error?: string;
  /** The boxes to highlight with the error; all three when the error is about the whole date. */
  errorParts?: readonly DatePart[];
}

const WIDTH: Record<DatePart, string> = { day: 'date-part-2', month: 'date-part-3', year: 'date-part-4' };

/** The name of a box: `evaluation` and `day` give `evaluationDay`. */
export const partName = (name: string, part: DatePart) => `${name}${part[0]!.toUpperCase()}${part.slice(1)}`;

export default function DateInput({ id, name, legend, hint, labels, values, onInput, error, errorParts = DATE_PARTS }: Props) {
  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  // GOV.UK: the error's bar is on a wrapper, so it runs the whole height of the question (a fieldset draws its legend across its border).
  return (
    <div class={`field date-field${error ? ' field-error' : ''}`} data-date-input={id}>
      <fieldset role="group" aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
        <p id={`${id}-error`} class="error-message" hidden={!error}>
          <span class="visually-hidden">{labels.errorPrefix}</span> <span class="error-text">{error}</span>
        </p>
        <div class="date-input">
          {DATE_PARTS.map((part) => (
            <div class="date-item" key={part}>
              <label for={`${id}-${part}`}>{labels[part]}</label>
              <input
                id={`${id}-${part}`}
                name={partName(name, part)}
                class={WIDTH[part]}
                type="text"
                inputMode="numeric"
                spellcheck={false}
                value={values?.[part]}
                onInput={onInput && ((event: JSX.TargetedEvent<HTMLInputElement>) => onInput(part, event.currentTarget.value))}
                aria-invalid={error && errorParts.includes(part) ? true : undefined}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
