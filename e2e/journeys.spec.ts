import { expect, test } from '@playwright/test';
import { answerLabel, journeys, title } from './support/flows.ts';

// One test per simple path of the graph, clicking answers by their accessible names,
// walked twice: once with scripts, once without (every step must work as plain HTML).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'JavaScript available' : 'JavaScript unavailable', () => {
    test.use({ javaScriptEnabled });
    for (const journey of journeys()) {
      test(journey.name, async ({ page }) => {
        await page.goto(`/${journey.locale}/${journey.flow.id}/`);
        for (const [i, step] of journey.steps.entries()) {
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(journey.version, journey.locale, step));
          const event = journey.events[i];
          if (event === undefined) break;
          await page.getByRole('link', { name: answerLabel(journey.version, journey.locale, step, event), exact: true }).click();
        }
        const last = journey.version.steps.find((s) => s.id === journey.steps.at(-1))!;
        await expect(page.locator('article')).toHaveAttribute('data-kind', last.kind);
        expect(last.final).toBe(true);
        if (javaScriptEnabled) {
          // The trail lists every answer given, in order.
          await expect(page.locator('#trail li')).toHaveCount(journey.events.length);
        }
      });
    }
  });
}
