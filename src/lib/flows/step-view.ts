import type { Config } from '../../schemas/config.ts';
import type { StepAction } from '../../schemas/step-meta.ts';
import type { FlowContent } from '../../schemas/content.ts';
import { cutAtWord, toPlain } from '../text.ts';
import type { StepPage } from './urls.ts';
import type { VersionModel } from './check.ts';
import type { StepInfo } from './steps.ts';
import { answerPath, latestStepPath, stepPath } from './urls.ts';

/** The href of a step's main action, from configuration. */
export function actionHref(action: StepAction, config: Config): string {
  switch (action) {
    case 'signIn':
      return config.signInUrl;
    case 'activate':
      return config.activationUrl;
    case 'writeToSupport':
      return `mailto:${config.supportEmail}`;
  }
}

/** Words of one locale of a page's version. */
export function contentOf(page: Pick<StepPage, 'version' | 'locale'>): FlowContent {
  return page.version.content[page.locale as keyof typeof page.version.content];
}

/** Everything a step page shows, derived from the page and configuration: no decisions in the view. */
export function stepView(page: StepPage, config: Config) {
  const content = contentOf(page);
  const words = content.steps[page.step.id]!;
  const { byId, contact } = versionIndex(page.version);
  const latest = versionIndex(page.flow.versions.find((v) => v.version === page.flow.latest)!);
  const successor = page.flow.successors[page.step.id];
  const latestHas = latest.byId.get(page.step.id) ?? (successor !== undefined ? latest.byId.get(successor) : undefined);
  // The first paragraph describes the page, unless it only introduces a list ("... if:").
  const firstParagraph = words.body.find((b): b is string => typeof b === 'string' && !/:\s*$/.test(b));
  return {
    title: toPlain(words.title, config),
    pageTitle: `${toPlain(words.title, config)} – ${toPlain(content.guide.title, config)}`,
    description: cutAtWord(toPlain(firstParagraph ?? content.guide.description, config), 160),
    guideTitle: toPlain(content.guide.title, config),
    words,
    answers: page.step.answers.map((a) => ({ ...a, label: words.answers[a.key]!, href: answerPath(page, byId.get(a.target)!) })),
    // On the contact step the form and the e-mail template replace the bare address: a
    // button that opens an empty e-mail is what the person must not send.
    action:
      page.step.action && words.action && page.step.kind !== 'contact'
        ? { label: words.action, href: actionHref(page.step.action, config), leavesSite: page.step.action !== 'writeToSupport' }
        : undefined,
    /** The words place the action button themselves (`{ "action": "here" }`), instead of after the body. */
    actionPlaced: words.body.some((b) => typeof b === 'object' && 'action' in b),
    /** The URL to share: the latest version's URL of this step (or its successor). */
    sharePath: latestHas
      ? latestStepPath(page.locale, page.flow, latestHas)
      : latestStepPath(page.locale, page.flow, versionIndex(page.version).initial),
    /** Set on pinned pages of an older version: where the latest version of this step is. */
    olderVersion:
      page.version.version !== page.flow.latest
        ? {
            latestPath: latestHas ? latestStepPath(page.locale, page.flow, latestHas) : undefined,
            startPath: stepPath({ locale: page.locale, flow: page.flow.id }),
          }
        : undefined,
    startPath: page.pinned
      ? stepPath({ locale: page.locale, flow: page.flow.id, pinned: page.version.version })
      : stepPath({ locale: page.locale, flow: page.flow.id }),
    /** The date answer's form (scripts only): its words, and where each branch leads, with the link answer it stands for in the trail. */
    dateAnswer: dateAnswerView(page, config),
    /** On a step a date answer may lead to: the words saying when the code expired or expires. */
    validityNote: validityNoteView(page, config),
    /** The contact step, linked discreetly from every other step: help is always one click away. */
    contactPath: contact && contact.id !== page.step.id ? answerPath(page, contact) : undefined,
    outcomeTag: page.step.final ? page.step.tags[0] : undefined,
  };
}

export type StepViewModel = ReturnType<typeof stepView>;

function dateAnswerView(page: StepPage, config: Config) {
  const answer = page.step.dateAnswer;
  const words = contentOf(page).steps[page.step.id]!.dateAnswer;
  if (!answer || !words) return undefined;
  const { byId } = versionIndex(page.version);
  const plain = Object.fromEntries(Object.entries(words).map(([k, v]) => [k, toPlain(v, config)])) as typeof words;
  return {
    event: answer.event,
    words: plain,
    validityDays: config.codeValidityDays,
    branches: answer.branches.map((b) => ({
      guard: b.guard,
      href: answerPath(page, byId.get(b.target)!),
      answer: page.step.answers.find((a) => a.target === b.target)?.key,
      target: b.target,
    })),
  };
}

function validityNoteView(page: StepPage, config: Config) {
  const from = page.version.steps.find((s) => s.dateAnswer?.branches.some((b) => b.target === page.step.id));
  const words = from && contentOf(page).steps[from.id]!.dateAnswer;
  return from && words ? { from: from.id, expired: toPlain(words.expired, config), valid: toPlain(words.valid, config) } : undefined;
}

interface VersionIndex {
  byId: Map<string, StepInfo>;
  initial: StepInfo;
  contact: StepInfo | undefined;
}
const indexes = new WeakMap<VersionModel, VersionIndex>();

/** A version's steps by id, its first step and its contact step, worked out once per version (not once per page). */
export function versionIndex(version: VersionModel): VersionIndex {
  let index = indexes.get(version);
  if (!index) {
    index = {
      byId: new Map(version.steps.map((s) => [s.id, s])),
      initial: version.steps.find((s) => s.initial)!,
      contact: version.steps.find((s) => s.kind === 'contact'),
    };
    indexes.set(version, index);
  }
  return index;
}
