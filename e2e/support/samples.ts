/**
 * The pages the browser-wide checks (axe in both themes, the CSP watch, the 320 px check)
 * run on: every distinct kind of page, in every version and language, instead of all of
 * them. Pages of a kind come from one template; e2e/built-pages.spec.ts proves, without a
 * browser and for every built page, that each page's styles and scripts are those of a
 * sampled page, and checks statically what differs from page to page (words, ids, policy).
 */
import { stepRoutes } from '../../src/lib/flows/urls.ts';
import type { StepInfo } from '../../src/lib/flows/model.ts';
import { allPages, flows, LOCALES } from './flows.ts';

/** What makes two step pages the same kind for the page-wide checks: what the template renders differently. */
function kindOf(step: StepInfo, steps: readonly StepInfo[]): string {
  return [
    step.kind,
    // A step a date answer leads to has the validity note and its script.
    steps.some((s) => s.dateAnswer?.branches.some((b) => b.target === step.id)) ? 'after-date' : '',
    step.tags[0] ?? '',
    step.dateAnswer ? 'date' : '',
    step.initial ? 'start' : '',
    step.action ? 'action' : '',
    step.answers.length ? 'answers' : '',
  ].join('|');
}

/**
 * One page of each kind per flow, version and locale (the latest version at its shared
 * URLs, older ones pinned, with their notice), a pinned page of the latest version, and
 * every page that is not a step: the front door, the homes, the maps and the 404 page.
 * (The redirect pages move on at once; e2e/urls.spec.ts follows them.)
 */
export function samplePages(): string[] {
  const steps = flows.flatMap((flow) =>
    LOCALES.flatMap((locale) => {
      const routes = stepRoutes(flow, locale);
      const chosen = new Map<string, string>();
      for (const route of routes) {
        const isLatest = route.version.version === flow.latest;
        // The latest version at the URLs people share; older versions pinned.
        if (isLatest === route.pinned) continue;
        const key = `${route.version.version}:${kindOf(route.step, route.version.steps)}`;
        if (!chosen.has(key)) chosen.set(key, route.path);
      }
      const pinnedLatest = routes.find((r) => r.pinned && r.version.version === flow.latest && r.param !== undefined);
      return [...chosen.values(), ...(pinnedLatest ? [pinnedLatest.path] : [])];
    }),
  );
  const others = allPages().filter((path) => !path.match(/^\/(en|fr)\/[^/]+\/./) || path.endsWith('/map/'));
  return [...new Set([...others, ...steps])];
}
