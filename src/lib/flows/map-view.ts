import type { Config } from '../../schemas/config.ts';
import type { FlowModel } from './check.ts';
import { finalPaths } from './paths.ts';
import { latestStepPath, stepPath } from './urls.ts';
import { toPlain } from '../text.ts';
import type { Locale } from '../../schemas/flow.ts';

/** Everything the staff map shows for the latest version of a flow, in one locale. Pure. */
export function mapView(flow: FlowModel, locale: Locale, config: Config) {
  const version = flow.versions.find((v) => v.version === flow.latest)!;
  const content = version.content[locale];
  const title = (id: string) => toPlain(content.steps[id]!.title, config);
  const answer = (step: string, key: string) => toPlain(content.steps[step]!.answers[key]!, config);
  const byId = new Map(version.steps.map((s) => [s.id, s]));
  const steps = version.steps.map((step) => ({
    id: step.id,
    title: title(step.id),
    kind: step.kind,
    tag: step.tags[0],
    latest: latestStepPath(locale, flow, step),
    pinned: stepPath({ locale, flow: flow.id, pinned: version.version, slug: step.slug }),
    reachedBy: version.steps.flatMap((from) => from.answers.filter((a) => a.target === step.id).map((a) => ({ step: title(from.id), answer: answer(from.id, a.key) }))),
  }));
  const paths = finalPaths(version.machine);
  const outcomes = version.steps
    .filter((s) => s.final)
    .map((s) => ({
      id: s.id,
      title: title(s.id),
      tag: s.tags[0],
      paths: paths
        .filter((p) => p.steps.at(-1) === s.id)
        .map((p) => p.events.map((event, i) => answer(p.steps[i]!, byId.get(p.steps[i]!)!.answers.find((a) => a.event === event)!.key)).join(', ')),
    }));
  const contact = version.steps.find((s) => s.kind === 'contact');
  const moved = Object.entries(flow.successors).map(([old, successor]) => ({ old, successor, title: title(successor), href: latestStepPath(locale, flow, byId.get(successor)!) }));
  return {
    guideTitle: toPlain(content.guide.title, config),
    version,
    steps,
    outcomes,
    moved,
    contactPath: contact ? latestStepPath(locale, flow, contact) : undefined,
    words: { title, answer, href: (step: { id: string }) => latestStepPath(locale, flow, byId.get(step.id)!) },
  };
}
