/**
 * Runs `work` once the page has been painted: in the task after its first frame. A step page's
 * module (src/components/StepView.astro) waits for it, so that its code is neither compiled
 * nor run before the heading is on the screen. Module scripts are deferred, yet Chromium runs
 * one that is already in its cache before the first frame: a page reached from the cache
 * painted its heading after the wizard had run in half the answers of a throttled phone
 * (ADR 002). A hidden page (prepared ahead, or opened in a background tab) paints no frame:
 * its work runs at once, as before, and a page hidden before its first frame runs it then.
 */
export function afterFirstPaint(work: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    work();
  };
  if (document.visibilityState === 'hidden') return void setTimeout(start, 0);
  requestAnimationFrame(() => setTimeout(start, 0));
  document.addEventListener('visibilitychange', start, { once: true });
}
