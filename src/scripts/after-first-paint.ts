/**
 * Runs `work` once the page has been painted: in the task after its first frame. A step page's
 * wizard (src/scripts/wizard.ts) waits for it, so that its setting up never runs before the
 * heading is on the screen. Module scripts are deferred, yet Chromium runs one that is already
 * in its cache before the first frame: a page reached from the cache painted its heading after
 * the wizard had run in half the answers of a throttled phone (ADR 002, revised 2026-12-07).
 * A hidden page (prepared ahead, or opened in a background tab) paints no frame: its work runs
 * at once, as before; one hidden before its first frame runs it when it is shown.
 */
export function afterFirstPaint(work: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(work, 0);
  else requestAnimationFrame(() => setTimeout(work, 0));
}
