import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { answerLabel, flows, title, latestVersion } from './support/flows.ts';
import { t } from './support/words.ts';
import { INVITATION_DATE_KEY, PENDING_KEY, trailStorageKey } from '../src/lib/storage-keys.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const answer = (page: Page, step: string, event: string) =>
  page.getByRole('link', { name: answerLabel(v, 'en', step, `user.answer.${event}`), exact: true });
const trailItems = (page: Page) => page.locator('#trail li');

test.describe('JavaScript available', () => {
  test('each step focuses its heading and names the step in the title', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    await expect(heading(page)).toBeFocused();
    await expect(page).toHaveTitle(`${title(v, 'en', 'signInDirectly')}${t('en', 'page.titleSeparator')}${v.content.en.guide.title}`);
  });

  test('back, forward and reload keep URL, heading and trail consistent', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await answer(page, 'signInDirectly', 'forgot-password').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
    await expect(trailItems(page)).toHaveCount(2);

    await page.goBack();
    await expect(page).toHaveURL(/\/en\/invitation-code\/sign-in-directly\/$/);
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    await expect(trailItems(page)).toHaveCount(1);
    await expect(trailItems(page).first()).toContainText(answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'));

    await page.goForward();
    await expect(page).toHaveURL(/\/reset-password\/$/);
    await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
    await expect(trailItems(page)).toHaveCount(2);

    await page.reload();
    await expect(page).toHaveURL(/\/reset-password\/$/);
    await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
    await expect(trailItems(page)).toHaveCount(2);

    // A different answer after going back replaces what came after it.
    await page.goBack();
    await answer(page, 'signInDirectly', 'signed-in').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'solvedResult'));
    await expect(trailItems(page)).toHaveCount(2);
    await expect(trailItems(page).last()).toContainText(answerLabel(v, 'en', 'signInDirectly', 'user.answer.signed-in'));
  });

  test('the back link goes to the previous step of the trail', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await expect(page.getByRole('link', { name: t('en', 'nav.back') })).toBeHidden();
    await answer(page, 'isAccountActivated', 'not-sure').click();
    await page.getByRole('link', { name: t('en', 'nav.back') }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
    await expect(page.locator('#trail')).toBeHidden();
  });

  test('"Change" returns to an earlier question and cuts the trail there', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await answer(page, 'signInDirectly', 'forgot-password').click();
    // "Change", then words only screen readers get: which question it changes.
    const change = `${t('en', 'trail.change')} ${t('en', 'trail.changeHidden', { question: title(v, 'en', 'signInDirectly') })}`;
    await page.getByRole('link', { name: change }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    await expect(trailItems(page)).toHaveCount(1);
  });

  test('a double click on an answer advances one step only', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').dblclick();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    await expect(trailItems(page)).toHaveCount(1);
    await page.goBack();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
  });

  test('a deep link in a fresh context shows that step with an empty trail', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/en/invitation-code/use-exact-address/');
    await expect(heading(page)).toHaveText(title(v, 'en', 'useExactAddress'));
    await expect(page.locator('#trail')).toBeHidden();
    await expect(page.getByRole('link', { name: t('en', 'nav.back') })).toBeHidden();
    await context.close();
  });

  test('"Start over" clears the trail', async ({ page }) => {
    // The trails of every version of the flow, the answers waiting for the next page, the date answer.
    const keys = [...flow.versions.map((version) => trailStorageKey(flow.id, version.version)), PENDING_KEY, INVITATION_DATE_KEY];
    const stored = () => page.evaluate((keys) => keys.filter((k) => sessionStorage.getItem(k) !== null), keys);
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await expect(trailItems(page)).toHaveCount(1);
    expect(await stored()).toContain(trailStorageKey(flow.id, flow.latest));
    await page.getByRole('link', { name: t('en', 'nav.startOver') }).click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
    await expect(page.locator('#trail')).toBeHidden();
    expect(await stored()).toEqual([]);
  });

  test('corrupt or foreign trail data in sessionStorage is ignored', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    const key = trailStorageKey(flow.id, flow.latest);
    await page.evaluate((key) => {
      sessionStorage.setItem(key, '{"oops"');
    }, key);
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await expect(trailItems(page)).toHaveCount(1);
    await page.evaluate((key) => sessionStorage.setItem(key, JSON.stringify([{ step: 'otherFlowStep', answer: 'x' }])), key);
    await page.reload();
    await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
    await expect(page.locator('#trail')).toBeHidden();
  });

  test('when the trail words cannot be fetched, the flow goes on and no answer is lost', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/flow-data/**', (route) => route.abort());
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'already-activated').click();
    await answer(page, 'signInDirectly', 'forgot-password').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'resetPassword'));
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('#trail')).toBeHidden();
    // The words come back: the answers queued on the pages without them are all there.
    await page.unroute('**/flow-data/**');
    await page.reload();
    await expect(trailItems(page)).toHaveCount(2);
    await expect(trailItems(page).nth(1)).toContainText(answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password'));
    expect(errors).toEqual([]);
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the browser back button works', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await answer(page, 'isAccountActivated', 'never-received').click();
    await expect(heading(page)).toHaveText(title(v, 'en', 'findInvitationEmail'));
    await page.goBack();
    await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
  });
});

test('keyboard only: from the start to an outcome', async ({ page }) => {
  await page.goto('/en/invitation-code/');
  await expect(heading(page)).toBeFocused();
  const walk: [string, string][] = [
    ['isAccountActivated', 'already-activated'],
    ['signInDirectly', 'signed-in'],
  ];
  for (const [step, event] of walk) {
    const target = answer(page, step, event);
    for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    // The focus ring is visible on the focused answer.
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
  }
  await expect(heading(page)).toHaveText(title(v, 'en', 'solvedResult'));
  await expect(heading(page)).toBeFocused();
});
