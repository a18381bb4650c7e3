/**
 * Comfort on step pages, never needed to walk the flow: the trail ("Your answers so far",
 * the back link), clearing on "Start over", and "Copy link to this step".
 */
import { addAnswer, parseTrail, reconcileTrail, type TrailEntry, type TrailGraph } from '../lib/trail.ts';

interface PageWords extends TrailGraph {
  key: string;
  step: string;
  start: string;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // storage blocked: the wizard still works, without a trail
  }
}

function save(key: string, entries: TrailEntry[]) {
  try {
    storage()?.setItem(key, JSON.stringify(entries));
  } catch {
    // quota or privacy mode: the trail is a comfort, losing it is fine
  }
}

/** Removes every trail and form draft of this tab (Start over). */
function clearAll() {
  const s = storage();
  if (!s) return;
  for (const k of Object.keys(s)) if (k.startsWith('trail:') || k.startsWith('contact:')) s.removeItem(k);
}

function renderTrail(entries: TrailEntry[], words: PageWords) {
  const section = document.getElementById('trail');
  const list = section?.querySelector('ol');
  const template = section?.querySelector('template');
  if (!section || !list || !template) return;
  list.replaceChildren(
    ...entries.map((entry) => {
      const step = words.steps[entry.step]!;
      const item = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
      item.querySelector('.q')!.textContent = step.title;
      item.querySelector('.a')!.textContent = step.answers[entry.answer]![0];
      const change = item.querySelector<HTMLAnchorElement>('a.change')!;
      change.href = step.href;
      change.querySelector('.visually-hidden')!.textContent = change.dataset.hidden!.replace('{question}', step.title);
      return item;
    }),
  );
  section.hidden = entries.length === 0;
  const back = document.querySelector<HTMLAnchorElement>('a[data-back]');
  if (back) {
    const previous = entries.at(-1);
    back.hidden = !previous;
    if (previous) back.href = words.steps[previous.step]!.href;
  }
}

function setUpTrail() {
  const source = document.getElementById('flow-words');
  if (!source?.textContent) return;
  const words = JSON.parse(source.textContent) as PageWords;
  // The stored trail is kept whole, so back then forward shows it again; this page shows
  // the part of it that leads here, and a new answer continues from that part.
  const shownTrail = () => reconcileTrail(parseTrail(storage()?.getItem(words.key) ?? null, words), words.step, words);
  let shown = shownTrail();
  renderTrail(shown, words);

  let leaving = false;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link) return;
    if (link.dataset.answer !== undefined) {
      // A double click must advance one step only: the second click is ignored.
      if (leaving) return event.preventDefault();
      leaving = true;
      save(words.key, addAnswer(shown, words.step, link.dataset.answer));
    } else if (link.dataset.startOver !== undefined) {
      clearAll();
    }
  });
  // Coming back through the back-forward cache: allow answering again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    leaving = false;
    shown = shownTrail();
    renderTrail(shown, words);
  });
}

function setUpShare() {
  const box = document.getElementById('share');
  const button = box?.querySelector('button');
  const field = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector('[role=status]');
  if (!box || !button || !field || !status) return;
  // The page knows its own origin better than the build did.
  field.value = new URL(field.dataset.path!, location.origin).href;
  button.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.copied!;
    } catch {
      field.select();
      status.textContent = button.dataset.failed!;
    }
  });
}

setUpTrail();
setUpShare();
