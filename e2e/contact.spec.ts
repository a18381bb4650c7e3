import { expect, test, type Page } from '@playwright/test';
import { parseMailto } from '../src/lib/mailto.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { config, flows } from './support/flows.ts';

const latest = flows.find((f) => f.id === 'invitation-code')!.latest;
import en from '../src/i18n/en.json' with { type: 'json' };

const CONTACT = '/en/invitation-code/contact-support/';
/** Presses "Prepare my e-mail" once the form has come to life (before, it is a plain button that does nothing). */
async function submit(page: Page) {
  const button = page.getByRole('button', { name: en['contact.submit'] });
  await expect(button).toHaveAttribute('type', 'submit');
  await button.click();
}

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
    await expect(page.getByLabel(en['contact.email.label'])).toHaveAccessibleDescription(
      new RegExp(`Error: ${en['contact.error.email.format']}`),
    );
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
      `Reference for support: invitation-code, version ${latest}, step contact-support, English`,
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
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    await fillValid(page);
    await submit(page);
    await page.getByRole('button', { name: en['contact.copyMessage'] }).click();
    await expect(
      page.getByRole('button', { name: en['contact.copyMessage'] }).locator('xpath=following-sibling::*[@role="status"]'),
    ).toHaveText(en['contact.copyFailed']);
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toHaveValue(/First name: Marie-Ève/);
  });

  test('copy buttons copy the address, the subject and the complete message, each saying so beside itself', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CONTACT);
    await fillValid(page, { date: '2026-11-27' });
    await submit(page);
    const copy = async (label: string) => {
      const button = page.getByRole('button', { name: label });
      await button.click();
      // The feedback is the button's own neighbour, on the same line or just below: not at the top of the page.
      const status = button.locator('xpath=following-sibling::*[@role="status"]');
      await expect(status).toHaveText(en['contact.copied']);
      const [b, s] = [(await button.boundingBox())!, (await status.boundingBox())!];
      expect(Math.abs(s.y - b.y)).toBeLessThan(60);
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copy(en['contact.copyAddress'])).toBe(config.supportEmail);
    const subject = await copy(en['contact.copySubject']);
    expect(subject).toBe(`URGENT – Invitation code does not work – Examen B – evaluation on 2026-11-27`);
    await expect(page.locator('#ready-subject')).toHaveText(subject);
    expect(await copy(en['contact.copyMessage'])).toContain('Course or evaluation: Examen B');
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
  test('on a phone, the first screen shows the form, and no button writes an e-mail without the details', async ({ page }) => {
    await page.goto(CONTACT);
    const viewport = page.viewportSize()!;
    const first = (await page.getByLabel(en['contact.firstName.label']).boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
    await expect(page.getByText(en['contact.lead'])).toBeInViewport();
    // The only mailto: link before preparing is the secondary template link, below the form.
    const mailtos = page.locator('a[href^="mailto:"]');
    await expect(mailtos).toHaveCount(1);
    await expect(mailtos).toHaveText(en['contact.manual.link']);
    expect((await mailtos.boundingBox())!.y).toBeGreaterThan(
      (await page.getByRole('button', { name: en['contact.submit'] }).boundingBox())!.y,
    );
  });

  test('past, far-future and impossible dates each get their own message; the hint shows the format', async ({ page }) => {
    await page.goto(CONTACT);
    await expect(page.getByText('Year, month, day: for example, 2026-12-16.')).toBeVisible();
    await fillValid(page);
    const date = page.getByLabel(en['contact.evaluationDate.label']);
    const summary = page.getByRole('alert');
    await date.fill('2026-11-15');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([en['contact.error.evaluationDate.past']]);
    await date.fill('2028-01-10');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([en['contact.error.evaluationDate.farFuture']]);
    // Where there is no date picker the field is plain text, and a date can be impossible.
    await date.evaluate((input: HTMLInputElement) => (input.type = 'text'));
    await date.fill('2027-02-29');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText(['The date of the evaluation must be a real date: that month has 28 days']);
    await date.fill('29/02/2027');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText(['Enter the date of the evaluation as year-month-day, for example 2026-12-16']);
    await date.fill('2026-12-01');
    await submit(page);
    await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeFocused();
  });

  test('a date typed in part (the browser cannot read it) is noticed, not dropped silently', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page);
    const date = page.getByLabel(en['contact.evaluationDate.label']);
    await date.click();
    await page.keyboard.type('12');
    expect(await date.evaluate((input: HTMLInputElement) => [input.value, input.validity.badInput])).toEqual(['', true]);
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([en['contact.error.evaluationDate.incomplete']]);
  });

  test('an address with an accent says so; a likely typo gets a suggestion one click accepts, never a block', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page, { email: 'Marie-Ève.Tremblay@gmail.com' });
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([interpolate(en['contact.error.email.accent'], { char: 'È' })]);
    const email = page.getByLabel(en['contact.email.label']);
    await email.fill('marie-eve.tremblay@gmial.com');
    // The suggestion comes while the person pauses in the field.
    const use = page.getByRole('button', {
      name: interpolate(en['contact.email.useSuggestion'], { address: 'marie-eve.tremblay@gmail.com' }),
    });
    await expect(use).toBeVisible();
    await use.click();
    await expect(email).toHaveValue('marie-eve.tremblay@gmail.com');
    await expect(email).toBeFocused();
    // Not taken before preparing: the message is prepared all the same, and the question comes with it.
    await email.fill('marie-eve.tremblay@hotmial.com');
    await page.getByLabel(en['contact.course.label']).focus();
    await submit(page);
    await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeVisible();
    await page
      .getByRole('button', { name: interpolate(en['contact.email.useSuggestion'], { address: 'marie-eve.tremblay@hotmail.com' }) })
      .click();
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toHaveValue(
      /E-mail address used: marie-eve\.tremblay@hotmail\.com/,
    );
  });

  test('length limits show as a count before they are reached, and the subject keeps a long course short', async ({ page }) => {
    await page.goto(CONTACT);
    const first = page.getByLabel(en['contact.firstName.label']);
    await first.fill('x'.repeat(79));
    await expect(page.locator('#contact-firstName-count')).toBeEmpty();
    await first.fill('x'.repeat(81));
    await expect(page.locator('#contact-firstName-count')).toHaveText(interpolate(en['contact.count.remaining'], { count: 19 }));
    await expect(first).toHaveAccessibleDescription(interpolate(en['contact.count.remaining'], { count: 19 }));
    await first.fill('x'.repeat(101));
    await expect(page.locator('#contact-firstName-count')).toHaveText(en['contact.count.overOne']);
    const course = `Chimie générale 202-NYA-05, examen final ${'du programme '.repeat(20)}`.trim();
    await fillValid(page, { course });
    await submit(page);
    const subject = await page.locator('#ready-subject').textContent();
    expect(subject).toMatch(/^Invitation code does not work – Chimie générale 202-NYA-05, examen final du.*…$/);
    expect(subject!.length).toBeLessThan(130);
    await expect(page.getByRole('textbox', { name: en['contact.ready.message'], exact: true })).toHaveValue(
      new RegExp(`Course or evaluation: ${course}`),
    );
  });

  test('what was typed before the script arrived is kept, and the button does not submit until then', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(CONTACT, { waitUntil: 'commit' });
    await page.getByLabel(en['contact.firstName.label']).fill('Marie-Ève');
    await page.getByLabel(en['contact.errorMessage.codeNotFound']).check();
    await page.getByRole('button', { name: en['contact.submit'] }).click();
    expect(page.url()).not.toContain('Marie');
    release();
    await expect(page.getByRole('button', { name: en['contact.submit'] })).toHaveAttribute('type', 'submit');
    await expect(page.getByLabel(en['contact.firstName.label'])).toHaveValue('Marie-Ève');
    await expect(page.getByLabel(en['contact.errorMessage.codeNotFound'])).toBeChecked();
    await fillValid(page);
    await submit(page);
    await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeVisible();
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the contact step offers the e-mail template: a subject naming the problem and a line for every detail', async ({ page }) => {
    await page.goto(CONTACT);
    // The form needs scripts (without them it would put personal data in the URL): hidden, not half-working.
    await expect(page.getByRole('button', { name: en['contact.submit'] })).toBeHidden();
    await expect(page.getByText(en['contact.leadNoScript'])).toBeVisible();
    const template = page.getByRole('link', { name: en['contact.manual.link'] });
    await expect(template).toBeInViewport();
    const { to, params } = parseMailto((await template.getAttribute('href'))!);
    expect(to).toEqual([config.supportEmail]);
    expect(params[0]).toEqual(['subject', en['mail.subject.problem']]);
    const body = params[1]![1].split('\r\n');
    for (const key of [
      'mail.field.firstName',
      'mail.field.lastName',
      'mail.field.email',
      'mail.field.errorMessage',
      'mail.field.course',
      'mail.field.evaluationDate',
    ] as const) {
      expect(body, key).toContain(`${en[key]}${en['mail.fieldSeparator']}`);
    }
    expect((await template.getAttribute('href'))!.length).toBeLessThanOrEqual(1900);
    // The page says to fill in each line and never to send the password; the text can be copied.
    await expect(page.getByText(en['contact.leadNoScript'])).toContainText('never send your password');
    await page.getByText(en['contact.manual.text']).click();
    await expect(page.getByRole('textbox', { name: en['contact.manual.textLabel'] })).toHaveValue(/First name: \n/);
    // No bare address button: the only mailto links are the template.
    for (const link of await page.locator('a[href^="mailto:"]').all()) expect(await link.getAttribute('href')).toContain('body=');
  });
});

test('axe: the form with errors and with a prepared message has no violations', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
  await page.goto(CONTACT);
  await submit(page);
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await fillValid(page, { date: '2026-12-15', email: 'marie@gmial.com' });
  await submit(page);
  await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test.describe('a browser without the built-ins of recent years', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
  });

  test('without toWellFormed, Object.hasOwn, Array#at and others, the form still prepares a working link', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      // What Safari before 16.4 and Firefox before 119 lack, and later additions still.
      const removed: [object, string][] = [
        [String.prototype, 'toWellFormed'],
        [String.prototype, 'isWellFormed'],
        [Object, 'hasOwn'],
        [Array.prototype, 'at'],
        [String.prototype, 'at'],
        [Array.prototype, 'findLast'],
        [Array.prototype, 'findLastIndex'],
        [Array.prototype, 'toSorted'],
        [Array.prototype, 'toReversed'],
        [Array.prototype, 'with'],
        [Object, 'groupBy'],
        [Map, 'groupBy'],
        [Promise, 'withResolvers'],
        [globalThis, 'structuredClone'],
      ];
      for (const [owner, key] of removed) delete (owner as Record<string, unknown>)[key];
    });
    await page.goto('/en/invitation-code/');
    await page.getByRole('link', { name: 'Yes, I activated it before' }).click();
    await page.getByRole('link', { name: 'I still cannot sign in' }).click();
    expect(await page.evaluate(() => typeof (''.toWellFormed as unknown))).toBe('undefined');
    await fillValid(page, { first: 'Marie\uD800Ève', date: '2026-11-30' });
    await submit(page);
    const { to, params } = parseMailto((await page.getByRole('link', { name: en['contact.ready.open'] }).getAttribute('href'))!);
    expect(to).toEqual([config.supportEmail]);
    expect(params[1]![1]).toContain('First name: Marie\uFFFDÈve');
    expect(params[1]![1]).toContain('2. Sign in directly: you no longer need the code → I still cannot sign in');
    expect(errors).toEqual([]);
  });

  test('when preparing fails anyway, the person gets the template link instead of a dead button', async ({ page }) => {
    await page.addInitScript(() => {
      // A browser whose date formatting is broken: the e-mail cannot be written.
      Intl.DateTimeFormat = function () {
        throw new TypeError('unsupported');
      } as unknown as typeof Intl.DateTimeFormat;
    });
    await page.goto(CONTACT);
    await fillValid(page, { date: '2026-11-30' });
    await submit(page);
    const fallback = page.getByRole('alert').getByRole('link', { name: en['contact.failedLink'] });
    await expect(fallback).toBeVisible();
    const { params } = parseMailto((await fallback.getAttribute('href'))!);
    expect(params[0]).toEqual(['subject', en['mail.subject.problem']]);
    expect(params[1]![1]).toContain(`${en['mail.field.firstName']}${en['mail.fieldSeparator']}\r\n`);
    // Without a date there is nothing to format: the e-mail is prepared, and the failure notice goes.
    await page.getByLabel(en['contact.evaluationDate.label']).fill('');
    await submit(page);
    await expect(page.getByRole('heading', { name: en['contact.ready.heading'] })).toBeVisible();
    await expect(page.getByRole('link', { name: en['contact.failedLink'] })).toHaveCount(0);
  });
});
