/**
 * The view signal (ADR 008): the second inline script of a step page's body, before any
 * module. A page shown asks for its own 1×1 file under /_seen/ (`data-seen`), which the
 * host's log then counts; a page only prefetched runs no script and asks nothing, a page
 * back from the back/forward cache does not run this again, and a page prerendered asks
 * when it is shown. With the answer that led here (the last one the early-click script
 * queued, src/scripts/early-click.ts) when it is one of this step's incoming answers
 * (`data-edges`, `from:answer` slugs; `help-line` where the help line leads), the request
 * carries it: `?from=<step>&answer=<answer>`. Nothing else, no identifier. Without
 * scripts the page's `<noscript>` image asks for the same file without the edge.
 */
import { PENDING_KEY } from '../lib/storage-keys.ts';
import { HELP_LINE_ANSWER } from '../lib/trail.ts';
import { DATE_ANSWER } from '../lib/view-signal.ts';

/** Self-contained: it runs from its source text, so it may use nothing from outside but its arguments. */
function sendViewSignal(pendingKey: string, helpLine: string, dateAnswer: string) {
  const script = document.currentScript as HTMLScriptElement | null;
  const url = script?.dataset.seen;
  // A page come back to through the history (Back, Change, Start over rebuilt from the
  // cache) or reloaded was counted when first shown; browsers differ in whether they would
  // ask again, so none is asked.
  const how = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  if (!script || !url || how === 'back_forward' || how === 'reload') return;
  const incoming = (script.dataset.edges ?? '').split(' ');
  const kebab = (text: string) => text.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  let query = '';
  try {
    const queue: unknown = JSON.parse(sessionStorage.getItem(pendingKey) || '[]');
    const last = (Array.isArray(queue) ? queue[queue.length - 1] : undefined) as
      { step?: unknown; answer?: unknown; given?: unknown } | undefined;
    if (last && typeof last.step === 'string' && typeof last.answer === 'string') {
      const from = kebab(last.step);
      const answer = last.answer === helpLine ? helpLine : kebab(last.answer);
      if (incoming.includes(`${from}:${answer}`) || (answer === helpLine && incoming.includes(helpLine)))
        query = `?from=${from}&answer=${last.given ? dateAnswer : answer}`;
    }
  } catch {
    // storage blocked or corrupt: the view is counted without its edge
  }
  const send = () => {
    new Image().src = url + query;
  };
  if ((document as { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', send, { once: true });
  else send();
}

/** The script's text as the page carries it (and as its CSP hash is computed). */
export const VIEW_SIGNAL_SCRIPT = `(${sendViewSignal.toString()})(${JSON.stringify(PENDING_KEY)}, ${JSON.stringify(HELP_LINE_ANSWER)}, ${JSON.stringify(DATE_ANSWER)});`;
