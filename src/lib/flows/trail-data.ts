import { trailStorageKey } from '../storage-keys.ts';
import { createHash } from 'node:crypto';
import type { Config } from '../../schemas/config.ts';
import type { TrailGraph } from '../trail.ts';
import { toPlain } from '../text.ts';
import type { FlowModel, VersionModel } from './check.ts';
import { contentOf } from './step-view.ts';
import { answerPath, type StepPage } from './urls.ts';

/**
 * What the trail ("Your answers so far", the back link) needs of a flow version in one
 * locale and one URL style: every step's title, URL, answer labels and targets. It is the
 * same for every page of that version, so it is one file that pages fetch (and browsers
 * cache), not a copy inside each page: a page stays the same size however big its flow is.
 */
export interface TrailData {
  /** URL of the file: `/flow-data/{flow}.v{N}.{locale}.{latest|pinned}.{hash}.json`; the hash makes it cacheable forever. */
  path: string;
  graph: TrailGraph;
  /** The file's text. */
  body: string;
}

export const TRAIL_DATA_DIR = '/flow-data/';

const made = new WeakMap<VersionModel, Map<string, TrailData>>();

/** The trail data of a page's version, locale and URL style (worked out once, then shared by every such page). */
export function trailData(page: Pick<StepPage, 'locale' | 'flow' | 'version' | 'pinned'>, config: Config): TrailData {
  let perVersion = made.get(page.version);
  if (!perVersion) made.set(page.version, (perVersion = new Map()));
  const key = `${page.locale}:${page.pinned ? 'pinned' : 'latest'}`;
  let data = perVersion.get(key);
  if (!data) {
    const content = contentOf(page);
    const graph: TrailGraph = {
      steps: Object.fromEntries(
        page.version.steps.map((s) => [
          s.id,
          {
            title: toPlain(content.steps[s.id]!.title, config),
            href: answerPath(page, s),
            answers: Object.fromEntries(
              s.answers.map((a) => [a.key, [toPlain(content.steps[s.id]!.answers[a.key]!, config), a.target] as [string, string]]),
            ),
          },
        ]),
      ),
    };
    const body = JSON.stringify(graph);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    data = {
      path: `${TRAIL_DATA_DIR}${page.flow.id}.v${page.version.version}.${page.locale}.${page.pinned ? 'pinned' : 'latest'}.${hash}.json`,
      graph,
      body,
    };
    perVersion.set(key, data);
  }
  return data;
}

/** Every trail data file of a flow: per version and locale, pinned URLs, and latest URLs for the latest version. */
export function trailDataFiles(flow: FlowModel, locales: readonly string[], config: Config): TrailData[] {
  return locales.flatMap((locale) =>
    flow.versions.flatMap((version) =>
      [true, false]
        .filter((pinned) => pinned || version.version === flow.latest)
        .map((pinned) => trailData({ locale, flow, version, pinned }, config)),
    ),
  );
}

/** The sessionStorage key of a version's trail. */
export function trailKey(page: Pick<StepPage, 'flow' | 'version'>): string {
  return trailStorageKey(page.flow.id, page.version.version);
}
