/**
 * The one inline script of a step page, written as text so its CSP hash can be computed
 * (src/lib/csp.ts). It runs before the answers exist, so an early click is never lost: it
 * queues the answer for the next page (src/scripts/wizard.ts checks it there) and makes a
 * double click advance one step only. "Start over" forgets this tab's answers and drafts.
 */
export const EARLY_CLICK_SCRIPT = `
document.addEventListener(
  'click',
  (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[data-answer], a[data-start-over]') : null;
    if (!a) return;
    try {
      if ('startOver' in a.dataset) {
        for (const k of Object.keys(sessionStorage)) if (/^(trail|contact):/.test(k)) sessionStorage.removeItem(k);
      } else if (document.documentElement.dataset.leaving) {
        e.preventDefault();
      } else {
        document.documentElement.dataset.leaving = '1';
        let queue = [];
        try {
          queue = JSON.parse(sessionStorage.getItem('trail:pending') || '[]');
        } catch {
          // corrupt queue: start a new one
        }
        if (!Array.isArray(queue) || queue.length > 63) queue = [];
        queue.push({ step: a.dataset.from, answer: a.dataset.answer });
        sessionStorage.setItem('trail:pending', JSON.stringify(queue));
      }
    } catch {
      // storage blocked: the flow works without a trail
    }
  },
  true,
);
addEventListener('pageshow', () => delete document.documentElement.dataset.leaving);
`;
