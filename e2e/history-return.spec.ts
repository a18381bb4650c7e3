import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { answerLabel, flows, title, latestVersion } from './support/flows.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/shared/chromium.ts';
import { LOCALE_NAMES, t } from '../src/lib/i18n/index.ts';
import { trailStorageKey } from '../src/lib/storage-keys.ts';

// Playwright turns the back/forward cache off by default; people's browsers have it on.
test.use({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const answer = (page: Page, step: string, event: string) =>
  page.getByRole('link', { name: answerLabel(v, 'en', step, `user.answer.${event}`), exact: true });
const back = (page: Page) => page.getByRole('link', { name: t('en', 'nav.back') });

/** Marks the document, so that finding the mark later proves the same document was shown again (no new load). */
const mark = (page: Page, name: string) => page.evaluate((n) => ((window as unknown as Record<string, string>).__mark = n), name);
const markOf = (page: Page) => page.evaluate(() => (window as unknown as Record<string, string | undefined>).__mark);
const historyLength = (page: Page) => page.evaluate(() => history.length);

async function walkThreeSteps(page: Page) {
  await page.goto('/en/invitation-code/');
  await mark(page, 'start');
  await answer(page, 'isAccountActivated', 'already-activated').click();
  await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
  await mark(page, 'signInDirectly');
  await answer(page, 'signInDirectly', 'forgot-password').click();
  await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
}

test.describe('returning to a step already seen goes through the history, not a new request', () => {
  test('Back shows the previous step again from the back/forward cache, focused, with its trail', async ({ page }) => {
    await walkThreeSteps(page);
    const length = await historyLength(page);
    await expect(back(page)).toBeVisible();
    await back(page).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    expect(await markOf(page)).toBe('signInDirectly');
    expect(await historyLength(page)).toBe(length);
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('#trail li')).toHaveCount(1);
  });

  test('"Change" returns several steps back to the question, and the trail is cut there', async ({ page }) => {
    await walkThreeSteps(page);
    await page
      .locator('#trail a.change')
      .filter({ hasText: title(v, 'en', 'signInDirectly') })
      .click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    expect(await markOf(page)).toBe('signInDirectly');
    await expect(page.locator('#trail li')).toHaveCount(1);
    // A new answer from there replaces the rest of the walk.
    await answer(page, 'signInDirectly', 'signed-in').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'solvedResult'));
    await expect(page.locator('#trail li')).toHaveCount(2);
  });

  test('"Start over" returns to the start page, forgets the answers, and shows no trail', async ({ page }) => {
    await walkThreeSteps(page);
    await page.getByRole('link', { name: t('en', 'nav.startOver') }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
    expect(await markOf(page)).toBe('start');
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('#trail')).toBeHidden();
    expect(await page.evaluate((key) => sessionStorage.getItem(key), trailStorageKey(flow.id, v.version))).toBeNull();
  });

  test('switching back to the language just left returns to that page', async ({ page }) => {
    await walkThreeSteps(page);
    await mark(page, 'english');
    await page.getByRole('link', { name: LOCALE_NAMES.fr }).click();
    await expect(heading(page)).toHaveText(title(v, 'fr', 'resetPassword'));
    await page.getByRole('link', { name: LOCALE_NAMES.en }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
    expect(await markOf(page)).toBe('english');
    await expect(page.locator('#trail li')).toHaveCount(2);
  });

  test('a step not seen in this tab is reached by following the link, as without scripts', async ({ page }) => {
    // Arriving on a deep link (a support agent's): the start page is not in this tab's history.
    await page.goto('/en/invitation-code/sign-in-directly/');
    await mark(page, 'deep');
    const length = await historyLength(page);
    await page.getByRole('link', { name: t('en', 'nav.startOver') }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
    expect(await markOf(page)).toBeUndefined();
    expect(await historyLength(page)).toBe(length + 1);
  });
});
