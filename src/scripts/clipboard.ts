/**
 * The site's copy buttons: the one clipboard call (the contact form, "Share this step", the
 * staff map) and the one wiring of a button with the status beside it.
 */
import { release } from './held-press.ts';

/**
 * Copies text to the clipboard; false when the browser refuses (no permission, an old
 * browser, an insecure origin), so the caller can say so and leave the text selectable.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The full URL of a path on this site, as the page knows its own origin (better than the build did). */
export const siteUrl = (path: string) => new URL(path, location.origin).href;

/**
 * Makes `button` copy `text()` and say whether it worked in the `[role=status]` right beside
 * it (its `data-copied` or `data-failed` words), not at the top of the page; `onFailed` may
 * leave the text selected. When `text()` gives nothing (what is typed has an error, which the
 * page shows), nothing is copied and the status says nothing. A press made before this
 * wiring (held by the page's first script, src/scripts/early-click.ts) is carried out now.
 */
export function wireCopy(button: HTMLButtonElement, text: () => string | undefined, onFailed?: () => void): void {
  const status = button.nextElementSibling?.matches('[role=status]') ? button.nextElementSibling : undefined;
  button.addEventListener('click', async () => {
    if (status) status.textContent = '';
    const wanted = text();
    if (wanted === undefined) return;
    const copied = await copyText(wanted);
    if (!copied) onFailed?.();
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
  });
  const held = button.closest('[data-hold]');
  if (held && release(held)) button.click();
}
