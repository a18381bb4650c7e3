/**
 * The GOV.UK error summary: every problem as a link to its field, focused after each
 * attempt (`attempt` changes) so screen readers hear it even when the problems stay the same.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { FieldError } from '../../lib/contact-form.ts';
import type { Words } from '../../lib/interpolate.ts';

interface Props {
  errors: readonly FieldError[];
  attempt: number;
  w: Words;
  /** The id of the input an error's link focuses: its field's (the first radio button of a group, the first wrong box of a date). */
  targetId: (error: FieldError) => string;
}

export default function ErrorSummary({ errors, attempt, w, targetId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  const focusField = (error: FieldError) => (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(targetId(error));
    target?.focus();
    target?.closest('.field, fieldset')?.scrollIntoView({ block: 'start' });
  };
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{w('contact.errorSummary')}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${targetId(error)}`} onClick={focusField(error)}>
              {w(error.key, error.vars)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
