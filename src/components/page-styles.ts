/**
 * The site's styles, as each page needs them: every page gets the base sheet; the pages with a
 * form (the date question, the contact step, the coordinator outcomes, the staff map) add the
 * forms' sheet, and the contact step and coordinator outcomes the contact sheet. Written inline
 * in the page's <head> (one request fewer on a first visit, as before) by src/components/Layout.astro,
 * in this order, so the sheets cascade as one. A step page carries only what it shows: the
 * browser parses and matches a third less CSS on most steps, before their first paint.
 */
import base from '../styles/global.css?inline';
import forms from '../styles/forms.css?inline';
import contact from '../styles/contact.css?inline';

/** The sheets a page may add to the base one. */
export type ExtraSheet = 'forms' | 'contact';

const SHEETS: Record<ExtraSheet, string> = { forms, contact };

/** The CSS of a page that adds `extra` to the base sheet, in the cascade's order. */
export function pageCss(extra: readonly ExtraSheet[] = []): string {
  const wanted = new Set(extra);
  return [base, ...(['forms', 'contact'] as const).filter((s) => wanted.has(s)).map((s) => SHEETS[s])].join('\n');
}
