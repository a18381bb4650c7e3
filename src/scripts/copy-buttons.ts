/**
 * Buttons `[data-copy-path]` copy that path as a full URL on this site and say so in the
 * nearest `[role=status]`. Hidden until this script shows them: without scripts the links
 * themselves are visible and selectable.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = document.getElementById(button.dataset.status ?? '');
    if (status) status.textContent = '';
    try {
      await navigator.clipboard.writeText(new URL(button.dataset.copyPath!, location.origin).href);
      if (status) status.textContent = button.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}
