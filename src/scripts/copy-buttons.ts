/**
 * Buttons `[data-copy-path]` copy that path as a full URL on this site, or, with
 * `data-copy-template`, a text whose `{url}` becomes that URL (a ready-to-paste reply).
 * Without scripts the links and replies themselves are visible and selectable.
 */
import { siteUrl, wireCopy } from './clipboard.ts';
import { interpolate } from '../lib/interpolate.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-path]')) {
  button.hidden = false;
  wireCopy(button, () => {
    const url = siteUrl(button.dataset.copyPath!);
    return button.dataset.copyTemplate ? interpolate(button.dataset.copyTemplate, { url }) : url;
  });
}
