import { expect, test, type Page } from '@playwright/test';
import { composeSupportMail } from '../src/lib/contact-mail.ts';
import { EXAMPLE_DAYS_AHEAD } from '../src/lib/contact-form.ts';
import { isoDaysAhead, longDate } from '../src/lib/evaluation-date.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import { config, flows, latestVersion, title } from './support/flows.ts';
import { expectSafeMailto } from './support/mail.ts';
import { answerName, statusBeside, TO_CONTACT, walk, type Answer } from './support/pages.ts';
import { escapeRegExp, fieldLine, t, wordsOf, type UiKey } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const contactStep = v.steps.find((s) => s.kind === 'contact')!;
const CONTACT = `/en/${flow.id}/${contactStep.slug}/`;
const START = `/en/${flow.id}/`;
/** The clock of the tests that check dates: evaluations up to a week ahead are soon. */
const NOW = new Date('2026-11-25T20:00:00');
/** What fillValid types unless told otherwise. */
const TYPED = { first: 'Marie-Ève', last: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen B' };
/** A form field's line in the English e-mail, matched anywhere in a message. */
const lineIn = (label: UiKey, value: string) => new RegExp(escapeRegExp(fieldLine('en', label, value)));

/**
 * The English e-mail the contact step should prepare from the typed values (error message:
 * the code one) after `answers`: built by the same pure builder as the form, from the
 * flow's titles and answer labels.
 */
function expectedMail(values: typeof TYPED & { date?: string }, answers: readonly Answer[]) {
  return composeSupportMail(
    {
      firstName: values.first,
      lastName: values.last,
      email: values.email,
      errorMessage: 'codeNotFound',
      otherMessage: '',
      course: values.course,
      evaluationDate: values.date ?? '',
    },
    answers.map((a) => `${title(v, 'en', a[0])} → ${answerName(v, 'en', a)}`),
    {
      supportEmail: config.supportEmail,
      flow: flow.id,
      version: v.version,
      step: contactStep.id,
      locale: 'en',
      urgentWithinDays: config.urgentWithinDays,
    },
    wordsOf('en'),
    NOW,
  );
}

/** Presses "Prepare my e-mail" once the form has come to life (before, it is a plain button that does nothing). */
async function submit(page: Page) {
  const button = page.getByRole('button', { name: t('en', 'contact.submit') });
  await expect(button).toHaveAttribute('type', 'submit');
  await button.click();
}

async function fillValid(page: Page, values: Partial<Record<'first' | 'last' | 'email' | 'course' | 'date', string>> = {}) {
  await page.getByLabel(t('en', 'contact.firstName.label')).fill(values.first ?? TYPED.first);
  await page.getByLabel(t('en', 'contact.lastName.label')).fill(values.last ?? TYPED.last);
  await page.getByLabel(t('en', 'contact.email.label')).fill(values.email ?? TYPED.email);
  await page.getByLabel(t('en', 'contact.errorMessage.codeNotFound')).check();
  await page.getByLabel(t('en', 'contact.course.label')).fill(values.course ?? TYPED.course);
  if (values.date) await page.getByLabel(t('en', 'contact.evaluationDate.label')).fill(values.date);
}

test.describe('JavaScript available', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('an empty form gets an error summary that takes focus, links to each field, and keeps values', async ({ page }) => {
    await page.goto(CONTACT);
    await page.getByLabel(t('en', 'contact.lastName.label')).fill('Tremblay');
    await page.getByLabel(t('en', 'contact.email.label')).fill('marie@');
    await submit(page);
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(t('en', 'contact.errorSummary'));
    await expect(summary.getByRole('link')).toHaveText([
      t('en', 'contact.error.firstName.missing'),
      t('en', 'contact.error.email.format'),
      t('en', 'contact.error.errorMessage.missing'),
      t('en', 'contact.error.course.missing'),
    ]);
    const errorTitle = new RegExp(`^${escapeRegExp(t('en', 'contact.titlePrefix'))}`);
    await expect(page).toHaveTitle(errorTitle);
    // Inline errors, tied to their fields.
    await expect(page.getByLabel(t('en', 'contact.email.label'))).toHaveAccessibleDescription(
      new RegExp(`${escapeRegExp(t('en', 'contact.errorPrefix'))}\\s*${escapeRegExp(t('en', 'contact.error.email.format'))}`),
    );
    await expect(page.getByLabel(t('en', 'contact.email.label'))).toHaveAttribute('aria-invalid', 'true');
    // Every typed value is kept.
    await expect(page.getByLabel(t('en', 'contact.lastName.label'))).toHaveValue('Tremblay');
    await expect(page.getByLabel(t('en', 'contact.email.label'))).toHaveValue('marie@');
    // A summary link moves focus to its field.
    await summary.getByRole('link', { name: t('en', 'contact.error.email.format') }).click();
    await expect(page.getByLabel(t('en', 'contact.email.label'))).toBeFocused();
    // Fixing everything clears the errors and the title prefix.
    await fillValid(page);
    await submit(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).not.toHaveTitle(errorTitle);
  });

  test('"another message" asks for its text', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page);
    await page.getByLabel(t('en', 'contact.errorMessage.other')).check();
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([t('en', 'contact.error.otherMessage.missing')]);
    await page.getByLabel(t('en', 'contact.otherMessage.label')).fill('Code invalide');
    await submit(page);
    const { body } = expectSafeMailto(
      await page.getByRole('link', { name: t('en', 'contact.ready.open') }).getAttribute('href'),
      config.supportEmail,
    );
    expect(body.split('\r\n')).toContain(fieldLine('en', 'mail.field.errorMessage', 'Code invalide'));
  });

  test('a valid form prepares the e-mail with the steps taken, and marks a soon evaluation urgent', async ({ page }) => {
    const date = '2026-11-30';
    await page.goto(START);
    await walk(page, v, 'en', TO_CONTACT);
    await fillValid(page, { date });
    await expect(page.getByText(t('en', 'contact.soon'))).toBeVisible();
    await submit(page);
    await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeFocused();
    const href = await page.getByRole('link', { name: t('en', 'contact.ready.open') }).getAttribute('href');
    const { subject, body } = expectSafeMailto(href, config.supportEmail);
    // Exactly the e-mail the pure builder makes from what was typed and the two steps taken...
    const expected = expectedMail({ ...TYPED, date }, TO_CONTACT);
    expect(href).toBe(expected.href);
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toHaveValue(
      expected.text.replace(/\r\n/g, '\n'),
    );
    // ...and, read without the builder: urgent first, then the course and the date.
    expect(subject.startsWith(t('en', 'mail.subject.urgent'))).toBe(true);
    expect(subject).toContain(TYPED.course);
    expect(subject).toContain(date);
    // Each typed value on the line of its own label, the chosen error message as it reads.
    const lines = body.split('\r\n');
    expect(lines).toContain(fieldLine('en', 'mail.field.firstName', TYPED.first));
    expect(lines).toContain(fieldLine('en', 'mail.field.lastName', TYPED.last));
    expect(lines).toContain(fieldLine('en', 'mail.field.email', TYPED.email));
    expect(lines).toContain(fieldLine('en', 'mail.field.course', TYPED.course));
    expect(lines).toContain(fieldLine('en', 'mail.field.errorMessage', stripLangMarks(t('en', 'contact.errorMessage.codeNotFound'))));
    // The date in words and as written, said to be soon.
    const dateLine = lines.find((l) => l.startsWith(fieldLine('en', 'mail.field.evaluationDate', '')));
    expect(dateLine).toContain(longDate(date, 'en'));
    expect(dateLine).toContain(`(${date})`);
    expect(dateLine).toContain(t('en', 'mail.soon'));
    // The steps taken, in order, each "question → answer" as the pages showed them.
    const steps = TO_CONTACT.map((a, i) => `${i + 1}. ${title(v, 'en', a[0])} → ${answerName(v, 'en', a)}`);
    expect(lines.filter((l) => steps.includes(l))).toEqual(steps);
    // Where the person was: this flow, its latest version, the step as in its URL.
    expect(lines).toContain(
      t('en', 'mail.reference', { flow: flow.id, version: flow.latest, step: contactStep.slug, language: t('en', 'mail.language') }),
    );
  });

  test('hostile values cannot add recipients or parameters to the link', async ({ page }) => {
    await page.goto(CONTACT);
    const hostile = 'x&bcc=evil@example.com?cc=a@b.c#frag%0D%0A+ é 😀\u0000';
    await fillValid(page, { first: hostile, last: '&body=replaced', course: `${hostile} ${'long '.repeat(50)}` });
    await submit(page);
    const { body } = expectSafeMailto(
      await page.getByRole('link', { name: t('en', 'contact.ready.open') }).getAttribute('href'),
      config.supportEmail,
    );
    expect(body).toContain(fieldLine('en', 'mail.field.firstName', hostile));
    expect(body).toContain(fieldLine('en', 'mail.field.lastName', '&body=replaced'));
  });

  test('staff links prefill the course and date; invalid values are ignored with a notice', async ({ page }) => {
    await page.goto(`${CONTACT}?course=Examen%20d%27admission&date=2026-12-10`);
    await expect(page.getByLabel(t('en', 'contact.course.label'))).toHaveValue("Examen d'admission");
    await expect(page.getByLabel(t('en', 'contact.evaluationDate.label'))).toHaveValue('2026-12-10');
    await expect(page.getByText(t('en', 'contact.prefillIgnored'))).toHaveCount(0);
    await page.goto(`${CONTACT}?course=%3Cscript%3E%0A&date=2026-02-31`);
    await expect(page.getByText(t('en', 'contact.prefillIgnored'))).toBeVisible();
    await expect(page.getByLabel(t('en', 'contact.course.label'))).toHaveValue('');
  });

  test('a refused clipboard leaves the message visible and selectable', async ({ page }) => {
    await page.goto(CONTACT);
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    await fillValid(page);
    await submit(page);
    await page.getByRole('button', { name: t('en', 'contact.copyMessage') }).click();
    await expect(statusBeside(page.getByRole('button', { name: t('en', 'contact.copyMessage') }))).toHaveText(
      t('en', 'contact.copyFailed'),
    );
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toHaveValue(
      lineIn('mail.field.firstName', TYPED.first),
    );
  });

  test('copy buttons copy the address, the subject and the complete message, each saying so beside itself', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(CONTACT);
    const date = '2026-11-27';
    await fillValid(page, { date });
    await submit(page);
    const copy = async (label: string) => {
      const button = page.getByRole('button', { name: label });
      await button.click();
      // The feedback is the button's own neighbour, on the same line or just below: not at the top of the page.
      const status = statusBeside(button);
      await expect(status).toHaveText(t('en', 'contact.copied'));
      const [b, s] = [(await button.boundingBox())!, (await status.boundingBox())!];
      expect(Math.abs(s.y - b.y)).toBeLessThan(60);
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copy(t('en', 'contact.copyAddress'))).toBe(config.supportEmail);
    const subject = await copy(t('en', 'contact.copySubject'));
    expect(subject).toBe(expectedMail({ ...TYPED, date }, []).subject);
    expect(subject.startsWith(t('en', 'mail.subject.urgent'))).toBe(true);
    await expect(page.locator('#ready-subject')).toHaveText(subject);
    expect(await copy(t('en', 'contact.copyMessage'))).toMatch(lineIn('mail.field.course', TYPED.course));
  });

  test('personal data stays out of URLs and history, survives a reload, and "Start over" clears it', async ({ page }) => {
    await page.goto(CONTACT);
    const historyBefore = await page.evaluate(() => history.length);
    await fillValid(page);
    await submit(page);
    expect(page.url()).not.toContain('Tremblay');
    // Filling and preparing added no history entry that could hold a value.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.reload();
    await expect(page.getByLabel(t('en', 'contact.lastName.label'))).toHaveValue('Tremblay');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Tremblay');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.getByRole('link', { name: t('en', 'nav.startOver') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', v.steps.find((s) => s.initial)!.id));
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Tremblay');
    await page.goto(CONTACT);
    await expect(page.getByLabel(t('en', 'contact.lastName.label'))).toHaveValue('');
  });
  test('on a phone, the first screen shows the form, and no button writes an e-mail without the details', async ({ page }) => {
    await page.goto(CONTACT);
    const viewport = page.viewportSize()!;
    const first = (await page.getByLabel(t('en', 'contact.firstName.label')).boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
    await expect(page.getByText(t('en', 'contact.lead'))).toBeInViewport();
    // The only mailto: link before preparing is the secondary template link, below the form.
    const mailtos = page.locator('a[href^="mailto:"]');
    await expect(mailtos).toHaveCount(1);
    await expect(mailtos).toHaveText(t('en', 'contact.manual.link'));
    expect((await mailtos.boundingBox())!.y).toBeGreaterThan(
      (await page.getByRole('button', { name: t('en', 'contact.submit') }).boundingBox())!.y,
    );
  });

  test('past, far-future and impossible dates each get their own message; the hint shows the format', async ({ page }) => {
    // The format is shown by example: a date a few weeks ahead, written year-month-day.
    const example = isoDaysAhead(NOW, EXAMPLE_DAYS_AHEAD);
    await page.goto(CONTACT);
    const hint = page.getByText(t('en', 'contact.evaluationDate.hint', { example }));
    await expect(hint).toBeVisible();
    await expect(hint).toContainText(example);
    await fillValid(page);
    const date = page.getByLabel(t('en', 'contact.evaluationDate.label'));
    const summary = page.getByRole('alert');
    await date.fill('2026-11-15');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([t('en', 'contact.error.evaluationDate.past')]);
    await date.fill('2028-01-10');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([t('en', 'contact.error.evaluationDate.farFuture')]);
    // Where there is no date picker the field is plain text, and a date can be impossible.
    await date.evaluate((input: HTMLInputElement) => (input.type = 'text'));
    await date.fill('2027-02-29');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([t('en', 'contact.error.evaluationDate.day', { day: 29, days: 28 })]);
    await date.fill('29/02/2027');
    await submit(page);
    await expect(summary.getByRole('link')).toHaveText([t('en', 'contact.error.evaluationDate.format', { example })]);
    await date.fill('2026-12-01');
    await submit(page);
    await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeFocused();
  });

  test('a date typed in part (the browser cannot read it) is noticed, not dropped silently', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page);
    const date = page.getByLabel(t('en', 'contact.evaluationDate.label'));
    await date.click();
    await page.keyboard.type('12');
    expect(await date.evaluate((input: HTMLInputElement) => [input.value, input.validity.badInput])).toEqual(['', true]);
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([t('en', 'contact.error.evaluationDate.incomplete')]);
  });

  test('an address with an accent says so; a likely typo gets a suggestion one click accepts, never a block', async ({ page }) => {
    await page.goto(CONTACT);
    await fillValid(page, { email: 'Marie-Ève.Tremblay@gmail.com' });
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([t('en', 'contact.error.email.accent', { char: 'È' })]);
    const email = page.getByLabel(t('en', 'contact.email.label'));
    await email.fill('marie-eve.tremblay@gmial.com');
    // The suggestion comes while the person pauses in the field.
    const use = page.getByRole('button', {
      name: t('en', 'contact.email.useSuggestion', { address: 'marie-eve.tremblay@gmail.com' }),
    });
    await expect(use).toBeVisible();
    await use.click();
    await expect(email).toHaveValue('marie-eve.tremblay@gmail.com');
    await expect(email).toBeFocused();
    // Not taken before preparing: the message is prepared all the same, and the question comes with it.
    await email.fill('marie-eve.tremblay@hotmial.com');
    await page.getByLabel(t('en', 'contact.course.label')).focus();
    await submit(page);
    await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeVisible();
    await page.getByRole('button', { name: t('en', 'contact.email.useSuggestion', { address: 'marie-eve.tremblay@hotmail.com' }) }).click();
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toHaveValue(
      lineIn('mail.field.email', 'marie-eve.tremblay@hotmail.com'),
    );
  });

  test('length limits show as a count before they are reached, and the subject keeps a long course short', async ({ page }) => {
    await page.goto(CONTACT);
    const first = page.getByLabel(t('en', 'contact.firstName.label'));
    await first.fill('x'.repeat(79));
    await expect(page.locator('#contact-firstName-count')).toBeEmpty();
    await first.fill('x'.repeat(81));
    await expect(page.locator('#contact-firstName-count')).toHaveText(t('en', 'contact.count.remaining', { count: 19 }));
    await expect(first).toHaveAccessibleDescription(t('en', 'contact.count.remaining', { count: 19 }));
    await first.fill('x'.repeat(101));
    await expect(page.locator('#contact-firstName-count')).toHaveText(t('en', 'contact.count.overOne'));
    const course = `Chimie générale 202-NYA-05, examen final ${'du programme '.repeat(20)}`.trim();
    await fillValid(page, { course });
    await submit(page);
    const subject = (await page.locator('#ready-subject').textContent())!;
    // The problem, then the start of the course, cut with an ellipsis; the whole course stays in the body.
    expect(subject).toMatch(
      new RegExp(`^${escapeRegExp(t('en', 'mail.subject.problem'))}\\P{L}+${escapeRegExp(course.slice(0, 40))}.*…$`, 'u'),
    );
    expect(subject).not.toContain(course);
    expect(subject.length).toBeLessThan(130);
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toHaveValue(
      lineIn('mail.field.course', course),
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
    await page.getByLabel(t('en', 'contact.firstName.label')).fill('Marie-Ève');
    await page.getByLabel(t('en', 'contact.errorMessage.codeNotFound')).check();
    await page.getByRole('button', { name: t('en', 'contact.submit') }).click();
    expect(page.url()).not.toContain('Marie');
    release();
    await expect(page.getByRole('button', { name: t('en', 'contact.submit') })).toHaveAttribute('type', 'submit');
    await expect(page.getByLabel(t('en', 'contact.firstName.label'))).toHaveValue('Marie-Ève');
    await expect(page.getByLabel(t('en', 'contact.errorMessage.codeNotFound'))).toBeChecked();
    await fillValid(page);
    await submit(page);
    await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeVisible();
  });
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the contact step offers the e-mail template: a subject naming the problem and a line for every detail', async ({ page }) => {
    await page.goto(CONTACT);
    // The form needs scripts (without them it would put personal data in the URL): hidden, not half-working.
    await expect(page.getByRole('button', { name: t('en', 'contact.submit') })).toBeHidden();
    await expect(page.getByText(t('en', 'contact.leadNoScript'))).toBeVisible();
    const template = page.getByRole('link', { name: t('en', 'contact.manual.link') });
    await expect(template).toBeInViewport();
    const { subject, body: text } = expectSafeMailto(await template.getAttribute('href'), config.supportEmail);
    expect(subject).toBe(t('en', 'mail.subject.problem'));
    const body = text.split('\r\n');
    for (const key of [
      'mail.field.firstName',
      'mail.field.lastName',
      'mail.field.email',
      'mail.field.errorMessage',
      'mail.field.course',
      'mail.field.evaluationDate',
    ] as const) {
      expect(body, key).toContain(fieldLine('en', key, ''));
    }
    // The template closes by saying the password is not in it; the text can be copied, blank lines and all.
    expect(text).toContain(t('en', 'mail.template.closing').replace(/\n/g, '\r\n'));
    await page.getByText(t('en', 'contact.manual.text')).click();
    await expect(page.getByRole('textbox', { name: t('en', 'contact.manual.textLabel') })).toHaveValue(
      new RegExp(`^${escapeRegExp(fieldLine('en', 'mail.field.firstName', ''))}$`, 'm'),
    );
    // No bare address button: the only mailto links are the template.
    for (const link of await page.locator('a[href^="mailto:"]').all()) expect(await link.getAttribute('href')).toContain('body=');
  });
});

test('axe: the form with errors and with a prepared message has no violations', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  await page.clock.setFixedTime(NOW);
  await page.goto(CONTACT);
  await submit(page);
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await fillValid(page, { date: '2026-12-15', email: 'marie@gmial.com' });
  await submit(page);
  await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
});

test.describe('a browser without the built-ins of recent years', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
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
    await page.goto(START);
    await walk(page, v, 'en', TO_CONTACT);
    expect(await page.evaluate(() => typeof (''.toWellFormed as unknown))).toBe('undefined');
    await fillValid(page, { first: 'Marie\uD800Ève', date: '2026-11-30' });
    await submit(page);
    const { body } = expectSafeMailto(
      await page.getByRole('link', { name: t('en', 'contact.ready.open') }).getAttribute('href'),
      config.supportEmail,
    );
    const lines = body.split('\r\n');
    // The lone surrogate became U+FFFD instead of breaking the link; the steps taken are there.
    expect(lines).toContain(fieldLine('en', 'mail.field.firstName', 'Marie\uFFFDÈve'));
    const last = TO_CONTACT.at(-1)!;
    expect(lines).toContain(`${TO_CONTACT.length}. ${title(v, 'en', last[0])} → ${answerName(v, 'en', last)}`);
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
    const fallback = page.getByRole('alert').getByRole('link', { name: t('en', 'contact.failedLink') });
    await expect(fallback).toBeVisible();
    const { subject, body } = expectSafeMailto(await fallback.getAttribute('href'), config.supportEmail);
    expect(subject).toBe(t('en', 'mail.subject.problem'));
    expect(body).toContain(`${fieldLine('en', 'mail.field.firstName', '')}\r\n`);
    // Without a date there is nothing to format: the e-mail is prepared, and the failure notice goes.
    await page.getByLabel(t('en', 'contact.evaluationDate.label')).fill('');
    await submit(page);
    await expect(page.getByRole('heading', { name: t('en', 'contact.ready.heading') })).toBeVisible();
    await expect(page.getByRole('link', { name: t('en', 'contact.failedLink') })).toHaveCount(0);
  });
});
