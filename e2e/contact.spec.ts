import { expect, test, type Page } from '@playwright/test';
import { parseMailto } from '../src/lib/mailto.ts';
import { config, flows } from './support/flows.ts';

const latest = flows.find((f) => f.id === 'invitation-code')!.latest;
import en from '../src/i18n/en.json' with { type: 'json' };

const CONTACT = '/en/invitation-code/contact-support/';
const submit = (page: Page) => page.getByRole('button', { name: en['contact.submit'] }).click();

async function fillValid(page: Page, values: Partial<Record<'first' | 'last' | 'email' | 'course' | 'date', string>> = {}) {
  await page.getByLabel(en['contact.firstName.label']).fill(values.first ?? 'Marie-Ève');
  await page.getByLabel(en['contact.lastName.label']).fill(values.last ?? 'Tremblay');
  await page.getByLabel(en['contact.email.label']).fill(values.email ?? 'marie-eve.tremblay@exemple.qc.ca');
  await page.getByLabel(en['contact.errorMessage.codeNotFound']).check();
  await page.getByLabel(en['contact.course.label']).fill(values.course ?? 'Examen B');
  if (values.date) await page.getByLabel(en['contact.evaluationDate.label']).fill(values.date);
}

test.describe('JavaScript available', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
  });

  test('an empty form gets an error summary that takes focus, links to each field, and keeps values', async ({ page }) => {
    await page.goto(CONTACT);
    await page.getByLabel(en['contact.lastName.label']).fill('Tremblay');
    await page.getByLabel(en['contact.email.label']).fill('marie@');
    await submit(page);
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(en['contact.errorSummary']);
    await expect(summary.getByRole('link')).toHaveText([
      en['contact.error.firstName.missing'],
      en['contact.error.email.format'],
      en['contact.error.errorMessage.missing'],
      en['contact.error.course.missing'],
    ]);
    await expect(page).toHaveTitle(/^Error: /);
    // Inline errors, tied to their fields.
    await expect(page.getByLabel(en['contact.email.label'])).toHaveAccessibleDescription(new RegExp(`Error: ${en['contact.error.email.format']}`));
    await expect(page.getByLabel(en['contact.email.label'])).toHaveAttribute('aria-invalid', 'true');
    // Every typed value is kept.
    await expect(page.getByLabel(en['contact.lastName.label'])).toHaveValue('Tremblay');
    await expect(page.getByLabel(en['contact.email.label'])).toHaveValue('marie@');
    // A summary link moves focus to its field.
    await summary.getByRole('link', { name: en['contact.error.email.format'] }).click();
    await expect(page.getByLabel(en['contact.email.label'])).toBeFocused();
    // Fixing everything clears the errors and the title prefix.
    await fillValid(page);
    await submit(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).not.toHaveTitle(/^Error: /);
  });

  test('"another message" asks for its text', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page);
    await page.getByLabel(en['contact.errorMessage.other']).check();
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([en['contact.error.otherMessage.missing']]);
    await page.getByLabel(en['contact.otherMessage.label']).fill('Code invalide');
    await submit(page);
    const href = await page.getByRole('link', { name: en['contact.ready.open'] }).getAttribute('href');
    expect(parseMailto(href!).params[1]![1]).toContain('Error message displayed: Code invalide');
  });

  test('a valid form prepares the e-mail with the steps taken, and marks a soon evaluation urgent', async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await page.getByRole('link', { name: 'Yes, I activated it before' }).click();
    await page.getByRole('link', { name: 'I still cannot sign in' }).click();
    await fillValid(page, { date: '2026-11-30' });
    await expect(page.getByText(en['contact.soon'])).toBeVisible();
    await submit(page);
    await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeFocused();
    const href = (await page.getByRole('link', { name: en['contact.ready.open'] }).getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(1900);
    const parsed = parseMailto(href);
    expect(parsed.to).toEqual([config.supportEmail]);
    expect(parsed.params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(parsed.params[0]![1]).toBe('URGENT – Invitation code does not work – Examen B – evaluation on 2026-11-30');
    const body = parsed.params[1]![1];
    for (const line of [
      'First name: Marie-Ève',
      'Last name: Tremblay',
      'E-mail address used: marie-eve.tremblay@exemple.qc.ca',
      'Error message displayed: Invitation code does not exist or has expired',
      'Course or evaluation: Examen B',
      'Date of the evaluation: November 30, 2026 (2026-11-30), soon',
      '1. Has your Nexam account already been activated? → Yes, I activated it before',
      '2. Sign in directly: you no longer need the code → I still cannot sign in',
      `Help wizard: invitation-code, version ${latest}, step contactSupport, language en`,
    ]) {
      expect(body).toContain(line);
    }
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toHaveValue(body.replace(/\r\n/g, '\n'));
  });

  test('hostile values cannot add recipients or parameters to the link', async ({ page }) => {
    await page.goto(CONTACT);
    const hostile = 'x&bcc=evil@example.com?cc=a@b.c#frag%0D%0A+ é 😀\u0000';
    await fillValid(page, { first: hostile, last: '&body=replaced', course: `${hostile} ${'long '.repeat(50)}` });
    await submit(page);
    const href = (await page.getByRole('link', { name: en['contact.ready.open'] }).getAttribute('href'))!;
    expect(href.length).toBeLessThanOrEqual(1900);
    const parsed = parseMailto(href);
    expect(parsed.to).toEqual([config.supportEmail]);
    expect(parsed.params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(parsed.params[1]![1]).toContain(`First name: ${hostile}`);
    expect(parsed.params[1]![1]).toContain('Last name: &body=replaced');
  });

  test('staff links prefill the course and date; invalid values are ignored with a notice', async ({ page }) => {
    await page.goto(`${CONTACT}?course=Examen%20d%27admission&date=2026-12-10`);
    await expect(page.getByLabel(en['contact.course.label'])).toHaveValue("Examen d'admission");
    await expect(page.getByLabel(en['contact.evaluationDate.label'])).toHaveValue('2026-12-10');
    await expect(page.getByText(en['contact.prefillIgnored'])).toHaveCount(0);
    await page.goto(`${CONTACT}?course=%3Cscript%3E%0A&date=2026-02-31`);
    await expect(page.getByText(en['contact.prefillIgnored'])).toBeVisible();
    await expect(page.getByLabel(en['contact.course.label'])).toHaveValue('');
  });

  test('a refused clipboard leaves the message visible and selectable', async ({ page }) => {
    await page.goto(CONTACT);
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
    await fillValid(page);
    await submit(page);
    await page.getByRole('button', { name: en['contact.copyMessage'] }).click();
    await expect(page.getByText(en['contact.copyFailed'])).toBeVisible();
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toHaveValue(/First name: Marie-Ève/);
  });

  test('copy buttons copy the address and the complete message', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CONTACT);
    await fillValid(page);
    await submit(page);
    await page.getByRole('button', { name: en['contact.copyAddress'] }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(config.supportEmail);
    await page.getByRole('button', { name: en['contact.copyMessage'] }).click();
    await expect(page.locator('.ready [role=status]')).toHaveText(en['contact.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Course or evaluation: Examen B');
  });

  test('personal data stays out of URLs and history, survives a reload, and "Start over" clears it', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page);
    await submit(page);
    expect(page.url()).not.toContain('Tremblay');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    await page.reload();
    await expect(page.getByLabel(en['contact.lastName.label'])).toHaveValue('Tremblay');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Tremblay');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.getByRole('link', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Has your Nexam account already been activated?');
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Tremblay');
    await page.goto(CONTACT);
    await expect(page.getByLabel(en['contact.lastName.label'])).toHaveValue('');
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the contact step shows the support address as a mailto link and what to include', async ({ page }) => {
    await page.goto(CONTACT);
    await expect(page.getByRole('link', { name: 'Write to support' })).toHaveAttribute('href', `mailto:${config.supportEmail}`);
    await expect(page.getByText('the name of the course or evaluation, and')).toBeVisible();
    await expect(page.getByRole('button', { name: en['contact.submit'] })).toHaveCount(0);
  });
});

test('axe: the form with errors and with a prepared message has no violations', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  await page.goto(CONTACT);
  await submit(page);
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await fillValid(page, { date: '2030-01-15' });
  await submit(page);
  await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
});
