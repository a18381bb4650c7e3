import type { Config } from '../../schemas/config.ts';
import { simplePaths } from './paths.ts';
import { answerLabel, edgesOf, latestVersion, stepTitle, versionIndex, type FlowModel } from './model.ts';
import { latestStepUrl, stepUrl } from './urls.ts';
import { toPlain } from '../text.ts';
import { LOCALES, type Locale } from '../../schemas/flow.ts';
import type { BodyBlock } from '../../schemas/content.ts';
import { searchText } from '../step-filter.ts';
import { replySnippet } from '../reply-snippet.ts';
import { t } from '../i18n/index.ts';
import type { UiKey } from '../i18n/keys.ts';

/**
 * Largest version the map draws. A picture of more steps is too dense to read on any
 * screen (and Graphviz's layout time grows faster than the steps): the table says it all.
 * @internal Exported for its own unit tests.
 */
export const MAX_PICTURE_STEPS = 150;

/** Everything the staff map shows for the latest version of a flow, in one locale. Pure. */
export function mapView(flow: FlowModel, locale: Locale, config: Config) {
  const version = latestVersion(flow);
  const content = version.content[locale];
  const title = (id: string) => stepTitle(version, locale, id, config);
  const { byId, contact } = versionIndex(version);
  // A date answer's branches are edges too, keyed `dateKey#branch`; named by their guard.
  const answerIn = (l: Locale) => (step: string, key: string) => {
    const [, branch] = key.split('#');
    if (branch === undefined) return answerLabel(version, l, step, key, config);
    const guard = byId.get(step)!.dateAnswer!.branches[Number(branch)]!.guard;
    return t(l, (guard ? `map.guard.${guard}` : 'map.guard.otherwise') as UiKey);
  };
  const answer = answerIn(locale);
  /** Every word of a step in `l` (title, body, question, answers), as plain text. */
  const wordsIn = (l: Locale, step: (typeof version.steps)[number]) => {
    const words = version.content[l]?.steps[step.id];
    if (!words) return [];
    return [
      stepTitle(version, l, step.id, config),
      ...bodyText(words.body),
      words.question ?? '',
      ...step.answers.map((a) => answerIn(l)(step.id, a.key)),
    ].map((text) => toPlain(text, config));
  };
  const incoming = new Map<string, { step: string; answer: string }[]>();
  for (const from of version.steps) {
    for (const e of edgesOf(from))
      incoming.set(e.target, [...(incoming.get(e.target) ?? []), { step: title(from.id), answer: answer(from.id, e.key) }]);
  }
  const steps = version.steps.map((step) => ({
    id: step.id,
    title: title(step.id),
    kind: step.kind,
    tag: step.tags[0],
    latest: latestStepUrl(locale, flow, step),
    pinned: stepUrl({ locale, flow: flow.id, pinned: version.version, slug: step.slug }),
    reachedBy: incoming.get(step.id) ?? [],
    /** Ready-to-paste replies in every language, the map's first, each with `{url}` where the step's latest link goes. */
    replies: [locale, ...LOCALES.filter((l) => l !== locale)].flatMap((l) => {
      const words = version.content[l]?.reply;
      const sentence = version.content[l]?.steps[step.id]?.reply;
      if (!words || !sentence) return [];
      const plain = {
        greeting: toPlain(words.greeting, config),
        linkIntro: toPlain(words.linkIntro, config),
        closing: toPlain(words.closing, config),
      };
      return [{ locale: l, path: latestStepUrl(l, flow, step), template: replySnippet(plain, toPlain(sentence, config), '{url}') }];
    }),
    /**
     * Every word of the step, the map's language first, then the others (a French ticket may
     * quote the English screen), folded for the filter, with its synonyms' shared words.
     */
    search: searchText([locale, ...LOCALES.filter((l) => l !== locale)].flatMap((l) => wordsIn(l, step)).join(' ')),
  }));
  const paths = simplePaths(version.steps);
  const pathsTo = new Map<string, typeof paths>();
  for (const p of paths) pathsTo.set(p.steps[p.steps.length - 1]!, [...(pathsTo.get(p.steps[p.steps.length - 1]!) ?? []), p]);
  const outcomes = version.steps
    .filter((s) => s.final)
    .map((s) => ({
      id: s.id,
      title: title(s.id),
      tag: s.tags[0],
      paths: (pathsTo.get(s.id) ?? []).map((p) =>
        p.events
          .map((event, i) =>
            answer(p.steps[i]!, edgesOf(byId.get(p.steps[i]!)!).find((e) => e.event === event && e.target === p.steps[i + 1])!.key),
          )
          .join(', '),
      ),
    }));
  const moved = Object.entries(flow.successors).map(([old, successor]) => ({
    old,
    successor,
    title: title(successor),
    href: latestStepUrl(locale, flow, byId.get(successor)!),
  }));
  return {
    guideTitle: toPlain(content.guide.title, config),
    version,
    /** Whether to draw the graph (small enough to read). */
    picture: version.steps.length <= MAX_PICTURE_STEPS,
    steps,
    outcomes,
    moved,
    contactPath: contact ? latestStepUrl(locale, flow, contact) : undefined,
    /** How the picture names steps and answers, and where a step links. */
    labels: { title, answer, href: (step: { id: string }) => latestStepUrl(locale, flow, byId.get(step.id)!) },
  };
}

/** The text of a step's body blocks, paragraphs and list items alike. */
function bodyText(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((b) =>
    typeof b === 'string' ? [b] : 'list' in b ? b.list : 'numbered' in b ? b.numbered : 'important' in b ? [b.important] : [],
  );
}
