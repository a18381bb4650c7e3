/**
 * The optional date of the evaluation, in both forms (support and coordinator): GOV.UK's
 * three boxes, and under them, once a valid date is typed, what its nearness means
 * (`soon`, given by the form: write now, and who else to tell).
 */
import type { ComponentChildren } from 'preact';
import DateInput, { partName } from '../DateInput.tsx';
import { exampleDate, readDateParts, type DatePart } from '../../lib/date-parts.ts';
import { checkEvaluationDate } from '../../lib/evaluation-date.ts';
import { isoDaysAhead } from '../../lib/calendar.ts';
import { EXAMPLE_DAYS_AHEAD, type FieldError } from '../../lib/contact-form.ts';
import type { Words } from '../../lib/interpolate.ts';

/** The date's boxes in a form's values. */
export type EvaluationDateBox = 'evaluationDay' | 'evaluationMonth' | 'evaluationYear';
const DATE_NAME = 'evaluation';
const dateBox = (part: DatePart) => partName(DATE_NAME, part) as EvaluationDateBox;

/** The evaluation date typed so far, when it is a date the form accepts (today or later, within a year), as YYYY-MM-DD. */
export function typedEvaluationDate(values: Record<EvaluationDateBox, string>, today: Date): string | undefined {
  const typed = readDateParts({ day: values.evaluationDay, month: values.evaluationMonth, year: values.evaluationYear });
  return typed.kind === 'date' && checkEvaluationDate(typed.date, today).ok ? typed.iso : undefined;
}

interface Props {
  /** Base id of the boxes (`<id>-day`, …), which the error summary's links lead to. */
  id: string;
  values: Record<EvaluationDateBox, string>;
  onInput: (box: EvaluationDateBox, value: string) => void;
  errors: readonly FieldError[];
  errorOf: (field: 'evaluationDate') => string | undefined;
  w: Words;
  today: Date;
  /** What to say under the boxes about a date typed that is soon (nothing when it is not). */
  soon?: ComponentChildren;
}

export default function EvaluationDateField({ id, values, onInput, errors, errorOf, w, today, soon }: Props) {
  return (
    <>
      <DateInput
        id={id}
        name={DATE_NAME}
        legend={w('contact.evaluationDate.label')}
        hint={w('contact.evaluationDate.hint', { example: exampleDate(isoDaysAhead(today, EXAMPLE_DAYS_AHEAD)) })}
        labels={{ day: w('date.day'), month: w('date.month'), year: w('date.year'), errorPrefix: w('contact.errorPrefix') }}
        values={{ day: values.evaluationDay, month: values.evaluationMonth, year: values.evaluationYear }}
        onInput={(part, value) => onInput(dateBox(part), value)}
        error={errorOf('evaluationDate')}
        errorParts={errors.find((e) => e.field === 'evaluationDate')?.parts}
      />
      {soon && (
        <div class="soon" role="status">
          {soon}
        </div>
      )}
    </>
  );
}
