/**
 * The URL scheme (docs/design.md, "URLs"): every URL the site links to or the tools visit
 * is built here, and nowhere else. It is also the one place that knows the route files that
 * serve them: `src/pages/index.astro` (the front door), `src/pages/[locale]/index.astro`
 * (a language's home), `src/pages/[locale]/[flow]/[...path].astro` (the `param` of a step
 * route), `src/pages/[locale]/[flow]/map.astro` and `map.svg.ts` (the staff map) and
 * `src/pages/flow-data/[file].ts` (the trail data files). urls.test.ts checks they exist.
 */
import type { Locale } from '../../schemas/flow.ts';
import { latestVersion, type FlowModel, type StepInfo, type VersionModel } from './model.ts';

/** The front door: both languages and their guides. */
export const FRONT_DOOR_URL = '/';

/** `/en/`: a language's home, its list of guides. */
export function homeUrl(locale: string): string {
  return `/${locale}/`;
}

/** `/en/invitation-code/map/`: the staff map of a flow, in one language. */
export function mapUrl(locale: string, flow: string): string {
  return `${stepUrl({ locale, flow })}map/`;
}

/** `/en/invitation-code/map.svg`: the staff map's picture on its own, full size. */
export function mapSvgUrl(locale: string, flow: string): string {
  return `${stepUrl({ locale, flow })}map.svg`;
}

/** Where a step page lives: latest URLs are the ones support staff share. */
interface StepAddress {
  locale: string;
  flow: string;
  /** Pinned version number, or undefined for the latest URL. */
  pinned?: number;
  /** Step slug, or undefined for the start page. */
  slug?: string;
}

/** `/en/invitation-code/`, `/en/invitation-code/sign-in-directly/`, `/en/invitation-code/v1/sign-in-directly/` */
export function stepUrl({ locale, flow, pinned, slug }: StepAddress): string {
  return `${homeUrl(locale)}${[flow, pinned !== undefined ? `v${pinned}` : undefined, slug].filter((p) => p !== undefined).join('/')}/`;
}

/** The step's latest URL: the start page for the initial step. */
export function latestStepUrl(locale: string, flow: FlowModel, step: StepInfo): string {
  return stepUrl({ locale, flow: flow.id, ...(step.initial ? {} : { slug: step.slug }) });
}

/** One page to generate: a step of a version at one URL. */
export interface StepRoute {
  locale: Locale;
  flow: FlowModel;
  version: VersionModel;
  step: StepInfo;
  /** The URL path of this page. */
  path: string;
  /** true when the URL names the version (`/v1/`). */
  pinned: boolean;
  /** The `[...path]` parameter of the route (after `/{locale}/{flow}/`). */
  param: string | undefined;
}

/**
 * Every step page of every version of a flow in a locale: the latest version at
 * unversioned URLs (and its start at the flow's root), every version pinned at `/v{N}/`.
 */
export function stepRoutes(flow: FlowModel, locale: Locale): StepRoute[] {
  const routes: StepRoute[] = [];
  const root = stepUrl({ locale, flow: flow.id });
  for (const version of flow.versions) {
    const isLatest = version.version === flow.latest;
    for (const step of version.steps) {
      const variants: { pinned: boolean; slug?: string }[] = [{ pinned: true, slug: step.slug }];
      if (step.initial) variants.push({ pinned: true });
      if (isLatest) {
        variants.push({ pinned: false, slug: step.slug });
        if (step.initial) variants.push({ pinned: false });
      }
      for (const v of variants) {
        const address: StepAddress = {
          locale,
          flow: flow.id,
          ...(v.pinned ? { pinned: version.version } : {}),
          ...(v.slug ? { slug: v.slug } : {}),
        };
        const path = stepUrl(address);
        const param = path.slice(root.length, -1) || undefined;
        routes.push({ locale, flow, version, step, path, pinned: v.pinned, param });
      }
    }
  }
  return routes;
}

/** Where an answer leads from a page: same version, same URL style (pinned or latest). */
export function answerUrl(route: Pick<StepRoute, 'locale' | 'flow' | 'version' | 'pinned'>, target: StepInfo): string {
  if (route.pinned) return stepUrl({ locale: route.locale, flow: route.flow.id, pinned: route.version.version, slug: target.slug });
  return latestStepUrl(route.locale, route.flow, target);
}

/** A static redirect: an unversioned URL that an older version published, to its successor. */
export interface RedirectRoute {
  locale: Locale;
  path: string;
  param: string;
  target: string;
  /** The successor's step id in the latest version. */
  successor: string;
}

/**
 * The latest URLs of steps that the latest version no longer has: each leads to the
 * step's successor, so links in old tickets keep working.
 */
export function redirectRoutes(flow: FlowModel, locale: Locale): RedirectRoute[] {
  const latest = latestVersion(flow);
  const latestSlugs = new Set(latest.steps.map((s) => s.slug));
  const seen = new Set<string>();
  const redirects: RedirectRoute[] = [];
  for (const version of flow.versions) {
    for (const step of version.steps) {
      const successorId = flow.successors[step.id];
      if (latestSlugs.has(step.slug) || seen.has(step.slug) || successorId === undefined) continue;
      seen.add(step.slug);
      const successor = latest.steps.find((s) => s.id === successorId)!;
      redirects.push({
        locale,
        path: stepUrl({ locale, flow: flow.id, slug: step.slug }),
        param: step.slug,
        target: latestStepUrl(locale, flow, successor),
        successor: successor.id,
      });
    }
  }
  return redirects;
}

/** The folder of the trail data files, served by `src/pages/flow-data/[file].ts`. */
const TRAIL_DATA_DIR = '/flow-data/';

/** `/flow-data/{flow}.v{N}.{locale}.{latest|pinned}.{hash}.json`: the hash makes it cacheable forever. */
export function trailDataUrl(route: Pick<StepRoute, 'locale' | 'flow' | 'version' | 'pinned'>, hash: string): string {
  return `${TRAIL_DATA_DIR}${route.flow.id}.v${route.version.version}.${route.locale}.${route.pinned ? 'pinned' : 'latest'}.${hash}.json`;
}

/** The `[file]` parameter of `src/pages/flow-data/[file].ts` for a trail data URL. */
export function trailDataParam(url: string): string {
  return url.slice(TRAIL_DATA_DIR.length);
}

/** The same page in another locale: the same path after the locale, so the step (and the trail) are kept. */
export function pathInLocale(path: string, from: Locale, to: Locale): string {
  return `${homeUrl(to)}${path.slice(homeUrl(from).length)}`;
}
