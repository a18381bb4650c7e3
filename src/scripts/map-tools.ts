/**
 * Comfort on the staff map: the filter narrows the table as the agent types (any word of a
 * step, accents ignored, synonyms in either language), the replies show this site's own
 * links, and the prefill tool builds the contact link and copies it, refusing a date the
 * contact form would refuse. Without scripts the table is whole and the prefill form opens
 * the contact step itself.
 */
import { siteUrl, wireCopy } from './clipboard.ts';
import { interpolate } from '../lib/interpolate.ts';
import { matchesFilter } from '../lib/step-filter.ts';
import { prefillToolQuery } from '../lib/prefill-date.ts';
import { dateErrors } from './date-error.ts';

function setUpFilter() {
  const form = document.querySelector<HTMLFormElement>('form[data-filter-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type=search]');
  const status = form?.querySelector('[role=status]');
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-search]')];
  if (!form || !input || !status) return;
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      const match = matchesFilter(input.value, row.dataset.search ?? '');
      row.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent =
      input.value.trim() === ''
        ? ''
        : shown === 0
          ? form.dataset.none!
          : interpolate(form.dataset.count!, { count: shown, total: rows.length });
  };
  // A link to the map with ?q= (the form's own GET) opens filtered.
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.addEventListener('input', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}

function showRepliesWithThisSite() {
  for (const pre of document.querySelectorAll<HTMLElement>('pre[data-reply-template]')) {
    pre.textContent = interpolate(pre.dataset.replyTemplate!, { url: siteUrl(pre.dataset.replyPath!) });
  }
}

function setUpPrefillCopy() {
  const form = document.querySelector<HTMLFormElement>('form[data-prefill-form]');
  const button = form?.querySelector<HTMLButtonElement>('[data-prefill-copy]');
  const preview = form?.querySelector<HTMLAnchorElement>('[data-prefill-link]');
  const errors = form && dateErrors(form);
  if (!form || !button || !preview || !errors) return;
  const words = JSON.parse(form.dataset.words!) as Record<string, string>;
  /** The link of what the form holds (the course, the date's three boxes), or the date's problem. */
  const built = () => {
    const fields = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)]));
    return prefillToolQuery(fields.toString(), new Date());
  };
  /** The link shown under the button: only while the date is one the contact form takes. */
  const update = () => {
    const link = built();
    preview.parentElement!.hidden = !link.ok;
    if (!link.ok) return undefined;
    preview.href = siteUrl(`${form.getAttribute('action')}${link.query}`);
    preview.textContent = preview.href;
    return preview.href;
  };
  form.addEventListener('input', update);
  // A press before this script was ready copies now, with what the form holds now. A date the
  // contact form would refuse is refused here with its message, what was typed kept, and
  // nothing is copied.
  wireCopy(button, () => {
    const link = built();
    if (link.ok) errors.clear();
    else errors.show(interpolate(words[link.key]!, link.vars), link.parts);
    return update();
  });
}

setUpFilter();
showRepliesWithThisSite();
setUpPrefillCopy();
