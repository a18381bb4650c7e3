/**
 * The one inline script of a step page's body. It runs before the answers exist, so an
 * early click is never lost: it queues the answer for the next page (src/scripts/wizard.ts
 * adds it to the trail there) and makes a double click advance one step only. "Start over"
 * forgets this tab's answers and drafts. A press of a button that a script gives meaning
 * to (inside `[data-hold]`: the date answer, the contact and coordinator forms, "Copy
 * link"), or Enter in such a form, made before that script is ready, is held: marked
 * `data-pressed` for the script to carry out when it is (src/scripts/held-press.ts), and,
 * if that takes more than a moment, the `[data-waiting]` status inside says so. An answer
 * pressed before the page's module has armed its view signal sends that signal (ADR 008).
 * Written as a real function (type-checked and linted), then serialised with its settings,
 * minified at build time (esbuild, for the browsers package.json lists: every step page
 * parses it before its heading is painted: 1.6 KB instead of 2.2) and written into the page,
 * where its CSP hash allows it.
 */
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { transformSync } from 'esbuild';
import { CLEARED_BY_START_OVER, MAX_PENDING, PENDING_KEY } from '../lib/storage-keys.ts';

/** After a held press, how long before the page says it is getting ready, and before it says it is taking long. */
const WAIT_MS = 400;
const LONG_WAIT_MS = 8000;

/** The listener, self-contained: it runs from its source text, so it may use nothing from outside but its arguments. */
function recordEarlyClicks(pendingKey: string, maxPending: number, clearedByStartOver: string, waitMs: number, longWaitMs: number) {
  const hold = (e: Event, held: HTMLElement) => {
    e.preventDefault();
    if (held.hasAttribute('data-pressed')) return;
    held.setAttribute('data-pressed', '');
    const status = held.querySelector<HTMLElement>('[data-waiting]');
    const say = (words: string | undefined, after: number) =>
      setTimeout(() => {
        if (status && held.hasAttribute('data-hold')) status.textContent = words ?? '';
      }, after);
    say(status?.dataset.waiting, waitMs);
    say(status?.dataset.waitingLong, longWaitMs);
  };
  document.addEventListener(
    'keydown',
    (e) => {
      const held = e.key === 'Enter' && e.target instanceof HTMLInputElement ? e.target.closest<HTMLElement>('form[data-hold]') : null;
      if (held) hold(e, held);
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      const held = e.target instanceof Element ? e.target.closest('button')?.closest<HTMLElement>('[data-hold]') : null;
      if (held) return hold(e, held);
      const a = e.target instanceof Element ? e.target.closest<HTMLElement>('a[data-answer], a[data-start-over]') : null;
      if (!a) return;
      // Leaving before the page's module is ready to send its view signal (src/scripts/view-signal.ts): send it now, without its edge.
      const root = document.documentElement;
      if (!root.dataset.signal) {
        root.dataset.signal = 'sent';
        const seen = document.querySelector<HTMLElement>('noscript[data-seen]')?.dataset.seen;
        const how = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
        if (seen && how !== 'back_forward' && how !== 'reload') fetch(seen, { keepalive: true }).catch(() => undefined);
      }
      try {
        if ('startOver' in a.dataset) {
          for (const k of Object.keys(sessionStorage)) if (new RegExp(clearedByStartOver).test(k)) sessionStorage.removeItem(k);
        } else if (document.documentElement.dataset.leaving) {
          e.preventDefault();
        } else {
          document.documentElement.dataset.leaving = '1';
          let queue: unknown = [];
          try {
            queue = JSON.parse(sessionStorage.getItem(pendingKey) || '[]');
          } catch {
            // corrupt queue: start a new one
          }
          const list = Array.isArray(queue) && queue.length < maxPending ? queue : [];
          list.push({ step: a.dataset.from, answer: a.dataset.answer });
          sessionStorage.setItem(pendingKey, JSON.stringify(list));
        }
      } catch {
        // storage blocked: the flow works without a trail
      }
    },
    true,
  );
  addEventListener('pageshow', () => delete document.documentElement.dataset.leaving);
}

/** The script's text as the page carries it (and as its CSP hash is computed). */
export const EARLY_CLICK_SCRIPT = transformSync(
  `(${recordEarlyClicks.toString()})(${JSON.stringify(PENDING_KEY)}, ${MAX_PENDING}, ${JSON.stringify(CLEARED_BY_START_OVER)}, ${WAIT_MS}, ${LONG_WAIT_MS});`,
  // For the browsers the site supports, as its bundled scripts are (astro.config.mjs).
  { minify: true, target: browserslistToEsbuild() },
).code.trim();
