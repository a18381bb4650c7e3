/**
 * What the browser tests know of the flows: read from the same machines and content
 * files as the site, so a copy edit or a new branch changes the tests with it.
 */
import { siteFlows } from '../../src/site-flows.ts';
import { finalPaths, describePath } from '../../src/lib/flows/paths.ts';
import { answerUrl, FRONT_DOOR_URL, homeUrl, mapUrl, redirectRoutes, stepRoutes, stepUrl } from '../../src/lib/flows/urls.ts';
import { toPlain } from '../../src/lib/text.ts';
import { stepAfter } from '../../src/lib/flows/transitions.ts';
import type { AnyStateMachine } from 'xstate';
import { config } from '../../src/config.ts';
import { LOCALES, type Locale } from '../../src/schemas/flow.ts';
import { latestVersion, stepTitle, type FlowModel, type VersionModel } from '../../src/lib/flows/model.ts';

export const flows = siteFlows();
export { LOCALES, config, latestVersion };

/** A step's heading as users see it. */
export function title(version: VersionModel, locale: Locale, step: string): string {
  return stepTitle(version, locale, step, config);
}

/** An answer's accessible name as users see it. */
export function answerLabel(version: VersionModel, locale: Locale, step: string, event: string): string {
  const info = version.steps.find((s) => s.id === step)!;
  const answer = info.answers.find((a) => a.event === event)!;
  return toPlain(version.content[locale].steps[step]!.answers[answer.key]!, config);
}

export interface Journey {
  flow: FlowModel;
  version: VersionModel;
  locale: Locale;
  name: string;
  steps: string[];
  events: string[];
}

/** One journey per simple path of the latest version of every flow, per locale. */
export function journeys(): Journey[] {
  return flows.flatMap((flow) => {
    const version = latestVersion(flow);
    return LOCALES.flatMap((locale) =>
      finalPaths(version.machine, version.examples).map((path) => ({
        flow,
        version,
        locale,
        name: `${locale} ${flow.id}: ${describePath(path)}`,
        ...path,
      })),
    );
  });
}

/** Every generated step URL of every flow, version and locale. */
export function allStepPaths(): string[] {
  return flows.flatMap((flow) => LOCALES.flatMap((locale) => stepRoutes(flow, locale).map((r) => r.path)));
}

/** Every page of the site: step pages, maps, home pages and the 404 page. */
export function allPages(): string[] {
  return [
    FRONT_DOOR_URL,
    ...LOCALES.map(homeUrl),
    ...allStepPaths(),
    ...flows.flatMap((f) => LOCALES.map((l) => mapUrl(l, f.id))),
    '/404.html',
  ];
}

/** An answer taken at a step, in a flow and language: the unit a page without scripts knows. */
const edgeOf = (j: Journey, i: number) => `${j.locale} ${j.flow.id} v${j.version.version} ${j.steps[i]} -${j.events[i]}->`;

/**
 * Journeys that, together, take every answer of `all` at least once (greedily, the journey
 * that takes the most answers not yet taken first). Without scripts a step's page is the
 * same whatever the path to it, so walking these walks every page and every link that
 * walking all journeys would.
 */
export function answerCover(all: readonly Journey[]): Journey[] {
  const edges = (j: Journey) => j.events.map((_, i) => edgeOf(j, i));
  const untaken = new Set(all.flatMap(edges));
  const chosen: Journey[] = [];
  while (untaken.size) {
    const gain = (j: Journey) => new Set(edges(j).filter((e) => untaken.has(e))).size;
    const best = all.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.push(best);
    for (const e of edges(best)) untaken.delete(e);
  }
  return chosen;
}

/** Every answer the journeys take, as `{locale} {flow} v{N} {step} -{event}->`. */
export function answersTaken(journeys: readonly Journey[]): Set<string> {
  return new Set(journeys.flatMap((j) => j.events.map((_, i) => edgeOf(j, i))));
}

/** The static redirects: latest URLs of steps that the latest version no longer has. */
export function allRedirects() {
  return flows.flatMap((flow) => LOCALES.flatMap((locale) => redirectRoutes(flow, locale)));
}

/**
 * Every URL any version ever published: its pinned URLs, and the latest URLs it had while
 * it was the latest version.
 */
export function everPublishedPaths(): string[] {
  const paths = flows.flatMap((flow) =>
    LOCALES.flatMap((locale) =>
      flow.versions.flatMap((v) =>
        v.steps.flatMap((s) => [
          stepUrl({ locale, flow: flow.id, pinned: v.version, slug: s.slug }),
          stepUrl({ locale, flow: flow.id, ...(s.initial ? {} : { slug: s.slug }) }),
        ]),
      ),
    ),
  );
  return [...new Set(paths)];
}

/** Every step page with the contact step it must link to (same version and URL style); the contact step itself is left out. */
export function contactLinks(): { path: string; contactPath: string }[] {
  return flows.flatMap((flow) =>
    LOCALES.flatMap((locale) =>
      stepRoutes(flow, locale).flatMap((route) => {
        const contact = route.version.steps.find((s) => s.kind === 'contact');
        return contact && contact.id !== route.step.id ? [{ path: route.path, contactPath: answerUrl(route, contact) }] : [];
      }),
    ),
  );
}

/**
 * For the answer `event` taken at step `i` of a journey: when it carries a date, the flow's
 * example that leads to the journey's next step (so the browser takes that branch); else undefined.
 */
export function dateExampleFor(journey: Journey, i: number, event: string): { type: string; date: string; today: string } | undefined {
  const step = journey.version.steps.find((s) => s.id === journey.steps[i]);
  if (!step?.dateAnswer || step.dateAnswer.event !== event) return undefined;
  const example = journey.version.examples.find(
    (e) => e.type === event && stepAfter(journey.version.machine as AnyStateMachine, step.id, e) === journey.steps[i + 1],
  );
  if (!example) throw new Error(`${journey.name}: no example of ${event} leads to ${journey.steps[i + 1]}`);
  return example as { type: string; date: string; today: string };
}
