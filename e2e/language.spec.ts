import { interpolate } from '../src/lib/interpolate.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import { expect, test } from '@playwright/test';
import { answerLabel, flows, title } from './support/flows.ts';
import fr from '../src/i18n/fr.json' with { type: 'json' };

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = flow.versions.find((x) => x.version === flow.latest)!;

test('the language switch leads to the same step in French and keeps the trail', async ({ page }) => {
  await page.goto('/en/invitation-code/');
  await page.getByRole('link', { name: answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'), exact: true }).click();
  await page.getByRole('link', { name: answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password'), exact: true }).click();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/invitation-code\/reset-password\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'fr', 'resetPassword'));
  await expect(page.getByRole('heading', { name: fr['trail.heading'] })).toBeVisible();
  await expect(page.locator('#trail li')).toHaveCount(2);
  await expect(page.locator('#trail li').first()).toContainText(answerLabel(v, 'fr', 'isAccountActivated', 'user.answer.already-activated'));
  // And back to English, still at the same step.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/invitation-code\/reset-password\/$/);
  await expect(page.locator('#trail li')).toHaveCount(2);
});

test('every step page names its language alternates', async ({ page }) => {
  await page.goto('/fr/invitation-code/v1/use-exact-address/');
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', /\/en\/invitation-code\/v1\/use-exact-address\/$/);
  await expect(page.locator('link[rel=alternate][hreflang=fr]')).toHaveAttribute('href', /\/fr\/invitation-code\/v1\/use-exact-address\/$/);
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
    expect(message).toContain(interpolate(fr['mail.reference'], { flow: 'invitation-code', version: flow.latest, step: 'contact-support', language: fr['mail.language'] }));
    await expect(page.locator('#ready-subject')).toHaveText(new RegExp(`^${fr['mail.subject.urgent']} – ${fr['mail.subject.problem']}`));
  });
});
