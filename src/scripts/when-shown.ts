/**
 * Runs `show` once the page is shown: at once, or, for a page the browser prepared ahead
 * (prerendered by the speculation rules, ADR 002), when the person arrives on it. Until
 * then its storage is a copy taken before the click that led here, and its history entry is
 * not yet in the tab's history.
 */
export function whenShown(show: () => void) {
  if ((document as { prerendering?: boolean }).prerendering) document.addEventListener('prerenderingchange', show, { once: true });
  else show();
}
