/**
 * The flow in Firefox ESR and WebKitGTK, with scripts, as a person walks it: answers
 * clicked as links to each kind of outcome in both languages, the invitation date typed
 * with the keyboard to each of its branches, Back, Change, Start over and the language
 * switch. Every page visited must report no error and no CSP violation (fixtures.ts).
 */
import { expect, test } from './fixtures.ts';
import type { EnginePage } from './drivers.ts';
import { expectIn, expectPath, expectStep, expectTrail, typeDate } from './page-state.ts';
import { answerLabel, dateExampleFor, journeys, latestVersion, flows, LOCALES, title, type Journey } from '../support/flows.ts';
import { LOCALE_NAMES, t } from '../support/words.ts';
import { isoDaysAhead } from '../../src/lib/calendar.ts';
import { config } from '../../src/config.ts';
import { latestStepUrl, stepUrl } from '../../src/lib/flows/urls.ts';
import { INVITATION_DATE_KEY, PENDING_KEY, trailStorageKey } from '../../src/lib/storage-keys.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const START = (locale: string) => stepUrl({ locale, flow: flow.id });
const step = (id: string) => v.steps.find((s) => s.id === id)!;

/** In each language, the shortest journey of links to each outcome (solved, each coordinator outcome, support). */
const toOutcomes = LOCALES.flatMap((locale) => {
  const linkOnly = journeys().filter((j) => j.locale === locale && j.events.every((e, i) => !dateExampleFor(j, i, e)));
  const byOutcome = new Map<string, Journey>();
  for (const j of linkOnly) {
    const outcome = j.steps.at(-1)!;
    if (!byOutcome.has(outcome) || byOutcome.get(outcome)!.events.length > j.events.length) byOutcome.set(outcome, j);
  }
  return [...byOutcome.values()];
});

test('the outcomes walked are every final step of the latest version, in each language', () => {
  const finals = v.steps.filter((s) => s.final).map((s) => s.id);
  expect(finals.length).toBeGreaterThanOrEqual(4);
  for (const locale of LOCALES)
    expect(
      toOutcomes
        .filter((j) => j.locale === locale)
        .map((j) => j.steps.at(-1))
        .sort(),
    ).toEqual([...finals].sort());
});

for (const journey of toOutcomes) {
  test(`${journey.locale}: answers clicked as links lead to ${journey.steps.at(-1)}, each answer in the trail`, async ({ ui, at }) => {
    await ui.goto(at(START(journey.locale)));
    for (const [i, id] of journey.steps.entries()) {
      await expectStep(ui, title(v, journey.locale, id));
      const event = journey.events[i];
      if (event) await ui.click('link', answerLabel(v, journey.locale, id, event));
    }
    await expectIn(ui, "return document.querySelector('article')?.dataset.kind", step(journey.steps.at(-1)!).kind, 'kind of step');
    await expectTrail(ui, journey.events.length);
  });
}

/** Types an invitation date `days` ago into the validity question's three boxes, and continues. */
async function answerWithDate(ui: EnginePage, locale: 'en' | 'fr', daysAgo: number) {
  const words = v.content[locale].steps.isInvitationOlderThanValidity!.dateAnswer!;
  await typeDate(ui, t(locale, 'date.day'), isoDaysAhead(new Date(), -daysAgo));
  await ui.click('button', words.submit);
}

for (const [locale, daysAgo, target] of [
  ['en', config.codeValidityDays + 10, 'askForNewInvitationResult'],
  ['fr', 3, 'activateWithCode'],
] as const) {
  test(`${locale}: an invitation date ${daysAgo} days ago, typed with the keyboard, leads to ${target}`, async ({ ui, at }) => {
    await ui.goto(at(latestStepUrl(locale, flow, step('isInvitationOlderThanValidity'))));
    await expectStep(ui, title(v, locale, 'isInvitationOlderThanValidity'));
    await answerWithDate(ui, locale, daysAgo);
    await expectStep(ui, title(v, locale, target));
    await expectTrail(ui, 1);
  });
}

/** From the start: "already activated", then "forgot my password": two answers in the trail. */
async function twoSteps(ui: EnginePage, at: (p: string) => string) {
  await ui.goto(at(START('en')));
  await expectStep(ui, title(v, 'en', 'isAccountActivated'));
  await ui.click('link', answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'));
  await expectStep(ui, title(v, 'en', 'signInDirectly'));
  await ui.click('link', answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password'));
  await expectStep(ui, title(v, 'en', 'resetPassword'));
  await expectTrail(ui, 2);
}

test("the page's Back link returns to the step before, the trail cut there", async ({ ui, at }) => {
  await twoSteps(ui, at);
  await ui.click('link', t('en', 'nav.back'), false);
  await expectStep(ui, title(v, 'en', 'signInDirectly'));
  await expectTrail(ui, 1);
});

test("the browser's Back returns to the step before, with the trail it had there", async ({ ui, at }) => {
  await twoSteps(ui, at);
  await ui.back();
  await expectPath(ui, latestStepUrl('en', flow, step('signInDirectly')));
  await expectStep(ui, title(v, 'en', 'signInDirectly'));
  await expectTrail(ui, 1);
});

test('"Change" in the trail returns to that question and cuts the trail there', async ({ ui, at }) => {
  await twoSteps(ui, at);
  await ui.click('link', `${t('en', 'trail.change')} ${t('en', 'trail.changeHidden', { question: title(v, 'en', 'signInDirectly') })}`);
  await expectStep(ui, title(v, 'en', 'signInDirectly'));
  await expectTrail(ui, 1);
});

test('"Start over" returns to the first question with an empty trail', async ({ ui, at }) => {
  await twoSteps(ui, at);
  await ui.click('link', t('en', 'nav.startOver'));
  await expectStep(ui, title(v, 'en', 'isAccountActivated'));
  await expectIn(ui, "return document.getElementById('trail')?.hidden", true, 'no trail');
  const keys = [...flow.versions.map((version) => trailStorageKey(flow.id, version.version)), PENDING_KEY, INVITATION_DATE_KEY];
  await expectIn(ui, `return ${JSON.stringify(keys)}.filter((k) => sessionStorage.getItem(k) !== null)`, [], 'answers kept');
});

test('the language switch leads to the same step in French with the trail in French, and back', async ({ ui, at }) => {
  await twoSteps(ui, at);
  await ui.click('link', LOCALE_NAMES.fr);
  await expectPath(ui, latestStepUrl('fr', flow, step('resetPassword')));
  await expectStep(ui, title(v, 'fr', 'resetPassword'));
  await expectTrail(ui, 2);
  await expectIn(
    ui,
    "return document.querySelector('#trail li .a')?.textContent",
    answerLabel(v, 'fr', 'isAccountActivated', 'user.answer.already-activated'),
    'first answer, in French',
  );
  await ui.click('link', LOCALE_NAMES.en);
  await expectPath(ui, latestStepUrl('en', flow, step('resetPassword')));
  await expectTrail(ui, 2);
});
