/**
 * The pages a step page's speculation rules ask the browser to prefetch (ADR 002): its
 * answers' pages and itself in the other language. Browsers that ignore the rules (Safari,
 * Firefox) get the same list from the same `<script type="speculationrules">`, so a page
 * has one list of what comes next (src/scripts/prefetch-fallback.ts).
 */

/**
 * The URLs of every `prefetch` rule of type list in these rule sets (the text of each
 * `<script type="speculationrules">`), each once, in order. Only paths on this site: the
 * pages' Content-Security-Policy lets a script fetch nothing else. A rule set that is not
 * JSON, or not the shape of one, adds nothing.
 */
export function prefetchUrls(ruleSets: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const text of ruleSets) {
    let rules: unknown;
    try {
      rules = (JSON.parse(text) as { prefetch?: unknown } | null)?.prefetch;
    } catch {
      continue;
    }
    for (const rule of Array.isArray(rules) ? (rules as ({ urls?: unknown } | null)[]) : [])
      for (const url of Array.isArray(rule?.urls) ? (rule.urls as unknown[]) : [])
        if (typeof url === 'string' && /^\/(?![/\\])/.test(url)) urls.add(url);
  }
  return [...urls];
}

/**
 * Whether the browser showed this page (at `path`) from the copy the previous page fetched
 * for it: true when nothing crossed the network, false when it was fetched again (a browser
 * whose navigations do not reuse what a script fetched, as WebKit: then fetching ahead only
 * costs the person's data), undefined when the previous page did not finish fetching it, the
 * page was not reached by following a link, or the browser does not say.
 */
export function reusedPrefetch(
  path: string,
  fetched: unknown,
  navigation: { type?: string; transferSize?: number } | undefined,
): boolean | undefined {
  if (!Array.isArray(fetched) || !fetched.includes(path)) return undefined;
  if (navigation?.type !== 'navigate' || typeof navigation.transferSize !== 'number') return undefined;
  return navigation.transferSize === 0;
}
