import type { Config } from '../../schemas/config.ts';
import type { FlowContent } from '../../schemas/content.ts';
import type { StepAction } from '../../schemas/step-meta.ts';
import { cutAtWord, toPlain } from '../text.ts';
import { contentOf, latestVersion, stepTitle, versionIndex } from './model.ts';
import { t } from '../i18n/index.ts';
import { answerUrl, latestStepUrl, stepUrl, type StepRoute } from './urls.ts';

/**
 * The href of a step's main action, from configuration.
 * @internal Exported for its own unit tests; views get the href from `stepViewModel`.
 */
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

/**
 * Everything a step page shows, derived from its route and configuration: titles, words,
 * answers and their links, notices. Two choices are still the views': StepView.astro places
 * the action button (where the body says, else before the body on a final step and after
 * it on the others), and StepPage.astro picks the contact or the coordinator form.
 */
export function stepViewModel(route: StepRoute, config: Config) {
  // Read once, then handed to the parts below.
  const index = versionIndex(route.version);
  const latest = versionIndex(latestVersion(route.flow));
  const content = contentOf(route.version, route.locale);
  const words = content.steps[route.step.id]!;
  const successor = route.flow.successors[route.step.id];
  const latestStep = latest.byId.get(route.step.id) ?? (successor !== undefined ? latest.byId.get(successor) : undefined);
  // The first paragraph describes the page, unless it only introduces a list ("... if:").
  const firstParagraph = words.body.find((b): b is string => typeof b === 'string' && !/:\s*$/.test(b));
  const title = stepTitle(route.version, route.locale, route.step.id, config);
  const guideTitle = toPlain(content.guide.title, config);
  return {
    title,
    pageTitle: `${title}${t(route.locale, 'page.titleSeparator')}${guideTitle}`,
    description: cutAtWord(toPlain(firstParagraph ?? content.guide.description, config), 160),
    guideTitle,
    words,
    answers: route.step.answers.map((a) => ({ ...a, label: words.answers[a.key]!, href: answerUrl(route, index.byId.get(a.target)!) })),
    // On the contact step the form and the e-mail template replace the bare address: a
    // button that opens an empty e-mail is what the person must not send.
    action:
      route.step.action && words.action && route.step.kind !== 'contact'
        ? { label: words.action, href: actionHref(route.step.action, config), leavesSite: route.step.action !== 'writeToSupport' }
        : undefined,
    /** The words place the action button themselves (`{ "action": "here" }`), instead of after the body. */
    actionPlaced: words.body.some((b) => typeof b === 'object' && 'action' in b),
    /** The URL to share: the latest version's URL of this step (or its successor). */
    sharePath: latestStepUrl(route.locale, route.flow, latestStep ?? index.initial),
    /** Set on pinned pages of an older version: where the latest version of this step is. */
    olderVersion:
      route.version.version !== route.flow.latest
        ? {
            latestPath: latestStep ? latestStepUrl(route.locale, route.flow, latestStep) : undefined,
            startPath: stepUrl({ locale: route.locale, flow: route.flow.id }),
          }
        : undefined,
    startPath: route.pinned
      ? stepUrl({ locale: route.locale, flow: route.flow.id, pinned: route.version.version })
      : stepUrl({ locale: route.locale, flow: route.flow.id }),
    /** The date answer's form (scripts only): its words, and where each branch leads, with the link answer it stands for in the trail. */
    dateAnswer: dateAnswerView(route, index, words.dateAnswer, config),
    /** On a step a date answer may lead to: the words saying when the code expired or expires. */
    validityNote: validityNoteView(route, content, config),
    /** The contact step, linked discreetly from every other step: help is always one click away. */
    contactPath: index.contact && index.contact.id !== route.step.id ? answerUrl(route, index.contact) : undefined,
    outcomeTag: route.step.final ? route.step.tags[0] : undefined,
  };
}

export type StepViewModel = ReturnType<typeof stepViewModel>;

type DateAnswerWords = FlowContent['steps'][string]['dateAnswer'];

function dateAnswerView(route: StepRoute, index: ReturnType<typeof versionIndex>, words: DateAnswerWords, config: Config) {
  const answer = route.step.dateAnswer;
  if (!answer || !words) return undefined;
  const plain = Object.fromEntries(Object.entries(words).map(([k, v]) => [k, toPlain(v, config)])) as typeof words;
  return {
    event: answer.event,
    words: plain,
    validityDays: config.codeValidityDays,
    branches: answer.branches.map((b) => ({
      guard: b.guard,
      href: answerUrl(route, index.byId.get(b.target)!),
      answer: route.step.answers.find((a) => a.target === b.target)?.key,
      target: b.target,
    })),
  };
}

/** The words of the date answer that leads to this step, if one does (they are the asking step's, not this step's). */
function validityNoteView(route: StepRoute, content: FlowContent, config: Config) {
  const from = route.version.steps.find((s) => s.dateAnswer?.branches.some((b) => b.target === route.step.id));
  const words = from && content.steps[from.id]!.dateAnswer;
  if (!from || !words) return undefined;
  // On the boundary day (the code's expiry is today) the version's own words, when it has them.
  return {
    from: from.id,
    expired: toPlain(words.expired, config),
    valid: toPlain(words.valid, config),
    expiredToday: toPlain(words.expiredToday ?? words.expired, config),
    validToday: toPlain(words.validToday ?? words.valid, config),
  };
}
