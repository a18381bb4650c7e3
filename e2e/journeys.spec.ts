import { expect, test } from '@playwright/test';
import { answerLabel, dateExampleFor, journeys, title } from './support/flows.ts';
import { answerWithDate } from './support/pages.ts';
import { stepUrl } from '../src/lib/flows/urls.ts';

// One test per simple path of the graph, clicking answers by their accessible names,
// walked twice: once with scripts, once without (every step must work as plain HTML).
// An answer that carries a date is typed into its form with the flow's example that takes
// that branch, under the example's clock; without scripts the form is not there, so those
// paths are walked with scripts only (the link answers reach the same steps).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'JavaScript available' : 'JavaScript unavailable', () => {
    test.use({ javaScriptEnabled });
    for (const journey of journeys().filter((j) => javaScriptEnabled || j.events.every((e, i) => !dateExampleFor(j, i, e)))) {
      test(journey.name, async ({ page }) => {
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
      });
    }
  });
}
