/**
 * Buttons `[data-copy-path]` copy that path as a full URL on this site and say so in the
 * nearest `[role=status]`. Hidden until this script shows them: without scripts the links
 * themselves are visible and selectable.
 */
import { copyText } from './clipboard.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = document.getElementById(button.dataset.status ?? '');
    if (status) status.textContent = '';
    const copied = await copyText(new URL(button.dataset.copyPath!, location.origin).href);
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.failed) ?? '';
  });
}
