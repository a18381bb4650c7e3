/**
 * Comfort on the staff map: the filter narrows the table as the agent types (any word of a
 * step, accents ignored), the replies show this site's own links, and the prefill tool
 * builds the contact link and copies it. Without scripts the table is whole and the prefill
 * form opens the contact step itself.
 */
import { siteUrl, wireCopy } from './clipboard.ts';
import { interpolate } from '../lib/interpolate.ts';
import { matchesFilter } from '../lib/step-filter.ts';
import { prefillFromQuery, prefillQuery } from '../lib/prefill.ts';
import { prefilledDate } from '../lib/prefill-date.ts';

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
  if (!form || !button || !preview) return;
  const link = () => {
    // The form's own fields (the course, the date's three boxes), read as the contact step reads them.
    const fields = new URLSearchParams([...new FormData(form)].map(([key, value]) => [key, String(value)]));
    const { values } = prefillFromQuery(`?${fields.toString()}`);
    values.evaluationDate = prefilledDate(values).iso;
    delete values.dateBoxes;
    return siteUrl(`${form.getAttribute('action')}${prefillQuery(values)}`);
  };
  const update = () => {
    preview.href = link();
    preview.textContent = preview.href;
    preview.parentElement!.hidden = false;
  };
  form.addEventListener('input', update);
  // A press before this script was ready copies now, with what the form holds now.
  wireCopy(button, () => {
    update();
    return preview.href;
  });
}

setUpFilter();
showRepliesWithThisSite();
setUpPrefillCopy();
