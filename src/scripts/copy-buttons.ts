/**
 * Buttons `[data-copy-path]` copy that path as a full URL on this site, or, with
 * `data-copy-template`, a text whose `{url}` becomes that URL (a ready-to-paste reply);
 * each says whether it worked in the `[role=status]` right beside it, not at the top of
 * the page. Without scripts the links and replies themselves are visible and selectable.
 */
import { copyText } from './clipboard.ts';
import { interpolate } from '../lib/interpolate.ts';
import { release } from './held-press.ts';

/** The full URL of a path on this site, as the page knows its own origin. */
export const siteUrl = (path: string) => new URL(path, location.origin).href;

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.nextElementSibling?.matches('[role=status]') ? button.nextElementSibling : undefined;
    if (status) status.textContent = '';
    const url = siteUrl(button.dataset.copyPath!);
    const text = button.dataset.copyTemplate ? interpolate(button.dataset.copyTemplate, { url }) : url;
    const copied = await copyText(text);
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
  });
  // Pressed before this script was ready: copy now (the browser may refuse it by then, and the status says so).
  const held = button.closest('[data-hold]');
  if (held && release(held)) button.click();
}
