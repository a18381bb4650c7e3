/**
 * The way back, with the keyboard (UX review 2026-12-06, "Keyboard order"): each step focuses
 * its heading, and "← Back" and "Start over" come right after it, in the page's order as on
 * the screen (WCAG 1.3.2, 2.4.3), instead of 13 to 15 Tabs away at the end of the page. The
 * first question has no "Start over": there it would do nothing (m15).
 */
import { expect, test } from './support/test.ts';
import type { Locator, Page } from '@playwright/test';
import { answerLabel, flows, latestVersion, title } from './support/flows.ts';
import { t } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const back = (page: Page) => page.getByRole('link', { name: t('en', 'nav.back') });
const startOver = (page: Page) => page.getByRole('link', { name: t('en', 'nav.startOver') });

/** Presses Tab until `target` has focus, at most `max` times; how many it took (`max + 1` when it never did). */
async function tabsTo(page: Page, target: Locator, max = 20): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  return max + 1;
}

/** Tabs from the focused heading to the answer `label`, and takes it with Enter; the next step's heading then has focus. */
async function answerWithKeyboard(page: Page, step: string, event: string, next: string) {
  await expect(heading(page)).toBeFocused();
  const answer = page.getByRole('link', { name: answerLabel(v, 'en', step, `user.answer.${event}`), exact: true });
  expect(await tabsTo(page, answer)).toBeLessThanOrEqual(6);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title(v, 'en', next));
}

test('on an advice step reached with the keyboard, Back is the first Tab from the heading and Start over the second, where they are on the screen', async ({
  page,
}) => {
  await page.goto('/en/invitation-code/');
  await answerWithKeyboard(page, 'isAccountActivated', 'already-activated', 'signInDirectly');
  await answerWithKeyboard(page, 'signInDirectly', 'forgot-password', 'resetPassword');
  await expect(back(page)).toBeVisible();
  await expect(heading(page)).toBeFocused();
  // Counted: within three Tabs (the review counted 15).
  expect(await tabsTo(page, back(page), 3)).toBe(1);
  expect(await tabsTo(page, startOver(page), 3)).toBe(1);
  // On the screen as in the page: under the heading, before the step's words and its answers.
  const y = async (locator: Locator) => (await locator.boundingBox())!.y;
  const firstAnswer = page.locator('a.answer').first();
  expect(await y(back(page))).toBeGreaterThan(await y(heading(page)));
  expect(await y(back(page))).toBeLessThan(await y(page.locator('article a.action').first()));
  expect(await y(startOver(page))).toBeLessThan(await y(firstAnswer));
  // Back with the keyboard: the previous step, its heading focused.
  await back(page).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
  await expect(heading(page)).toBeFocused();
});

test('the first question has no "Start over" (it would do nothing there) and no Back; the next step has both', async ({ page }) => {
  await page.goto('/en/invitation-code/');
  await expect(heading(page)).toBeFocused();
  await expect(startOver(page)).toHaveCount(0);
  await expect(back(page)).toBeHidden();
  await expect(page.getByRole('navigation', { name: t('en', 'nav.steps') })).toHaveCount(0);
  await answerWithKeyboard(page, 'isAccountActivated', 'already-activated', 'signInDirectly');
  await expect(startOver(page)).toHaveAttribute('href', '/en/invitation-code/');
  await expect(back(page)).toBeVisible();
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('Start over is under the heading, before the step words; the first question has none', async ({ page }) => {
    await page.goto('/en/invitation-code/reset-password/');
    await expect(back(page)).toBeHidden();
    const y = async (locator: Locator) => (await locator.boundingBox())!.y;
    expect(await y(startOver(page))).toBeGreaterThan(await y(heading(page)));
    await page.goto('/en/invitation-code/');
    await expect(startOver(page)).toHaveCount(0);
  });
});
