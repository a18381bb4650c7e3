/**
 * The contact step's form, driven as a person drives it: every name, address, course and
 * date typed with the keyboard in the boxes a person uses (the date in its three boxes,
 * Day, Month, Year), in English and in French; the one exception is the browser's autofill,
 * which sets several fields at once and says so. What is checked: the errors (each wrong
 * date with its own message, its boxes marked and the summary's link to the first), the
 * e-mail prepared from what was typed, a press made before the page's scripts arrive, the
 * personal data kept out of URLs, and the template without scripts.
 */
import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { composeSupportMail, trailShort } from '../src/lib/contact-mail.ts';
import { EXAMPLE_DAYS_AHEAD } from '../src/lib/contact-form.ts';
import { exampleDate } from '../src/lib/date-parts.ts';
import { isoDaysAhead, longDate } from '../src/lib/calendar.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import type { Locale } from '../src/schemas/flow.ts';
import { latestStepUrl, stepUrl } from '../src/lib/flows/urls.ts';
import { config, flows, latestVersion, title } from './support/flows.ts';
import { expectSafeMailto } from './support/mail.ts';
import { answerName, dateGroup, holdScripts, statusBeside, TO_CONTACT, typeDate, walk, type Answer } from './support/pages.ts';
import { clearDate, clearField, retypeDate, typeInto } from './support/typing.ts';
import { escapeRegExp, fieldLine, t, wordsOf, type UiKey } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const contactStep = v.steps.find((s) => s.kind === 'contact')!;
const contactPath = (locale: Locale) => latestStepUrl(locale, flow, contactStep);
const startPath = (locale: Locale) => stepUrl({ locale, flow: flow.id });
const CONTACT = contactPath('en');
const START = startPath('en');
/** The clock of the tests that check dates: evaluations up to a week ahead are soon. */
const NOW = new Date('2026-11-25T20:00:00');
/** What typeValid types unless told otherwise. */
const TYPED = { first: 'Marie-Ève', last: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen B' };
/** A form field's line in the English e-mail, matched anywhere in a message. */
const lineIn = (label: UiKey, value: string) => new RegExp(escapeRegExp(fieldLine('en', label, value)));

/**
 * The e-mail the contact step should prepare, in `locale`, from the typed values (error
 * message: the code one; `date` as YYYY-MM-DD) after `answers`: built by the same pure
 * builder as the form, from the flow's titles and answer labels.
 */
function expectedMail(values: typeof TYPED & { date?: string }, answers: readonly Answer[], locale: Locale = 'en') {
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
    {
      lines: answers.map((a) => `${title(v, locale, a[0])} → ${answerName(v, locale, a)}`),
      short: trailShort(answers.map(([step, key]) => ({ step, answer: key }))),
    },
    {
      supportEmail: config.supportEmail,
      flow: flow.id,
      version: v.version,
      step: contactStep.id,
      locale,
      urgentWithinDays: config.urgentWithinDays,
    },
    wordsOf(locale),
    NOW,
  );
}

/** A text field of the form, by its label in the page's language. */
const field = (page: Page, key: UiKey, locale: Locale = 'en') => page.getByLabel(t(locale, key), { exact: true });
/** The evaluation date's three boxes, by their legend. */
const evaluationDate = (page: Page, locale: Locale = 'en') => dateGroup(page, t(locale, 'contact.evaluationDate.label'));
const readyHeading = (page: Page, locale: Locale = 'en') => page.getByRole('heading', { name: t(locale, 'contact.ready.heading') });
const openLink = (page: Page, locale: Locale = 'en') => page.getByRole('link', { name: t(locale, 'contact.ready.open') });
/** The status the page fills when a press waits for its scripts. */
const waiting = (page: Page, locale: Locale = 'en') => page.getByRole('status').filter({ hasText: t(locale, 'form.waiting') });

/** Presses "Prepare my e-mail" once the form has come to life (before, the press is held until it has). */
async function submit(page: Page, locale: Locale = 'en') {
  const button = page.getByRole('button', { name: t(locale, 'contact.submit') });
  await expect(button).toHaveAttribute('type', 'submit');
  await button.click();
}

/**
 * Types a valid form with the keyboard, field after field, each in place of what it held;
 * picks the code's error message. The date (as a person writes it: "30 11 2026",
 * "10 déc 2026") is typed only when given, in place of what the boxes held.
 */
async function typeValid(
  page: Page,
  values: Partial<Record<'first' | 'last' | 'email' | 'course' | 'date', string>> = {},
  locale: Locale = 'en',
) {
  await typeInto(field(page, 'contact.firstName.label', locale), values.first ?? TYPED.first);
  await typeInto(field(page, 'contact.lastName.label', locale), values.last ?? TYPED.last);
  await typeInto(field(page, 'contact.email.label', locale), values.email ?? TYPED.email);
  await page.getByLabel(stripLangMarks(t(locale, 'contact.errorMessage.codeNotFound'))).check();
  await typeInto(field(page, 'contact.course.label', locale), values.course ?? TYPED.course);
  if (values.date) await retypeDate(evaluationDate(page, locale), values.date);
}

/** The e-mail's date line: the label, then the date in words and as written. */
function dateLineOf(body: string, locale: Locale) {
  return body.split('\r\n').find((l) => l.startsWith(fieldLine(locale, 'mail.field.evaluationDate', '')));
}

/**
 * Each way of getting the evaluation date wrong: what is typed in the boxes, the message (an
 * interface word and its values), the boxes marked wrong (the summary's link leads to the first).
 */
const DATE_ERRORS: readonly {
  name: string;
  typed: { day: string; month: string; year: string };
  key: UiKey;
  vars?: Record<string, number>;
  wrong: readonly number[];
}[] = [
  { name: 'no day', typed: { day: '', month: '12', year: '2026' }, key: 'date.error.missingDay', wrong: [0] },
  { name: 'no month', typed: { day: '10', month: '', year: '2026' }, key: 'date.error.missingMonth', wrong: [1] },
  { name: 'no year', typed: { day: '10', month: '12', year: '' }, key: 'date.error.missingYear', wrong: [2] },
  { name: 'a year only', typed: { day: '', month: '', year: '2026' }, key: 'date.error.missingDayMonth', wrong: [0, 1] },
  { name: 'a month only', typed: { day: '', month: '12', year: '' }, key: 'date.error.missingDayYear', wrong: [0, 2] },
  { name: 'a day only', typed: { day: '10', month: '', year: '' }, key: 'date.error.missingMonthYear', wrong: [1, 2] },
  { name: 'day 32', typed: { day: '32', month: '12', year: '2026' }, key: 'date.error.day', wrong: [0] },
  { name: '31 November', typed: { day: '31', month: '11', year: '2026' }, key: 'date.error.dayInMonth', vars: { days: 30 }, wrong: [0] },
  {
    name: '29 February 2027',
    typed: { day: '29', month: '2', year: '2027' },
    key: 'date.error.dayInMonth',
    vars: { days: 28 },
    wrong: [0],
  },
  { name: 'month 13', typed: { day: '10', month: '13', year: '2026' }, key: 'date.error.month', wrong: [1] },
  { name: 'a month name that could be two ("jui")', typed: { day: '10', month: 'jui', year: '2027' }, key: 'date.error.month', wrong: [1] },
  { name: 'a two-digit year', typed: { day: '10', month: '12', year: '26' }, key: 'date.error.year', wrong: [2] },
  { name: 'a past date', typed: { day: '15', month: '11', year: '2026' }, key: 'contact.error.evaluationDate.past', wrong: [0, 1, 2] },
  {
    name: 'more than a year ahead',
    typed: { day: '10', month: '1', year: '2028' },
    key: 'contact.error.evaluationDate.farFuture',
    wrong: [0, 1, 2],
  },
];

test.describe('JavaScript available', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('an empty form gets an error summary that takes focus, links to each field, and keeps values', async ({ page }) => {
    await page.goto(CONTACT);
    await typeInto(field(page, 'contact.lastName.label'), 'Tremblay');
    await typeInto(field(page, 'contact.email.label'), 'marie@');
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
    await expect(field(page, 'contact.email.label')).toHaveAccessibleDescription(
      new RegExp(`${escapeRegExp(t('en', 'contact.errorPrefix'))}\\s*${escapeRegExp(t('en', 'contact.error.email.format'))}`),
    );
    await expect(field(page, 'contact.email.label')).toHaveAttribute('aria-invalid', 'true');
    // Every typed value is kept.
    await expect(field(page, 'contact.lastName.label')).toHaveValue('Tremblay');
    await expect(field(page, 'contact.email.label')).toHaveValue('marie@');
    // A summary link moves focus to its field.
    await summary.getByRole('link', { name: t('en', 'contact.error.email.format') }).click();
    await expect(field(page, 'contact.email.label')).toBeFocused();
    // Fixing everything clears the errors and the title prefix.
    await typeValid(page);
    await submit(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).not.toHaveTitle(errorTitle);
  });

  test('"another message" asks for its text', async ({ page }) => {
    await page.goto(CONTACT);
    await typeValid(page);
    await page.getByLabel(t('en', 'contact.errorMessage.other')).check();
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([t('en', 'contact.error.otherMessage.missing')]);
    await typeInto(field(page, 'contact.otherMessage.label'), 'Code invalide');
    await submit(page);
    const { body } = expectSafeMailto(await openLink(page).getAttribute('href'), config.supportEmail);
    expect(body.split('\r\n')).toContain(fieldLine('en', 'mail.field.errorMessage', 'Code invalide'));
  });

  test('a valid form prepares the e-mail with the steps taken, and marks a soon evaluation urgent', async ({ page }) => {
    const date = '2026-11-30';
    await page.goto(START);
    await walk(page, v, 'en', TO_CONTACT);
    await typeValid(page, { date: '30 11 2026' });
    await expect(page.getByText(t('en', 'contact.soon'))).toBeVisible();
    await submit(page);
    await expect(readyHeading(page)).toBeFocused();
    const href = await openLink(page).getAttribute('href');
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
    const dateLine = dateLineOf(body, 'en');
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

  // The month written as a name, as each language abbreviates it: "Dec", "déc".
  for (const [locale, typed] of [
    ['en', '10 Dec 2026'],
    ['fr', '10 déc 2026'],
  ] as const) {
    test(`${locale}: everything typed on the keyboard in the page's language, the month as a name, gives the e-mail in that language with the date in words`, async ({
      page,
    }) => {
      const date = '2026-12-10';
      await page.goto(startPath(locale));
      await walk(page, v, locale, TO_CONTACT);
      await typeValid(page, { date: typed }, locale);
      // Two weeks ahead: not soon.
      await expect(page.getByText(t(locale, 'contact.soon'))).toHaveCount(0);
      await submit(page, locale);
      await expect(readyHeading(page, locale)).toBeFocused();
      const href = await openLink(page, locale).getAttribute('href');
      const { subject, body } = expectSafeMailto(href, config.supportEmail);
      expect(href).toBe(expectedMail({ ...TYPED, date }, TO_CONTACT, locale).href);
      expect(subject.startsWith(t(locale, 'mail.subject.problem'))).toBe(true);
      expect(body.split('\r\n')).toContain(fieldLine(locale, 'mail.field.firstName', TYPED.first));
      // The month's name read as its number: the date in the page's words, and as written for support.
      const dateLine = dateLineOf(body, locale);
      expect(dateLine).toContain(`${longDate(date, locale)} (${date})`);
      expect(dateLine).not.toContain(t(locale, 'mail.soon'));
    });
  }

  test('fr: after the five answers of the reset path, the link still shows support every step, by the short names of the pages when a line each does not fit', async ({
    page,
  }) => {
    const answers: Answer[] = [
      ['isAccountActivated', 'alreadyActivated'],
      ['signInDirectly', 'forgotPassword'],
      ['resetPassword', 'noResetEmail'],
      ['checkResetEmailInJunk', 'stillNoEmail'],
      ['useExactAddress', 'stillNoEmail'],
    ];
    await page.goto(startPath('fr'));
    await walk(page, v, 'fr', answers);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'fr', contactStep.id));
    await typeValid(page, { course: 'Examen de certification – Ordre des infirmières et infirmiers du Québec (groupe B)' }, 'fr');
    await submit(page, 'fr');
    await expect(readyHeading(page, 'fr')).toBeFocused();
    const { body } = expectSafeMailto(await openLink(page, 'fr').getAttribute('href'), config.supportEmail);
    const lines = body.split('\r\n');
    const full = answers.map((a, i) => `${i + 1}. ${title(v, 'fr', a[0])} → ${answerName(v, 'fr', a)}`);
    if (!full.every((line) => lines.includes(line)))
      expect(lines).toContain(trailShort(answers.map(([step, key]) => ({ step, answer: key }))));
    // Nothing typed is cut, and the note says what was left out.
    expect(lines).toContain(fieldLine('fr', 'mail.field.email', TYPED.email));
    expect(body.endsWith(t('fr', 'mail.cut'))).toBe(false);
  });

  test('hostile values cannot add recipients or parameters to the link', async ({ page }) => {
    await page.goto(CONTACT);
    const hostile = 'x&bcc=evil@example.com?cc=a@b.c#frag%0D%0A+ é 😀\u0000';
    await typeValid(page, { first: hostile, last: '&body=replaced', course: `${hostile} ${'long '.repeat(50)}` });
    await submit(page);
    const { body } = expectSafeMailto(await openLink(page).getAttribute('href'), config.supportEmail);
    expect(body).toContain(fieldLine('en', 'mail.field.firstName', hostile));
    expect(body).toContain(fieldLine('en', 'mail.field.lastName', '&body=replaced'));
  });

  test('staff links prefill the course and date; invalid values are ignored with a notice', async ({ page }) => {
    await page.goto(`${CONTACT}?course=Examen%20d%27admission&date=2026-12-10`);
    await expect(field(page, 'contact.course.label')).toHaveValue("Examen d'admission");
    // The date in its three boxes, as a person would have typed it.
    const boxes = evaluationDate(page).getByRole('textbox');
    await expect(boxes).toHaveCount(3);
    for (const [i, value] of ['10', '12', '2026'].entries()) await expect(boxes.nth(i)).toHaveValue(value);
    await expect(page.getByText(t('en', 'contact.prefillIgnored'))).toHaveCount(0);
    // The step's own link, to pass on, prefills the same.
    await page.getByText(t('en', 'share.summary')).click();
    await expect(page.getByRole('textbox', { name: t('en', 'share.link') })).toHaveValue(
      new URL(`${CONTACT}?course=Examen+d%27admission&date=2026-12-10`, page.url()).href,
    );
    await page.goto(`${CONTACT}?course=%3Cscript%3E%0A&date=2026-02-31`);
    await expect(page.getByText(t('en', 'contact.prefillIgnored'))).toBeVisible();
    await expect(field(page, 'contact.course.label')).toHaveValue('');
    for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).toHaveValue('');
  });

  test('a refused clipboard leaves the message visible and selectable', async ({ page }) => {
    await page.goto(CONTACT);
    await page.evaluate(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
    );
    await typeValid(page);
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
    await typeValid(page, { date: '27 11 2026' });
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
    await typeValid(page);
    await submit(page);
    expect(page.url()).not.toContain('Tremblay');
    // Typing and preparing added no history entry that could hold a value.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.reload();
    await expect(field(page, 'contact.lastName.label')).toHaveValue('Tremblay');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Tremblay');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.getByRole('link', { name: t('en', 'nav.startOver') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', v.steps.find((s) => s.initial)!.id));
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('Tremblay');
    await page.goto(CONTACT);
    await expect(field(page, 'contact.lastName.label')).toHaveValue('');
  });

  test('on a phone, the first screen shows the form, and no button writes an e-mail without the details', async ({ page }) => {
    await page.goto(CONTACT);
    const viewport = page.viewportSize()!;
    const first = (await field(page, 'contact.firstName.label').boundingBox())!;
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

  test('the date is three boxes, Day, Month, Year; the hint shows the format by example, and the example typed as shown is taken', async ({
    page,
  }) => {
    // The format is shown by example: a date a few weeks ahead, written as the boxes take it.
    const date = isoDaysAhead(NOW, EXAMPLE_DAYS_AHEAD);
    const example = exampleDate(date);
    await page.goto(CONTACT);
    const group = evaluationDate(page);
    const boxes = group.getByRole('textbox');
    await expect(boxes).toHaveCount(3);
    for (const [i, key] of (['date.day', 'date.month', 'date.year'] as const).entries()) {
      await expect(boxes.nth(i)).toHaveAccessibleName(t('en', key));
    }
    const hint = group.getByText(t('en', 'contact.evaluationDate.hint', { example }));
    await expect(hint).toBeVisible();
    await expect(hint).toContainText(example);
    await expect(group).toHaveAccessibleDescription(new RegExp(escapeRegExp(example)));
    await typeValid(page, { date: example });
    await submit(page);
    await expect(readyHeading(page)).toBeFocused();
    const { body } = expectSafeMailto(await openLink(page).getAttribute('href'), config.supportEmail);
    expect(dateLineOf(body, 'en')).toContain(`${longDate(date, 'en')} (${date})`);
  });

  for (const locale of ['en', 'fr'] as const) {
    // One form typed once, then each wrong date in turn (a step each): the same checks as one test per date, without typing the form 14 times.
    test(`${locale}: each wrong date gets its message in the summary, whose link leads to the first wrong box, and only the wrong boxes are marked`, async ({
      page,
    }) => {
      // Fourteen dates in one test: more time than one.
      test.setTimeout(90_000);
      await page.goto(contactPath(locale));
      await typeValid(page, {}, locale);
      const group = evaluationDate(page, locale);
      const boxes = group.getByRole('textbox');
      for (const c of DATE_ERRORS) {
        await test.step(`a date with ${c.name}`, async () => {
          const message = t(locale, c.key, c.vars);
          await clearDate(group);
          await typeDate(group, c.typed);
          await submit(page, locale);
          const summary = page.getByRole('alert');
          await expect(summary).toBeFocused();
          // The date's message only: the rest of the form is right.
          await expect(summary.getByRole('link')).toHaveText([message]);
          await expect(group.locator('.error-message')).toHaveText(`${t(locale, 'contact.errorPrefix')} ${message}`);
          await expect(group).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
          for (let i = 0; i < 3; i++) {
            if (c.wrong.includes(i)) await expect(boxes.nth(i), `box ${i}`).toHaveAttribute('aria-invalid', 'true');
            else await expect(boxes.nth(i), `box ${i}`).not.toHaveAttribute('aria-invalid');
          }
          await summary.getByRole('link', { name: message }).click();
          await expect(boxes.nth(c.wrong[0]!)).toBeFocused();
          await expect(readyHeading(page, locale)).toHaveCount(0);
          // What was typed stays, to be corrected; a right date then prepares the e-mail.
          for (const [i, part] of (['day', 'month', 'year'] as const).entries()) await expect(boxes.nth(i)).toHaveValue(c.typed[part]);
          await retypeDate(group, '1 12 2026');
          await submit(page, locale);
          await expect(readyHeading(page, locale)).toBeFocused();
          await expect(page.getByRole('alert')).toHaveCount(0);
          for (let i = 0; i < 3; i++) await expect(boxes.nth(i)).not.toHaveAttribute('aria-invalid');
        });
      }
    });
  }

  test('a date typed in part is noticed, not dropped silently: the e-mail waits for the rest, typed where the summary leads', async ({
    page,
  }) => {
    await page.goto(CONTACT);
    await typeValid(page);
    const group = evaluationDate(page);
    // The day, then a press before the month and the year.
    await typeDate(group, { day: '12', month: '', year: '' });
    await submit(page);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link')).toHaveText([t('en', 'date.error.missingMonthYear')]);
    await expect(readyHeading(page)).toHaveCount(0);
    await summary.getByRole('link').click();
    await expect(group.getByRole('textbox', { name: t('en', 'date.month') })).toBeFocused();
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await submit(page);
    const { body } = expectSafeMailto(await openLink(page).getAttribute('href'), config.supportEmail);
    expect(dateLineOf(body, 'en')).toContain(`${longDate('2026-12-12', 'en')} (2026-12-12)`);
  });

  test('an address with an accent says so; a likely typo gets a suggestion one click accepts, never a block', async ({ page }) => {
    await page.goto(CONTACT);
    await typeValid(page, { email: 'Marie-Ève.Tremblay@gmail.com' });
    await submit(page);
    await expect(page.getByRole('alert').getByRole('link')).toHaveText([t('en', 'contact.error.email.accent', { char: 'È' })]);
    const email = field(page, 'contact.email.label');
    await typeInto(email, 'marie-eve.tremblay@gmial.com');
    // The suggestion comes while the person pauses in the field.
    const use = page.getByRole('button', {
      name: t('en', 'contact.email.useSuggestion', { address: 'marie-eve.tremblay@gmail.com' }),
    });
    await expect(use).toBeVisible();
    await use.click();
    await expect(email).toHaveValue('marie-eve.tremblay@gmail.com');
    await expect(email).toBeFocused();
    // Not taken before preparing: the message is prepared all the same, and the question comes with it.
    await typeInto(email, 'marie-eve.tremblay@hotmial.com');
    await field(page, 'contact.course.label').click();
    await submit(page);
    await expect(readyHeading(page)).toBeVisible();
    await page.getByRole('button', { name: t('en', 'contact.email.useSuggestion', { address: 'marie-eve.tremblay@hotmail.com' }) }).click();
    await expect(page.getByRole('textbox', { name: t('en', 'contact.ready.message'), exact: true })).toHaveValue(
      lineIn('mail.field.email', 'marie-eve.tremblay@hotmail.com'),
    );
  });

  test('length limits show as a count before they are reached, and the subject keeps a long course short', async ({ page }) => {
    await page.goto(CONTACT);
    const first = field(page, 'contact.firstName.label');
    await typeInto(first, 'x'.repeat(79));
    await expect(page.locator('#contact-firstName-count')).toBeEmpty();
    // Typing on: the count appears, then says the limit is passed.
    await page.keyboard.type('xx');
    await expect(page.locator('#contact-firstName-count')).toHaveText(t('en', 'contact.count.remaining', { count: 19 }));
    await expect(first).toHaveAccessibleDescription(t('en', 'contact.count.remaining', { count: 19 }));
    await page.keyboard.type('x'.repeat(20));
    await expect(first).toHaveValue('x'.repeat(101));
    await expect(page.locator('#contact-firstName-count')).toHaveText(t('en', 'contact.count.overOne', { count: 1 }));
    const course = `Chimie générale 202-NYA-05, examen final ${'du programme '.repeat(20)}`.trim();
    await typeValid(page, { course });
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
});

test.describe('pressed before the page is ready', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
  });

  test('"Prepare my e-mail" pressed while the scripts are on their way is carried out once they arrive, from what was typed, once, and nothing reaches the URL', async ({
    page,
  }) => {
    const date = '2026-11-30';
    const scripts = await holdScripts(page);
    await page.goto(CONTACT, { waitUntil: 'commit' });
    await typeValid(page, { date: '30 11 2026' });
    const button = page.getByRole('button', { name: t('en', 'contact.submit') });
    // A plain button until the form comes to life: a native submit would put the values in the URL.
    await expect(button).toHaveAttribute('type', 'button');
    await button.click();
    // The page says it is getting ready, and prepares nothing yet.
    await expect(waiting(page)).toBeVisible();
    await expect(readyHeading(page)).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    for (const value of Object.values(TYPED)) expect(decodeURIComponent(page.url())).not.toContain(value);
    scripts.release();
    // No second press: the e-mail comes by itself, from what the boxes held, and the status goes quiet.
    await expect(readyHeading(page)).toBeFocused();
    await expect(readyHeading(page)).toHaveCount(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(waiting(page)).toHaveCount(0);
    expect(await openLink(page).getAttribute('href')).toBe(expectedMail({ ...TYPED, date }, []).href);
    await expect(button).toHaveAttribute('type', 'submit');
    expect(new URL(page.url()).search).toBe('');
  });

  test('details the browser autofills before the scripts arrive are kept; a press then gets the errors of what is left, and nothing reaches the URL', async ({
    page,
  }) => {
    const scripts = await holdScripts(page);
    await page.goto(CONTACT, { waitUntil: 'commit' });
    // The browser's autofill: name and address set in one go, not typed (fill() stands for it).
    await field(page, 'contact.firstName.label').fill(TYPED.first); // autofill sets the value at once: not typing
    await field(page, 'contact.lastName.label').fill(TYPED.last); // autofill sets the value at once: not typing
    await field(page, 'contact.email.label').fill(TYPED.email); // autofill sets the value at once: not typing
    await page.getByRole('button', { name: t('en', 'contact.submit') }).click();
    await expect(waiting(page)).toBeVisible();
    expect(page.url()).not.toContain('Tremblay');
    expect(new URL(page.url()).search).toBe('');
    scripts.release();
    // The press is carried out with what the form held: only what autofill left empty is asked for.
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      t('en', 'contact.error.errorMessage.missing'),
      t('en', 'contact.error.course.missing'),
    ]);
    await expect(field(page, 'contact.firstName.label')).toHaveValue(TYPED.first);
    await expect(field(page, 'contact.lastName.label')).toHaveValue(TYPED.last);
    await expect(field(page, 'contact.email.label')).toHaveValue(TYPED.email);
    await page.getByLabel(t('en', 'contact.errorMessage.codeNotFound')).check();
    await typeInto(field(page, 'contact.course.label'), TYPED.course);
    await submit(page);
    expect(await openLink(page).getAttribute('href')).toBe(expectedMail(TYPED, []).href);
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
  // A wrong date too: its boxes marked, its message tied to the group.
  await typeDate(evaluationDate(page), { day: '31', month: '11', year: '' });
  await submit(page);
  await expect(page.getByRole('alert').getByRole('link').last()).toHaveText(t('en', 'date.error.missingYear'));
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
  await typeValid(page, { date: '15 12 2026', email: 'marie@gmial.com' });
  await submit(page);
  await expect(readyHeading(page)).toBeVisible();
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
    await typeValid(page, { date: '30 11 2026' });
    // A first name with half an emoji in it (a lone surrogate), as text cut short by another
    // program comes. No keyboard, clipboard or fill() can carry one: Chromium's input makes it
    // U+FFFD on the way, and the page would never see it. So "Marie" and "Ève" are typed, and
    // the broken character between them is inserted at the cursor as the browser inserts
    // pasted text (an input event like a paste's).
    const first = field(page, 'contact.firstName.label');
    await clearField(first);
    await page.keyboard.type('Marie');
    await page.evaluate(() => document.execCommand('insertText', false, String.fromCharCode(0xd800)));
    await page.keyboard.type('Ève');
    // The field holds the lone surrogate itself, not a replacement character.
    expect(await first.evaluate((input: HTMLInputElement) => [...input.value].map((c) => c.charCodeAt(0)))).toEqual([
      ...[...'Marie'].map((c) => c.charCodeAt(0)),
      0xd800,
      ...[...'Ève'].map((c) => c.charCodeAt(0)),
    ]);
    await submit(page);
    const { body } = expectSafeMailto(await openLink(page).getAttribute('href'), config.supportEmail);
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
    await typeValid(page, { date: '30 11 2026' });
    await submit(page);
    const fallback = page.getByRole('alert').getByRole('link', { name: t('en', 'contact.failedLink') });
    await expect(fallback).toBeVisible();
    const { subject, body } = expectSafeMailto(await fallback.getAttribute('href'), config.supportEmail);
    expect(subject).toBe(t('en', 'mail.subject.problem'));
    expect(body).toContain(`${fieldLine('en', 'mail.field.firstName', '')}\r\n`);
    // Without a date there is nothing to format: the boxes emptied, the e-mail is prepared, and the failure notice goes.
    await clearDate(evaluationDate(page));
    await submit(page);
    await expect(readyHeading(page)).toBeVisible();
    await expect(page.getByRole('link', { name: t('en', 'contact.failedLink') })).toHaveCount(0);
  });
});
