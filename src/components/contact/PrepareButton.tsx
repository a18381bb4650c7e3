/**
 * The button that prepares the message, and the status that says the page is getting ready
 * when it is pressed before hydration (filled by src/scripts/early-click.ts). A plain button
 * until hydrated: before then, submitting would put the values in the URL.
 */
import type { Words } from '../../lib/interpolate.ts';

export default function PrepareButton({ hydrated, label, w }: { hydrated: boolean; label: string; w: Words }) {
  return (
    <>
      <p class="waiting" role="status" data-waiting={w('form.waiting')} data-waiting-long={w('form.waitingLong')} />
      <button type={hydrated ? 'submit' : 'button'} class="action">
        {label}
      </button>
    </>
  );
}
