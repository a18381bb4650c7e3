/**
 * Without speculation rules (Firefox and WebKit ignore them), a step page fetches its
 * answers' pages once it has loaded (src/scripts/prefetch-fallback.ts). Firefox then shows
 * the next step from that copy, with no request; WebKit fetches the page again, so the first
 * time it does, the tab stops fetching ahead (ADR 002).
 */
import { expect, test } from './fixtures.ts';
import { expectIn, expectStep } from './page-state.ts';
import { answerLabel, flows, latestVersion, title } from '../support/flows.ts';
import { latestStepUrl, stepUrl } from '../../src/lib/flows/urls.ts';
import { PREFETCH_OFF_KEY, PREFETCHED_KEY } from '../../src/lib/storage-keys.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const pathOf = (id: string) =>
  latestStepUrl(
    'en',
    flow,
    v.steps.find((s) => s.id === id)!,
  );
const fetchedAhead = `return JSON.parse(sessionStorage.getItem(${JSON.stringify(PREFETCHED_KEY)}) || '[]').length`;
const stopped = `return sessionStorage.getItem(${JSON.stringify(PREFETCH_OFF_KEY)})`;

test('an answer fetched ahead: Firefox shows it from that copy; WebKit fetches it again, and stops fetching ahead', async ({
  ui,
  at,
  site,
}) => {
  const next = pathOf('signInDirectly');
  const after = pathOf('resetPassword');
  await ui.goto(at(stepUrl({ locale: 'en', flow: flow.id })));
  await expectStep(ui, title(v, 'en', 'isAccountActivated'));
  // Every answer's page and this page in French, fetched whole.
  const count = v.steps.find((s) => s.id === 'isAccountActivated')!.answers.length + 1;
  await expectIn(ui, fetchedAhead, count, 'pages fetched ahead');
  expect(site.requestsFor(next)).toEqual(['empty']);
  await ui.click('link', answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'));
  await expectStep(ui, title(v, 'en', 'signInDirectly'));
  if (ui.engine === 'firefox') {
    expect(site.requestsFor(next), 'shown from the copy fetched ahead').toEqual(['empty']);
    await expectIn(ui, stopped, null, 'still fetching ahead');
    await expectIn(ui, fetchedAhead, v.steps.find((s) => s.id === 'signInDirectly')!.answers.length + 1, 'pages fetched ahead');
    expect(site.requestsFor(after)).toEqual(['empty']);
  } else {
    expect(site.requestsFor(next), 'fetched again to be shown').toEqual(['empty', 'document']);
    await expectIn(ui, stopped, 'true', 'no more fetching ahead');
    // Given time to fetch, this page fetches nothing.
    await new Promise((r) => setTimeout(r, 500));
    expect(site.requestsFor(after)).toEqual([]);
  }
});
