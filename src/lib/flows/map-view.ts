import type { Config } from '../../schemas/config.ts';
import type { FlowModel } from './check.ts';
import { stepPaths } from './paths.ts';
import { versionIndex } from './step-view.ts';
import { latestStepPath, stepPath } from './urls.ts';
import { toPlain } from '../text.ts';
import type { Locale } from '../../schemas/flow.ts';

/**
 * Largest version the map draws. A picture of more steps is too dense to read on any
 * screen (and Graphviz's layout time grows faster than the steps): the table says it all.
 */
export const MAX_PICTURE_STEPS = 150;

/** Everything the staff map shows for the latest version of a flow, in one locale. Pure. */
export function mapView(flow: FlowModel, locale: Locale, config: Config) {
  const version = flow.versions.find((v) => v.version === flow.latest)!;
  const content = version.content[locale];
  const title = (id: string) => toPlain(content.steps[id]!.title, config);
  const answer = (step: string, key: string) => toPlain(content.steps[step]!.answers[key]!, config);
  const { byId, contact } = versionIndex(version);
  const incoming = new Map<string, { step: string; answer: string }[]>();
  for (const from of version.steps) {
    for (const a of from.answers) incoming.set(a.target, [...(incoming.get(a.target) ?? []), { step: title(from.id), answer: answer(from.id, a.key) }]);
  }
  const steps = version.steps.map((step) => ({
    id: step.id,
    title: title(step.id),
    kind: step.kind,
    tag: step.tags[0],
    latest: latestStepPath(locale, flow, step),
    pinned: stepPath({ locale, flow: flow.id, pinned: version.version, slug: step.slug }),
    reachedBy: incoming.get(step.id) ?? [],
  }));
  const paths = stepPaths(version.steps);
  const pathsTo = Map.groupBy(paths, (p) => p.steps.at(-1)!);
  const outcomes = version.steps
    .filter((s) => s.final)
    .map((s) => ({
      id: s.id,
      title: title(s.id),
      tag: s.tags[0],
      paths: (pathsTo.get(s.id) ?? []).map((p) => p.events.map((event, i) => answer(p.steps[i]!, byId.get(p.steps[i]!)!.answers.find((a) => a.event === event)!.key)).join(', ')),
    }));
  const moved = Object.entries(flow.successors).map(([old, successor]) => ({ old, successor, title: title(successor), href: latestStepPath(locale, flow, byId.get(successor)!) }));
  return {
    guideTitle: toPlain(content.guide.title, config),
    version,
    /** Whether to draw the graph (small enough to read). */
    picture: version.steps.length <= MAX_PICTURE_STEPS,
    steps,
    outcomes,
    moved,
    contactPath: contact ? latestStepPath(locale, flow, contact) : undefined,
    words: { title, answer, href: (step: { id: string }) => latestStepPath(locale, flow, byId.get(step.id)!) },
  };
}
