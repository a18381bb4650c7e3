/**
 * Comfort on step pages, never needed to walk the flow: the trail ("Your answers so far",
 * the back link), "Copy link to this step", and in browsers without speculation rules the
 * prefetch of the next steps (src/scripts/prefetch-fallback.ts), set up once the page's first frame
 * is painted (src/scripts/after-first-paint.ts). Answers and "Start over" are recorded by the
 * inline script of src/scripts/early-click.ts, which exists before any link does.
 */
import { siteUrl, wireCopy } from './clipboard.ts';
import { interpolate } from '../lib/interpolate.ts';
import { addAnswer, answerText, parsePending, parseTrail, pendingWithout, reconcileTrail, type TrailEntry } from '../lib/trail.ts';

import { PENDING_KEY as PENDING } from '../lib/storage-keys.ts';
import { readSession, removeSession, writeSessionJson } from './session-storage.ts';
import { returnThroughHistory } from './return-through-history.ts';
import { prefetchWithoutSpeculationRules } from './prefetch-fallback.ts';
import { sendViewSignal } from './view-signal.ts';
import { pageTrail, type PageTrail } from './page-trail.ts';
import { whenShown } from './when-shown.ts';
import { afterFirstPaint } from './after-first-paint.ts';

/**
 * Adds the answers that earlier pages recorded (src/scripts/early-click.ts queues them
 * on click) to the stored trail, in order; anything foreign is skipped.
 */
function applyPendingAnswers(trail: PageTrail) {
  const raw = readSession(PENDING);
  if (raw == null) return;
  removeSession(PENDING);
  // Storage full or blocked: the trail is a comfort, losing it is fine.
  for (const entry of parsePending(raw, trail)) {
    writeSessionJson(trail.key, addAnswer(reconcileTrail(parseTrail(readSession(trail.key), trail), entry.step, trail), entry));
  }
}

function renderTrail(entries: TrailEntry[], trail: PageTrail) {
  const section = document.getElementById('trail');
  const list = section?.querySelector('ol');
  const template = section?.querySelector('template');
  if (!section || !list || !template) return;
  list.replaceChildren(
    ...entries.map((entry) => {
      const step = trail.steps[entry.step]!;
      const item = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
      item.querySelector('.q')!.textContent = step.title;
      item.querySelector('.a')!.textContent = answerText(entry, trail, document.documentElement.lang.slice(0, 2));
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
    if (previous) back.href = trail.steps[previous.step]!.href;
  }
}

/**
 * Back on a question already answered (Back, "Change"): its earlier answer is marked, as a
 * check-your-answers page shows it, in the link's own name. A date answer marks none (the
 * date was given, not a link chosen).
 */
function markEarlierAnswer(stored: readonly TrailEntry[], step: string) {
  const list = document.querySelector<HTMLElement>('ul.answers[data-earlier]');
  if (!list) return;
  for (const old of list.querySelectorAll('.earlier-tag')) old.remove();
  for (const link of list.querySelectorAll('a.earlier')) link.classList.remove('earlier');
  const earlier = stored.find((e) => e.step === step);
  const link =
    earlier && !earlier.given ? list.querySelector<HTMLAnchorElement>(`a.answer[data-answer="${CSS.escape(earlier.answer)}"]`) : null;
  if (!link) return;
  const tag = document.createElement('span');
  tag.className = 'earlier-tag';
  tag.textContent = ` (${list.dataset.earlier})`;
  link.classList.add('earlier');
  link.append(tag);
}

async function setUpTrail() {
  const trail = await pageTrail();
  // Without the table the answers queued by earlier pages stay queued for the next page.
  if (!trail) return;
  applyPendingAnswers(trail);
  // The stored trail is kept whole, so back then forward shows it again; this page shows
  // the part of it that leads here.
  const show = () => {
    const stored = parseTrail(readSession(trail.key), trail);
    renderTrail(reconcileTrail(stored, trail.step, trail), trail);
    markEarlierAnswer(stored, trail.step);
  };
  show();
  // Coming back through the back-forward cache: no answer given here is on its way any more;
  // show the trail as it is now.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const left = pendingWithout(readSession(PENDING), trail.step);
    if (left?.length) writeSessionJson(PENDING, left);
    else if (left) removeSession(PENDING);
    show();
  });
}

function setUpShare() {
  const box = document.getElementById('share');
  const button = box?.querySelector('button');
  const field = box?.querySelector<HTMLInputElement>('input');
  if (!box || !button || !field) return;
  // The page knows its own origin better than the build did. On the contact step, a link
  // support staff prefilled keeps its valid values (`data-query`, src/scripts/share-query.ts).
  field.value = siteUrl(field.dataset.path! + (field.dataset.query ?? ''));
  // Refused: the link stays selected, to copy by hand. A press made before this script was ready copies now.
  wireCopy(
    button,
    () => field.value,
    () => field.select(),
  );
}

/**
 * "Did this solve it?" answered in place (src/components/SolvedQuestion.astro): the
 * answer's signal file asked for (ADR 008), the answers gone, the thank-you shown and focused.
 */
function setUpSolvedQuestion() {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-solved]') : null;
    const section = button?.closest<HTMLElement>('[data-solved-question]');
    const thanks = section?.querySelector<HTMLElement>('.solved-thanks');
    if (!button || !section || !thanks || section.classList.contains('answered')) return;
    new Image().src = button.dataset.solved!;
    section.classList.add('answered');
    thanks.hidden = false;
    thanks.focus();
  });
}

/** Sets the page up. */
function startWizard() {
  // A page shown again from the back/forward cache (Back, the browser's own back button) gets
  // the focus a new page gets: its heading.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) document.querySelector<HTMLElement>('h1')?.focus();
  });
  setUpShare();
  setUpSolvedQuestion();
  prefetchWithoutSpeculationRules();
  // A page prepared ahead gets the focus of a new page as the person arrives on it.
  const prerendered = (document as { prerendering?: boolean }).prerendering;
  whenShown(() => {
    if (prerendered) document.querySelector<HTMLElement>('h1')?.focus();
    sendViewSignal();
    returnThroughHistory();
    void setUpTrail();
  });
}

// Once the heading is painted: an answer pressed before then is recorded by the early-click
// script, a held press carried out when the part it belongs to is set up.
afterFirstPaint(startWizard);
