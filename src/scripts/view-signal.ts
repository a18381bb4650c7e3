/**
 * The view signal (ADR 008), sent by the step page's module (src/scripts/wizard.ts) once the
 * page is shown: the page asks for its own 1×1 file under /_seen/ (the `data-seen` of its
 * `<noscript>` image, which asks for the same file without scripts), and the host's log
 * counts it. A page only prefetched runs no script and asks nothing; a page back from the
 * back/forward cache does not run this again; a page come back to through the history or
 * reloaded asks nothing (counted when first shown). With the answer that led here (the last
 * one the early-click script queued) when it is one of this step's incoming answers
 * (`data-edges`), the request carries it: `?from=<step>&answer=<answer>`. Nothing else, no
 * identifier. An answer pressed before this module runs sends the view from the early-click
 * script, without its edge (src/scripts/early-click.ts); `data-signal` on the root element
 * keeps it to one.
 *
 * The request waits until the page has been shown a moment (`SHOWN_MS`), or goes as the
 * person leaves it sooner (`pagehide`, or the tab hidden) by a `keepalive` fetch that
 * outlives the page. Sent as the page was read (an inline script reading storage before the
 * heading), it delayed the heading's paint by 35 ms on a throttled phone; in the frames after
 * the first paint by 20 ms (bench, 42 answers: 155 and 133 ms median against 110 ms without
 * a signal and 114 ms with it a second later).
 */
import { PENDING_KEY } from '../lib/storage-keys.ts';
import { edgeFromPending } from '../lib/view-signal-edge.ts';
import { readSessionJson } from './session-storage.ts';

/**
 * How long a page is shown before it asks for its signal file, if the person has not left it before.
 * @internal Also read by the walk-and-count test (e2e/nginx.spec.ts).
 */
export const SHOWN_MS = 1000;

/**
 * The request for this page's signal file, or undefined when this showing is not a view (a
 * return through the history, a reload). `navigation` is the navigation timing's `type`.
 * @internal Exported for its unit test.
 */
export function signalRequest(
  seen: string,
  incoming: readonly string[],
  pending: unknown,
  navigation: string | undefined,
): string | undefined {
  if (navigation === 'back_forward' || navigation === 'reload') return undefined;
  const edge = edgeFromPending(pending, incoming);
  return edge ? `${seen}?from=${edge.from}&answer=${edge.answer}` : seen;
}

/** Reads what led here now (before the trail takes the queued answers) and asks for the signal file once, a moment later or on leaving. */
export function sendViewSignal(): void {
  const root = document.documentElement;
  const source = document.querySelector<HTMLElement>('noscript[data-seen]');
  const seen = source?.dataset.seen;
  if (!seen || root.dataset.signal) return;
  root.dataset.signal = 'armed';
  const navigation = (performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
  const url = signalRequest(seen, (source.dataset.edges ?? '').split(' '), readSessionJson(PENDING_KEY), navigation);
  if (!url) return;
  const send = (leaving: boolean) => {
    clearTimeout(timer);
    removeEventListener('pagehide', leave);
    document.removeEventListener('visibilitychange', hidden);
    root.dataset.signal = 'sent';
    if (leaving) fetch(url, { keepalive: true }).catch(() => undefined);
    else new Image().src = url;
  };
  const leave = () => send(true);
  const hidden = () => {
    if (document.visibilityState === 'hidden') send(true);
  };
  const timer = setTimeout(send, SHOWN_MS, false);
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', hidden);
}
