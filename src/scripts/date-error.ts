/**
 * GOV.UK's date input and error summary on a page's own form (not an island): the message in
 * the summary and above the boxes, the wrong boxes marked, the summary focused, its link
 * leading to the first wrong box; and all of it cleared once the date is right. The validity
 * question's date answer and the staff map's prefill tool show their date errors through it.
 */
import { DATE_PARTS, type DatePart, type DatePartValues } from '../lib/date-parts.ts';

/** A form's date boxes (src/components/DateInput.tsx) and its error summary, wired. */
export interface DateErrors {
  /** What the three boxes hold now. */
  values(): DatePartValues;
  /** Shows `message` for the boxes `parts` (all three when empty) and focuses the summary, or the first wrong box without one. */
  show(message: string, parts: readonly DatePart[]): void;
  /** Takes every mark of an error away. */
  clear(): void;
}

/** Wires the date input of `form` and its `.error-summary`, if any; undefined when the form has no date input. */
export function dateErrors(form: HTMLFormElement): DateErrors | undefined {
  const group = form.querySelector<HTMLElement>('[data-date-input]');
  const error = group?.querySelector<HTMLElement>('.error-message');
  const fieldset = group?.querySelector('fieldset');
  const found = DATE_PARTS.map((part) => group?.querySelector<HTMLInputElement>(`input[id$="-${part}"]`));
  if (!group || !error || !fieldset || !found.every(Boolean)) return undefined;
  const boxes = { day: found[0]!, month: found[1]!, year: found[2]! };
  const hint = `${group.dataset.dateInput}-hint`;
  const summary = form.querySelector<HTMLElement>('.error-summary');
  const summaryLink = summary?.querySelector('a');
  let firstWrong: HTMLInputElement = boxes.day;
  summaryLink?.addEventListener('click', (event) => {
    event.preventDefault();
    firstWrong.focus();
  });
  const mark = (message: string | undefined, parts: readonly DatePart[]) => {
    error.querySelector('.error-text')!.textContent = message ?? '';
    error.hidden = message === undefined;
    group.classList.toggle('field-error', message !== undefined);
    fieldset.setAttribute('aria-describedby', message === undefined ? hint : `${hint} ${error.id}`);
    for (const part of DATE_PARTS) {
      if (parts.includes(part)) boxes[part].setAttribute('aria-invalid', 'true');
      else boxes[part].removeAttribute('aria-invalid');
    }
  };
  return {
    values: () => ({ day: boxes.day.value, month: boxes.month.value, year: boxes.year.value }),
    show(message, parts) {
      const wrong = parts.length ? parts : DATE_PARTS;
      firstWrong = boxes[wrong[0]!];
      if (summary && summaryLink) {
        summaryLink.textContent = message;
        summaryLink.href = `#${firstWrong.id}`;
        summary.hidden = false;
      }
      mark(message, wrong);
      (summary ?? firstWrong).focus();
    },
    clear() {
      if (summary) summary.hidden = true;
      mark(undefined, []);
    },
  };
}
