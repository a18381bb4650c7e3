/** What both form islands (support, coordinator) read from their page and their errors. */
import type { FieldError } from '../../lib/contact-form.ts';
import type { Words } from '../../lib/interpolate.ts';

/** The page's form with this id, or null while rendering on the server. */
export function pageForm(id: string): HTMLFormElement | null {
  return typeof document === 'undefined' ? null : (document.getElementById(id) as HTMLFormElement | null);
}

/** What the inputs of `form` hold now (typed before the island hydrated, the page keeps it): non-empty values of `fields`. */
export function typedValues<F extends string>(form: HTMLFormElement | null, fields: readonly F[]): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const element = form?.elements.namedItem(field) as HTMLInputElement | RadioNodeList | null;
    if (element?.value) out[field] = element.value;
  }
  return out;
}

/** The message of a field's error in the page's words, or undefined when the field is fine. */
export function errorText(errors: readonly FieldError[], field: FieldError['field'], w: Words): string | undefined {
  const error = errors.find((e) => e.field === field);
  return error ? w(error.key, error.vars) : undefined;
}
