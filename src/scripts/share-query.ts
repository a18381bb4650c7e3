/**
 * "Copy link to this step" with a query the page keeps: on the contact step, the valid
 * values of a link support staff prefilled (course, date), so the link passed on prefills
 * the same. Called by the contact form, which reads that prefill (src/components/contact/ContactForm.tsx);
 * the page's script (src/scripts/wizard.ts) reads `data-query` too, whichever runs first.
 */
import { siteUrl } from './clipboard.ts';

export function keepInShareLink(query: string) {
  const field = document.querySelector<HTMLInputElement>('#share input[data-path]');
  if (!field || !query) return;
  field.dataset.query = query;
  field.value = siteUrl(field.dataset.path! + query);
}
