import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { answerCover, answerLabel, answersTaken, dateExampleFor, journeys, title, type Journey } from './support/flows.ts';
import { answerWithDate } from './support/pages.ts';
import { stepUrl } from '../src/lib/flows/urls.ts';

// Journeys through the latest version of every flow, in every language, clicking answers
// by their accessible names.
// - With scripts: one test per simple path of the graph, because the page keeps what came
//   before (the trail, the way back, the e-mail's steps) and differs with the path. An answer
//   that carries a date is typed into its form with the flow's example that takes that
//   branch, under the example's clock.
// - Without scripts a step's page is plain HTML, the same whatever the path: the journeys
//   that together take every link answer once walk every page and link that all paths would
//   (built-pages.spec.ts checks each answer's link and target on every page of every version
//   too). The date answer's form needs scripts; its link answers reach the same steps.
const withScripts = journeys();
const withoutScripts = withScripts.filter((j) => j.events.every((e, i) => !dateExampleFor(j, i, e)));
const covering = answerCover(withoutScripts);

test('without scripts, the journeys walked take every link answer of every step, in every language', () => {
  expect([...answersTaken(covering)].sort()).toEqual([...answersTaken(withoutScripts)].sort());
  expect(covering.length).toBeLessThan(withoutScripts.length);
});

async function walk(page: Page, journey: Journey, javaScriptEnabled: boolean) {
  const dated = journey.events.map((e, i) => dateExampleFor(journey, i, e)).find(Boolean);
  if (dated) await page.clock.setFixedTime(new Date(`${dated.today}T12:00:00`));
  await page.goto(stepUrl({ locale: journey.locale, flow: journey.flow.id }));
  for (const [i, step] of journey.steps.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(journey.version, journey.locale, step));
    const event = journey.events[i];
    if (event === undefined) break;
    const example = dateExampleFor(journey, i, event);
    if (example) {
      const words = journey.version.content[journey.locale].steps[step]!.dateAnswer!;
      await answerWithDate(page, words, example.date);
    } else {
      await page.getByRole('link', { name: answerLabel(journey.version, journey.locale, step, event), exact: true }).click();
    }
  }
  const last = journey.version.steps.find((s) => s.id === journey.steps.at(-1))!;
  await expect(page.locator('article')).toHaveAttribute('data-kind', last.kind);
  if (javaScriptEnabled) {
    // The trail lists every answer given, in order.
    await expect(page.locator('#trail li')).toHaveCount(journey.events.length);
  }
}

for (const [javaScriptEnabled, walked] of [
  [true, withScripts],
  [false, covering],
] as const) {
  test.describe(javaScriptEnabled ? 'JavaScript available' : 'JavaScript unavailable', () => {
    test.use({ javaScriptEnabled });
    for (const journey of walked) test(journey.name, ({ page }) => walk(page, journey, javaScriptEnabled));
  });
}
