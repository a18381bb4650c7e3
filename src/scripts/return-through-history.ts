/**
 * Back, "Change" in the trail, "Start over" and the language switch are links, and work as
 * links without scripts. With scripts, when the page they lead to is already in this tab's
 * history (switching back to the language just left, say), they return to it through the
 * history (the Navigation API's `traverseTo`): the browser shows it from its back/forward
 * cache, without a request, as its own Back button would (ADR 002).
 * Browsers without the Navigation API follow the link.
 */
import { earlierEntry, type HistoryEntry } from '../lib/history-return.ts';

/** What this module uses of the Navigation API (not yet in TypeScript's DOM types). */
interface NavigationEntryLike {
  key: string;
  index: number;
  url: string | null;
  getState(): unknown;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
  traverseTo(key: string): unknown;
  updateCurrentEntry(options: { state: unknown }): void;
}

/**
 * Each page writes its own address into its history entry's state: the entries' `url` is
 * null for pages served with `Referrer-Policy: no-referrer` (as these are, for privacy), but
 * their state is still readable.
 */
const addressOf = (entry: NavigationEntryLike): HistoryEntry => {
  const state = entry.getState();
  const url =
    state && typeof state === 'object' && typeof (state as { url?: unknown }).url === 'string' ? (state as { url: string }).url : null;
  return { key: entry.key, index: entry.index, url: entry.url ?? url };
};

const RETURN_LINKS = 'a[data-back], #trail a.change, a[data-start-over], a.lang-switch';

export function returnThroughHistory() {
  const navigation = (window as { navigation?: NavigationLike }).navigation;
  if (!navigation || typeof navigation.traverseTo !== 'function') return;
  try {
    navigation.updateCurrentEntry({ state: { url: location.href } });
  } catch {
    // no current entry to update (a page not yet fully loaded): links are followed as usual
  }
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(RETURN_LINKS) : null;
    const current = navigation.currentEntry;
    if (!link || !current) return;
    const key = earlierEntry(navigation.entries().map(addressOf), current.index, link.href);
    if (key === undefined) return;
    event.preventDefault();
    navigation.traverseTo(key);
  });
}
