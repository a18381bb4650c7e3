/**
 * Returning to a page the person has already seen (Back, "Change" in the trail, "Start
 * over") through the browser's history instead of a new request: the page comes back from
 * the back/forward cache, or from the HTTP cache, without a round trip (ADR 002).
 */

/** What this module needs of a Navigation API history entry. */
export interface HistoryEntry {
  key: string;
  index: number;
  url: string | null;
}

const withoutHash = (url: string) => url.split('#')[0];

/**
 * The key of the nearest entry before the current one that shows `target` (same URL, the
 * fragment aside), or undefined when the person has not been there in this tab: then the
 * link is followed as usual.
 */
export function earlierEntry(entries: readonly HistoryEntry[], currentIndex: number, target: string): string | undefined {
  const wanted = withoutHash(target);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (entry.index < currentIndex && entry.url !== null && withoutHash(entry.url) === wanted) return entry.key;
  }
  return undefined;
}
