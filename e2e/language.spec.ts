import { interpolate } from '../src/lib/interpolate.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import { expect, test } from '@playwright/test';
import { answerLabel, flows, title, latestVersion } from './support/flows.ts';
import fr from '../src/i18n/fr.json' with { type: 'json' };

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);

test('the language switch leads to the same step in French and keeps the trail', async ({ page }) => {
  await page.goto('/en/invitation-code/');
  await page.getByRole('link', { name: answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'), exact: true }).click();
  await page.getByRole('link', { name: answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password'), exact: true }).click();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/invitation-code\/reset-password\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'fr', 'resetPassword'));
  await expect(page.getByRole('heading', { name: fr['trail.heading'] })).toBeVisible();
  await expect(page.locator('#trail li')).toHaveCount(2);
  await expect(page.locator('#trail li').first()).toContainText(
    answerLabel(v, 'fr', 'isAccountActivated', 'user.answer.already-activated'),
  );
  // And back to English, still at the same step.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/invitation-code\/reset-password\/$/);
  await expect(page.locator('#trail li')).toHaveCount(2);
});

test('every step page names its language alternates', async ({ page }) => {
  await page.goto('/fr/invitation-code/v1/use-exact-address/');
  await expect(page.locator('link[rel=alternate][hreflang=en-CA]')).toHaveAttribute(
    'href',
    /\/en\/invitation-code\/v1\/use-exact-address\/$/,
  );
  await expect(page.locator('link[rel=alternate][hreflang=fr-CA]')).toHaveAttribute(
    'href',
    /\/fr\/invitation-code\/v1\/use-exact-address\/$/,
  );
});

test('the home page offers both languages as links and does not redirect', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'English', exact: true })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: 'Français', exact: true })).toHaveAttribute('href', '/fr/');
});

test.describe('JavaScript available', () => {
  test('the contact form speaks French: errors and the e-mail', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
    await page.goto('/fr/invitation-code/contact-support/');
    await page.getByRole('button', { name: fr['contact.submit'] }).click();
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(fr['contact.errorSummary']);
    await expect(page.getByRole('alert').getByRole('link').first()).toHaveText(fr['contact.error.firstName.missing']);
    await expect(page).toHaveTitle(new RegExp(`^${fr['contact.titlePrefix']}`));
    await page.getByLabel(fr['contact.firstName.label'], { exact: true }).fill('Éloïse');
    await page.getByLabel(fr['contact.lastName.label'], { exact: true }).fill('Gagnon');
    await page.getByLabel(fr['contact.email.label'], { exact: true }).fill('eloise.gagnon@exemple.qc.ca');
    await page.getByLabel(stripLangMarks(fr['contact.errorMessage.codeNotFound'])).check();
    await page.getByLabel(fr['contact.course.label'], { exact: true }).fill('Examen professionnel');
    await page.getByLabel(fr['contact.evaluationDate.label'], { exact: true }).fill('2026-11-27');
    await page.getByRole('button', { name: fr['contact.submit'] }).click();
    const message = await page.getByRole('textbox', { name: fr['contact.ready.message'], exact: true }).inputValue();
    expect(message).toContain(`${fr['mail.field.firstName']}\u00a0: Éloïse`);
    expect(message).toContain('27 novembre 2026 (2026-11-27)');
    // The reference line is in French, in words: the step as in its URL, the language by name.
    expect(message).toContain(
      interpolate(fr['mail.reference'], {
        flow: 'invitation-code',
        version: flow.latest,
        step: 'contact-support',
        language: fr['mail.language'],
      }),
    );
    await expect(page.locator('#ready-subject')).toHaveText(new RegExp(`^${fr['mail.subject.urgent']} – ${fr['mail.subject.problem']}`));
  });
});

test('French pages mark the English phrases they quote with lang="en"', async ({ page }) => {
  await page.goto('/fr/invitation-code/');
  await expect(page.locator('[lang=en]', { hasText: 'Invitation code does not exist or has expired' })).toHaveCount(1);
  await page.goto('/fr/invitation-code/reset-password/');
  await expect(page.locator('strong[lang=en]').first()).toHaveText('Forgot password');
  await page.goto('/fr/invitation-code/ask-for-new-invitation-result/');
  await expect(page.locator('strong[lang=en]')).toHaveText('Code Expired');
  await page.goto('/fr/invitation-code/find-invitation-email/');
  await expect(page.locator('strong[lang=en]')).toHaveText('Invitation to Nexam');
  await page.goto('/fr/invitation-code/contact-support/');
  await expect(page.locator('label span[lang=en]')).toHaveText('Invitation code does not exist or has expired');
});

test('the reset path looks in the junk folder before doubting the address', async ({ page }) => {
  for (const locale of ['en', 'fr'] as const) {
    await page.goto(`/${locale}/invitation-code/reset-password/`);
    await page.getByRole('link', { name: answerLabel(v, locale, 'resetPassword', 'user.answer.no-reset-email'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, locale, 'checkResetEmailInJunk'));
    await expect(page.locator('ol.numbered li').nth(1)).toContainText(locale === 'en' ? 'junk or spam folder' : 'courrier indésirable');
    await page
      .getByRole('link', { name: answerLabel(v, locale, 'checkResetEmailInJunk', 'user.answer.still-no-email'), exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, locale, 'useExactAddress'));
  }
});

test('the front door is French first and names both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Aide Nexam / Nexam help');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const sections = page.locator('main section');
  await expect(sections.first()).toHaveAttribute('lang', 'fr-CA');
  await expect(sections.nth(1)).toHaveAttribute('lang', 'en-CA');
});
