/**
 * The other half of the early-press recorder (src/scripts/early-click.ts): a script that
 * gives meaning to the buttons inside a `[data-hold]` element calls `release` once it is
 * ready. From then on presses reach the script; a press made before is reported, once, so
 * the script carries it out with the values the page holds now.
 */

/** Stops holding presses in `held`; true when one was made while it held them. */
export function release(held: Element): boolean {
  const pressed = held.hasAttribute('data-pressed');
  held.removeAttribute('data-hold');
  held.removeAttribute('data-pressed');
  const status = held.querySelector('[data-waiting]');
  if (status) status.textContent = '';
  return pressed;
}
