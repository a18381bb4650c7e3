/**
 * What the benchmark knows of the site, read from the snapshot it built (the same flows,
 * pages and words the HTML came from): step pages with their kind, and the journeys
 * (one per simple path of each flow's latest version, per locale) of e2e/support/flows.ts.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PageInfo {
  path: string;
  locale: string;
  flow: string;
  version: number;
  latest: boolean;
  pinned: boolean;
  step: string;
  kind: string;
  /** Steps in this version: the page embeds words for all of them. */
  versionSteps: number;
}

export interface JourneyInfo {
  name: string;
  locale: string;
  flow: string;
  start: string;
  /** One click per answer: the answer key to click and what should appear next. */
  clicks: { from: string; answer: string; to: string; toPath: string; heading: string }[];
}

export interface SiteModel {
  pages: PageInfo[];
  journeys: JourneyInfo[];
  flows: { id: string; latest: number; versions: { version: number; steps: number; answers: number }[] }[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the snapshot's modules are loaded at run time */
export async function loadSiteModel(snapshotDir: string): Promise<SiteModel> {
  const imp = (rel: string) => import(pathToFileURL(join(snapshotDir, rel)).href);
  const support: any = await imp('e2e/support/flows.ts');
  const urls: any = await imp('src/lib/flows/urls.ts');
  const flows: any[] = support.flows;
  const locales: string[] = [...support.LOCALES];
  const pages: PageInfo[] = flows.flatMap((flow) =>
    locales.flatMap((locale) =>
      (urls.stepPages(flow, locale) as any[]).map((p) => ({
        path: p.path,
        locale,
        flow: flow.id,
        version: p.version.version,
        latest: p.version.version === flow.latest,
        pinned: p.pinned,
        step: p.step.id,
        kind: p.step.kind,
        versionSteps: p.version.steps.length,
      })),
    ),
  );
  const journeys: JourneyInfo[] = (support.journeys() as any[]).map((j) => {
    const start = urls.stepPath({ locale: j.locale, flow: j.flow.id });
    const byId = new Map<string, any>(j.version.steps.map((s: any) => [s.id, s]));
    const clicks = (j.events as string[]).map((event, i) => {
      const from = j.steps[i] as string;
      const to = j.steps[i + 1] as string;
      const answer = byId.get(from).answers.find((a: any) => a.event === event);
      const page = { locale: j.locale, flow: j.flow, version: j.version, pinned: false };
      return {
        from,
        answer: answer.key as string,
        to,
        toPath: urls.answerPath(page, byId.get(to)) as string,
        heading: support.title(j.version, j.locale, to) as string,
      };
    });
    return { name: j.name as string, locale: j.locale as string, flow: j.flow.id as string, start, clicks };
  });
  return {
    pages,
    journeys,
    flows: flows.map((f) => ({
      id: f.id,
      latest: f.latest,
      versions: f.versions.map((v: any) => ({
        version: v.version,
        steps: v.steps.length,
        answers: v.steps.reduce((n: number, s: any) => n + s.answers.length, 0),
      })),
    })),
  };
}
