/**
 * Comfort on step pages, never needed to walk the flow: the trail ("Your answers so far",
 * the back link) and "Copy link to this step". Answers and "Start over" are recorded by
 * the inline script of src/scripts/early-click.ts, which exists before any link does.
 */
import { copyText } from './clipboard.ts';
import { prefillFromQuery, prefillQuery } from '../lib/prefill.ts';
import { setUpDateAnswer, showValidityNote } from './date-answer.ts';
import { interpolate } from '../lib/interpolate.ts';
import { addAnswer, parsePending, parseTrail, reconcileTrail, type TrailEntry, type TrailGraph } from '../lib/trail.ts';

import { PENDING_KEY as PENDING } from '../lib/storage-keys.ts';

/** This page's part (its `#flow-words` JSON); the version's words come from the file at `data`. */
interface PageInfo {
  key: string;
  step: string;
  /** URL of the version's trail data (src/lib/flows/trail-data.ts), cached by the browser. */
  data: string;
}

type PageWords = PageInfo & TrailGraph;

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

/**
 * Adds the answers that earlier pages recorded (src/scripts/early-click.ts queues them
 * on click) to the stored trail, in order; anything foreign is skipped.
 */
function applyPendingAnswers(words: PageWords) {
  const s = storage();
  const raw = s?.getItem(PENDING);
  if (!s || raw == null) return;
  s.removeItem(PENDING);
  for (const { step, answer } of parsePending(raw, words)) {
    save(words.key, addAnswer(reconcileTrail(parseTrail(s.getItem(words.key), words), step, words), step, answer));
  }
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
      change.querySelector('.visually-hidden')!.textContent = interpolate(change.dataset.hidden!, { question: step.title });
      return item;
    }),
  );
  section.hidden = entries.length === 0;
  const back = document.querySelector<HTMLAnchorElement>('a[data-back]');
  if (back) {
    const previous = entries[entries.length - 1];
    back.hidden = !previous;
    if (previous) back.href = words.steps[previous.step]!.href;
  }
}

/** The version's words, or undefined when they cannot be had (offline, blocked): then there is no trail, and nothing else changes. */
async function loadGraph(url: string): Promise<TrailGraph | undefined> {
  try {
    const response = await fetch(url);
    if (!response.ok) return undefined;
    const graph = (await response.json()) as TrailGraph;
    return graph && typeof graph.steps === 'object' && graph.steps !== null ? graph : undefined;
  } catch {
    return undefined;
  }
}

async function setUpTrail() {
  const source = document.getElementById('flow-words');
  if (!source?.textContent) return;
  const page = JSON.parse(source.textContent) as PageInfo;
  const graph = await loadGraph(page.data);
  // Without the words the answers queued by earlier pages stay queued for the next page.
  if (!graph) return;
  const words: PageWords = { ...page, ...graph };
  applyPendingAnswers(words);
  // The stored trail is kept whole, so back then forward shows it again; this page shows
  // the part of it that leads here.
  const show = () => renderTrail(reconcileTrail(parseTrail(storage()?.getItem(words.key) ?? null, words), words.step, words), words);
  show();
  // Coming back through the back-forward cache: show the trail as it is now.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) show();
  });
}

function setUpShare() {
  const box = document.getElementById('share');
  const button = box?.querySelector('button');
  const field = box?.querySelector<HTMLInputElement>('input');
  const status = box?.querySelector('[role=status]');
  if (!box || !button || !field || !status) return;
  // The page knows its own origin better than the build did. On the contact step, a link
  // support staff prefilled (course, date) keeps its valid values.
  const prefill = document.querySelector('article[data-kind=contact]') ? prefillQuery(prefillFromQuery(location.search).values) : '';
  field.value = new URL(field.dataset.path! + prefill, location.origin).href;
  button.addEventListener('click', async () => {
    status.textContent = '';
    if (await copyText(field.value)) {
      status.textContent = button.dataset.copied!;
    } else {
      field.select();
      status.textContent = button.dataset.failed!;
    }
  });
}

setUpShare();
setUpDateAnswer();
showValidityNote();
void setUpTrail();
