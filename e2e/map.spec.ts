import { expect, test } from '@playwright/test';
import { answerLabel, flows, LOCALES, title } from './support/flows.ts';

for (const flow of flows) {
  const version = flow.versions.find((v) => v.version === flow.latest)!;
  for (const locale of LOCALES) {
    test.describe(`${locale} ${flow.id} staff map`, () => {
      test('its picture has every node and edge of the machine, linked to the step pages', async ({ page }) => {
        await page.goto(`/${locale}/${flow.id}/map/`);
        const svg = page.locator('svg.graph');
        await expect(svg.locator('g.node')).toHaveCount(version.steps.length);
        // Link answers, and each branch of a date answer.
        await expect(svg.locator('g.edge')).toHaveCount(version.steps.reduce((n, s) => n + s.answers.length + (s.dateAnswer?.branches.length ?? 0), 0));
        for (const step of version.steps) {
          await expect(svg.locator(`[id="node-${step.id}"] a`)).toHaveAttribute('href', step.initial ? `/${locale}/${flow.id}/` : `/${locale}/${flow.id}/${step.slug}/`);
          // Tooltips in the page's language: "answer → next step", never code ids.
          for (const answer of step.answers) {
            await expect(svg.locator(`[id="edge-${step.id}-${answer.key}"] > title`)).toHaveText(`${answerLabel(version, locale, step.id, answer.event)} → ${title(version, locale, answer.target)}`);
          }
          await expect(svg.locator(`[id="node-${step.id}"] > title`)).toHaveText(title(version, locale, step.id));
        }
      });

      test('its table lists every step with its latest and pinned links', async ({ page }) => {
        await page.goto(`/${locale}/${flow.id}/map/`);
        const rows = page.locator('table.map-table tbody tr');
        await expect(rows).toHaveCount(version.steps.length);
        for (const step of version.steps) {
          const row = page.locator(`tr#step-${step.id}`);
          await expect(row.getByRole('rowheader')).toContainText(title(version, locale, step.id));
          await expect(row.getByRole('link', { name: `/${locale}/${flow.id}/v${version.version}/${step.slug}/`, exact: true })).toBeVisible();
        }
        // Every outcome lists the ways that reach it.
        await expect(page.locator('.map-outcome')).toHaveCount(version.steps.filter((s) => s.final).length);
      });
    });
  }
}

test('staff can build a link to the contact step with the course and date prefilled', async ({ page }) => {
  await page.goto('/en/invitation-code/map/');
  await page.getByLabel('Name of the course or evaluation').fill('Examen B');
  await page.getByLabel('Date of the evaluation').fill('2026-12-10');
  await page.getByRole('button', { name: 'Open the contact step with these details' }).click();
  await expect(page).toHaveURL(/\/en\/invitation-code\/contact-support\/\?course=Examen\+B&date=2026-12-10$/);
  await expect(page.getByLabel('Name of the course or evaluation')).toHaveValue('Examen B');
});

test('copy buttons on the map copy full step URLs', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/invitation-code/map/');
  await page.locator('tr#step-signInDirectly').getByRole('button').first().click();
  await expect(page.locator('#map-status')).toHaveText('Link copied.');
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe('/en/invitation-code/sign-in-directly/');
});
