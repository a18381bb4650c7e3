/**
 * The one inline script of a step page's body. It runs before the answers exist, so an
 * early click is never lost: it queues the answer for the next page (src/scripts/wizard.ts
 * adds it to the trail there) and makes a double click advance one step only. "Start over"
 * forgets this tab's answers and drafts. Written as a real function (type-checked and
 * linted), then serialised with its settings into the page, where its CSP hash allows it.
 */
import { CLEARED_BY_START_OVER, MAX_PENDING, PENDING_KEY } from '../lib/storage-keys.ts';

/** The listener, self-contained: it runs from its source text, so it may use nothing from outside but its arguments. */
function recordEarlyClicks(pendingKey: string, maxPending: number, clearedByStartOver: string) {
  document.addEventListener(
    'click',
    (e) => {
      const a = e.target instanceof Element ? e.target.closest<HTMLElement>('a[data-answer], a[data-start-over]') : null;
      if (!a) return;
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
export const EARLY_CLICK_SCRIPT = `(${recordEarlyClicks.toString()})(${JSON.stringify(PENDING_KEY)}, ${MAX_PENDING}, ${JSON.stringify(CLEARED_BY_START_OVER)});`;
