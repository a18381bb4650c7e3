/**
 * Where the browser ignores speculation rules (Safari, Firefox), this page fetches the same
 * pages its rules list, its answers' pages and itself in the other language, into the HTTP
 * cache once it has loaded. Step pages are fresh there for a few minutes (`Cache-Control` in
 * `_headers`, src/integrations/security-headers.ts), so a click renders from the cache
 * without a round trip, as Chromium renders from its prefetch (ADR 002, revised 2026-12-06).
 * Not `<link rel="prefetch">`: Safari ignores it, and Chromium would keep such a response
 * five minutes whatever its headers say, which the bench would then measure instead.
 * WebKit fetches a page again when the person follows a link to it, whatever a script
 * fetched: the first page shown that way ends the fetching ahead for the tab, so an iPhone
 * spends the data of one step's pages, not of every step's.
 */
import { prefetchUrls, reusedPrefetch } from '../lib/speculation.ts';
import { PREFETCH_OFF_KEY, PREFETCHED_KEY } from '../lib/storage-keys.ts';
import { appendSessionList, readSession, readSessionJson, removeSession, writeSessionJson } from './session-storage.ts';

export function prefetchWithoutSpeculationRules() {
  const script: { supports?: (type: string) => boolean } = HTMLScriptElement;
  if (script.supports?.('speculationrules')) return;
  // All of it once the page has loaded and been painted: its storage reads and writes, done
  // while the page is parsed, delay the heading's first paint on a slow phone.
  const later = () => requestAnimationFrame(() => setTimeout(fetchAhead, 0));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

function fetchAhead() {
  // A page fetched ahead that was fetched again when shown (WebKit): fetching ahead only
  // costs data in this browser, so this tab stops.
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (reusedPrefetch(location.pathname, readSessionJson(PREFETCHED_KEY), navigation) === false) writeSessionJson(PREFETCH_OFF_KEY, true);
  removeSession(PREFETCHED_KEY);
  if (readSession(PREFETCH_OFF_KEY) !== null) return;
  const ruleSets = [...document.querySelectorAll('script[type=speculationrules]')].map((s) => s.textContent ?? '');
  const urls = prefetchUrls(ruleSets);
  // After the page's own requests. The credentials are a navigation's (the default), or the
  // cache would keep the response apart from the page's; the body is read so it is all stored.
  for (const url of urls)
    fetch(url, { priority: 'low' })
      .then((response) => response.arrayBuffer())
      // Fetched whole: the next page can tell whether it was shown from this copy.
      .then(() => appendSessionList(PREFETCHED_KEY, url, urls.length))
      .catch(() => undefined);
}
