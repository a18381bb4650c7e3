/**
 * The validity question (latest version): with scripts, the date of the invitation e-mail
 * answers it, and the next step says when the code expired or expires; a date that cannot
 * be the invitation's gets its own message. Without scripts the three links are the way.
 */
import { expect, test } from '@playwright/test';
import { answerLabel, flows, title, latestVersion } from './support/flows.ts';
import { longDate } from '../src/lib/evaluation-date.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { toPlain } from '../src/lib/text.ts';
import { config } from './support/flows.ts';
import { answerWithDate } from './support/pages.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const question = 'isInvitationOlderThanValidity';
const path = (locale: 'en' | 'fr') => `/${locale}/invitation-code/is-invitation-older-than-validity/`;
const words = (locale: 'en' | 'fr') => {
  const w = v.content[locale].steps[question]!.dateAnswer!;
  return Object.fromEntries(Object.entries(w).map(([k, x]) => [k, toPlain(x, config)])) as typeof w;
};

test.describe('JavaScript available', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00'));
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: an invitation 40 days old leads to a new invitation, and the page says when the code expired`, async ({ page }) => {
      const w = words(locale);
      await page.goto(path(locale));
      await answerWithDate(page, w, '2026-10-17');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, locale, 'askForNewInvitationResult'));
      await expect(page.locator('.validity-note')).toHaveText(interpolate(w.expired, { date: longDate('2026-11-16', locale) }));
      // The trail records the answer the date stands for.
      await expect(page.locator('#trail li')).toHaveCount(1);
      await expect(page.locator('#trail li')).toContainText(answerLabel(v, locale, question, 'user.answer.older-than-validity'));
    });
  }

  test('an invitation 29 days old leads to the activation steps, which say the code works until today', async ({ page }) => {
    const w = words('en');
    await page.goto(path('en'));
    await answerWithDate(page, w, '2026-10-28');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', 'activateWithCode'));
    // Until today, the day the clock is set to.
    await expect(page.locator('.validity-note')).toHaveText(interpolate(w.valid, { date: longDate('2026-11-26', 'en') }));
  });

  test('the note is for the step the date led to only', async ({ page }) => {
    const w = words('en');
    await page.goto(path('en'));
    await answerWithDate(page, w, '2026-10-28');
    await page.goto('/en/invitation-code/ask-for-new-invitation-result/');
    await expect(page.locator('.validity-note')).toBeHidden();
  });

  test('no date, a date in the future and a half-typed date each get their message, and the page stays', async ({ page }) => {
    const w = words('en');
    await page.goto(path('en'));
    const input = page.getByLabel(w.label);
    await expect(page.getByRole('button', { name: w.submit })).toHaveAttribute('type', 'submit');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.locator('#invitation-date-error')).toHaveText(w.missing);
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await input.fill('2026-12-01');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.locator('#invitation-date-error')).toHaveText(w.future);
    await input.fill('');
    await input.click();
    await page.keyboard.type('10');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.locator('#invitation-date-error')).toHaveText(w.invalid);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', question));
  });

  test('a press before the page script is ready sends nothing: the date never reaches the URL', async ({ page }) => {
    const w = words('en');
    await page.route('**/_astro/**', (route) => route.abort());
    await page.goto(path('en'));
    await page.getByLabel(w.label).fill('2026-10-17');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', question));
    expect(new URL(page.url()).search).toBe('');
    expect(page.url()).not.toContain('2026-10-17');
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the date form is hidden and the three answers stay', async ({ page }) => {
    await page.goto(path('en'));
    await expect(page.getByLabel(words('en').label)).toBeHidden();
    await expect(page.locator('ul.answers a')).toHaveCount(3);
  });
});
