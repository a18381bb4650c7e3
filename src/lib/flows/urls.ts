import type { FlowModel, VersionModel } from './check.ts';
import type { StepInfo } from './steps.ts';

/** Where a step page lives: latest URLs are the ones support staff share. */
export interface StepAddress {
  locale: string;
  flow: string;
  /** Pinned version number, or undefined for the latest URL. */
  pinned?: number;
  /** Step slug, or undefined for the start page. */
  slug?: string;
}

/** `/en/invitation-code/`, `/en/invitation-code/sign-in-directly/`, `/en/invitation-code/v1/sign-in-directly/` */
export function stepPath({ locale, flow, pinned, slug }: StepAddress): string {
  return `/${[locale, flow, pinned !== undefined ? `v${pinned}` : undefined, slug].filter((p) => p !== undefined).join('/')}/`;
}

/** The public URL a person shares (latest version), on the configured site. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).href;
}

/** The step's latest URL: the start page for the initial step. */
export function latestStepPath(locale: string, flow: FlowModel, step: StepInfo): string {
  return stepPath({ locale, flow: flow.id, ...(step.initial ? {} : { slug: step.slug }) });
}

/** One page to generate: a step of a version at one URL. */
export interface StepPage {
  locale: string;
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
export function stepPages(flow: FlowModel, locale: string): StepPage[] {
  const pages: StepPage[] = [];
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
        const path = stepPath(address);
        const param = path.slice(`/${locale}/${flow.id}/`.length, -1) || undefined;
        pages.push({ locale, flow, version, step, path, pinned: v.pinned, param });
      }
    }
  }
  return pages;
}

/** Where an answer leads from a page: same version, same URL style (pinned or latest). */
export function answerPath(page: Pick<StepPage, 'locale' | 'flow' | 'version' | 'pinned'>, target: StepInfo): string {
  if (page.pinned) return stepPath({ locale: page.locale, flow: page.flow.id, pinned: page.version.version, slug: target.slug });
  return latestStepPath(page.locale, page.flow, target);
}

/** A static redirect: an unversioned URL that an older version published, to its successor. */
export interface RedirectPage {
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
export function redirectPages(flow: FlowModel, locale: string): RedirectPage[] {
  const latest = flow.versions.find((v) => v.version === flow.latest)!;
  const latestSlugs = new Set(latest.steps.map((s) => s.slug));
  const seen = new Set<string>();
  const redirects: RedirectPage[] = [];
  for (const version of flow.versions) {
    for (const step of version.steps) {
      const successorId = flow.successors[step.id];
      if (latestSlugs.has(step.slug) || seen.has(step.slug) || successorId === undefined) continue;
      seen.add(step.slug);
      const successor = latest.steps.find((s) => s.id === successorId)!;
      redirects.push({
        path: stepPath({ locale, flow: flow.id, slug: step.slug }),
        param: step.slug,
        target: latestStepPath(locale, flow, successor),
        successor: successor.id,
      });
    }
  }
  return redirects;
}
