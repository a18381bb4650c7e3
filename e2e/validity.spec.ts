/**
 * The validity question (latest version): with scripts, the date of the invitation e-mail,
 * typed in its three boxes (Day, Month, Year) with the keyboard as the hint shows, answers
 * it, and the next step says when the code expired or expires; a date typed in part, a
 * wrong box, a date that cannot be the invitation's, each gets its message, its boxes
 * highlighted, the error summary focused with a link to the first, and never picks a branch. A press made before
 * the page's scripts arrive is carried out when they do. Without scripts the three links
 * are the way.
 */
import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { answerLabel, flows, title, latestVersion } from './support/flows.ts';
import { longDate } from '../src/lib/calendar.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { toPlain } from '../src/lib/text.ts';
import { config } from './support/flows.ts';
import { t } from './support/words.ts';
import { answerWithDate, dateGroup, holdScripts, typeDate } from './support/pages.ts';
import type { Locale } from '../src/schemas/flow.ts';
import { latestStepUrl } from '../src/lib/flows/urls.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const question = 'isInvitationOlderThanValidity';
const questionStep = v.steps.find((s) => s.id === question)!;
const path = (locale: Locale) => latestStepUrl(locale, flow, questionStep);
const words = (locale: Locale) => {
  const w = v.content[locale].steps[question]!.dateAnswer!;
  return Object.fromEntries(Object.entries(w).map(([k, x]) => [k, toPlain(x, config)])) as typeof w;
};
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('JavaScript available', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00'));
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: an invitation 40 days old, typed as the hint shows, leads to a new invitation, and the page says when the code expired`, async ({
      page,
    }) => {
      const w = words(locale);
      await page.goto(path(locale));
      // The hint's own example format: day, month, year.
      await expect(dateGroup(page, w.label)).toContainText(/2 11 2026/);
      await answerWithDate(page, w, '17 10 2026');
      await expect(heading(page)).toHaveText(title(v, locale, 'askForNewInvitationResult'));
      await expect(page.locator('.validity-note')).toHaveText(interpolate(w.expired, { date: longDate('2026-11-16', locale) }));
      // The trail keeps the date given and the expiry, not the vaguer answer the date stands for.
      await expect(page.locator('#trail li')).toHaveCount(1);
      await expect(page.locator('#trail li .a')).toHaveText(
        interpolate(w.givenExpired!, { received: longDate('2026-10-17', locale), date: longDate('2026-11-16', locale) }),
      );
      await expect(page.locator('#trail li')).not.toContainText(answerLabel(v, locale, question, 'user.answer.older-than-validity'));
    });

    test(`${locale}: the boxes are labelled day, month, year in that order, with numeric keyboards`, async ({ page }) => {
      await page.goto(path(locale));
      const boxes = dateGroup(page, words(locale).label).getByRole('textbox');
      await expect(boxes).toHaveCount(3);
      for (const [i, key] of (['date.day', 'date.month', 'date.year'] as const).entries()) {
        await expect(boxes.nth(i)).toHaveAccessibleName(t(locale, key));
        await expect(boxes.nth(i)).toHaveAttribute('inputmode', 'numeric');
        await expect(boxes.nth(i)).toHaveAttribute('type', 'text');
      }
    });
  }

  test('an invitation 10 days ago, with the month as a name and leading zeros, leads to the activation steps: a valid code is not declared expired', async ({
    page,
  }) => {
    const w = words('fr');
    await page.goto(path('fr'));
    await answerWithDate(page, w, '16 nov. 2026');
    await expect(heading(page)).toHaveText(title(v, 'fr', 'activateWithCode'));
    await expect(page.locator('.validity-note')).toHaveText(interpolate(w.valid, { date: longDate('2026-12-15', 'fr') }));
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: an invitation 29 days old leads to the activation steps, which say the code works until the end of today: activate it today`, async ({
      page,
    }) => {
      const w = words(locale);
      await page.goto(path(locale));
      await answerWithDate(page, w, '28 10 2026');
      await expect(heading(page)).toHaveText(title(v, locale, 'activateWithCode'));
      // Until today, the day the clock is set to: the boundary day's own words.
      await expect(page.locator('.validity-note')).toHaveText(interpolate(w.validToday!, { date: longDate('2026-11-26', locale) }));
      await expect(page.locator('#trail li .a')).toHaveText(
        interpolate(w.givenValid!, { received: longDate('2026-10-28', locale), date: longDate('2026-11-26', locale) }),
      );
    });

    test(`${locale}: an invitation 30 days old has expired today, said so, and the page never says "probably"`, async ({ page }) => {
      const w = words(locale);
      await page.goto(path(locale));
      await answerWithDate(page, w, '27 10 2026');
      await expect(heading(page)).toHaveText(title(v, locale, 'askForNewInvitationResult'));
      await expect(page.locator('.validity-note')).toHaveText(interpolate(w.expiredToday!, { date: longDate('2026-11-26', locale) }));
      await expect(page.locator('main')).not.toContainText(locale === 'en' ? /probably/i : /probablement/i);
    });
  }

  test('the note is for the step the date led to only', async ({ page }) => {
    const w = words('en');
    await page.goto(path('en'));
    await answerWithDate(page, w, '28 10 2026');
    await expect(heading(page)).toHaveText(title(v, 'en', 'activateWithCode'));
    await page.goto('/en/invitation-code/ask-for-new-invitation-result/');
    await expect(page.locator('.validity-note')).toBeHidden();
  });

  /** Each way of getting the date wrong: what is typed, the message, the boxes highlighted (the first has the cursor). */
  const cases = (locale: Locale) => {
    const w = words(locale);
    const e = (key: Parameters<typeof t>[1], vars = {}) => t(locale, key, vars);
    return [
      { name: 'nothing', typed: { day: '', month: '', year: '' }, message: w.missing, wrong: [0, 1, 2] },
      { name: 'no day', typed: { day: '', month: '11', year: '2026' }, message: e('date.error.missingDay'), wrong: [0] },
      { name: 'no month', typed: { day: '2', month: '', year: '2026' }, message: e('date.error.missingMonth'), wrong: [1] },
      { name: 'no year', typed: { day: '2', month: '11', year: '' }, message: e('date.error.missingYear'), wrong: [2] },
      {
        name: 'a day and nothing else',
        typed: { day: '2', month: '', year: '' },
        message: e('date.error.missingMonthYear'),
        wrong: [1, 2],
      },
      { name: 'day 32', typed: { day: '32', month: '11', year: '2026' }, message: e('date.error.day'), wrong: [0] },
      {
        name: '31 November',
        typed: { day: '31', month: '11', year: '2026' },
        message: e('date.error.dayInMonth', { days: 30 }),
        wrong: [0],
      },
      { name: 'month 13', typed: { day: '2', month: '13', year: '2026' }, message: e('date.error.month'), wrong: [1] },
      { name: 'a two-digit year', typed: { day: '2', month: '11', year: '26' }, message: e('date.error.year'), wrong: [2] },
      { name: 'tomorrow', typed: { day: '27', month: '11', year: '2026' }, message: w.future, wrong: [0, 1, 2] },
      { name: 'the year before last', typed: { day: '2', month: '11', year: '2024' }, message: e('date.error.overAYearAgo'), wrong: [2] },
    ];
  };
  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: every wrong date gets its message, its boxes marked, a summary leading to the first, and the page stays`, async ({
      page,
    }) => {
      // Eleven dates in one test: more time than one.
      test.setTimeout(60_000);
      const w = words(locale);
      await page.goto(path(locale));
      const group = dateGroup(page, w.label);
      const boxes = group.getByRole('textbox');
      for (const c of cases(locale)) {
        await test.step(c.name, async () => {
          for (let i = 0; i < 3; i++) {
            await boxes.nth(i).click();
            await page.keyboard.press('ControlOrMeta+A');
            await page.keyboard.press('Backspace');
          }
          await typeDate(group, c.typed);
          await page.getByRole('button', { name: w.submit }).click();
          await expect(group.locator('.error-message')).toHaveText(`${t(locale, 'contact.errorPrefix')} ${c.message}`);
          await expect(group).toHaveAccessibleDescription(new RegExp(c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          // GOV.UK: the error summary takes the focus, and its link leads to the first wrong box.
          const summary = page.getByRole('alert');
          await expect(summary).toBeFocused();
          await summary.getByRole('link', { name: c.message }).click();
          await expect(boxes.nth(c.wrong[0]!)).toBeFocused();
          for (let i = 0; i < 3; i++) {
            if (c.wrong.includes(i)) await expect(boxes.nth(i)).toHaveAttribute('aria-invalid', 'true');
            else await expect(boxes.nth(i)).not.toHaveAttribute('aria-invalid');
          }
          await expect(heading(page)).toHaveText(title(v, locale, question));
        });
      }
      // What was typed stays, to be corrected.
      await expect(boxes.nth(2)).toHaveValue('2024');
    });
  }

  test('Enter in the year box sends the date, as in any form', async ({ page }) => {
    const w = words('en');
    await page.goto(path('en'));
    await typeDate(dateGroup(page, w.label), '17 10 2026');
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(title(v, 'en', 'askForNewInvitationResult'));
  });
});

test.describe('pressed before the page is ready', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00'));
  });

  test('Continue pressed while the scripts are on their way is carried out when they arrive, with the date then typed, and never puts it in the URL', async ({
    page,
  }) => {
    const w = words('en');
    const scripts = await holdScripts(page);
    await page.goto(path('en'), { waitUntil: 'commit' });
    await typeDate(dateGroup(page, w.label), '17 10 2026');
    await page.getByRole('button', { name: w.submit }).click();
    // The page says it is getting ready, and stays on the question meanwhile.
    await expect(page.getByRole('status').filter({ hasText: t('en', 'form.waiting') })).toBeVisible();
    await expect(heading(page)).toHaveText(title(v, 'en', question));
    expect(page.url()).not.toContain('2026');
    scripts.release();
    await expect(heading(page)).toHaveText(title(v, 'en', 'askForNewInvitationResult'));
    await expect(page.locator('.validity-note')).toHaveText(interpolate(w.expired, { date: longDate('2026-11-16', 'en') }));
    expect(new URL(page.url()).search).toBe('');
  });

  test('a wrong date pressed early gets its message once the scripts arrive, not a second press', async ({ page }) => {
    const w = words('fr');
    const scripts = await holdScripts(page);
    await page.goto(path('fr'), { waitUntil: 'commit' });
    const group = dateGroup(page, w.label);
    await typeDate(group, { day: '2', month: '', year: '2026' });
    await page.keyboard.press('Enter');
    scripts.release();
    await expect(group.locator('.error-message')).toHaveText(`${t('fr', 'contact.errorPrefix')} ${t('fr', 'date.error.missingMonth')}`);
    await expect(page.getByRole('alert')).toBeFocused();
    await page.getByRole('alert').getByRole('link').click();
    await expect(group.getByRole('textbox').nth(1)).toBeFocused();
    expect(new URL(page.url()).search).toBe('');
  });

  test('with scripts that never arrive, a press sends nothing and the page says it is still getting ready', async ({ page }) => {
    const w = words('en');
    await page.route('**/_astro/**', (route) => route.abort());
    await page.goto(path('en'));
    await typeDate(dateGroup(page, w.label), '17 10 2026');
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.getByRole('status').filter({ hasText: t('en', 'form.waitingLong') })).toBeVisible({ timeout: 15_000 });
    await expect(heading(page)).toHaveText(title(v, 'en', question));
    expect(new URL(page.url()).search).toBe('');
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the date form is hidden and the three answers stay', async ({ page }) => {
    await page.goto(path('en'));
    await expect(dateGroup(page, words('en').label)).toBeHidden();
    await expect(page.locator('ul.answers a')).toHaveCount(3);
  });
});
