/**
 * The person's context reaches the human who helps (issue 23): the help line ("Evaluation
 * soon and still stuck?") keeps the answers so far and the way back; the date of the
 * invitation, once given, is what the answers so far, the support e-mail and the
 * coordinator message say; the coordinator message carries the evaluation's date, URGENT
 * when it is soon, and where to find the coordinator's address; an evaluation within two
 * days is told to write to both. Typed with the keyboard, in both languages, on a clock set
 * to the evening before an evaluation.
 */
import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import type { Locale } from '../src/schemas/flow.ts';
import { latestStepUrl, stepUrl } from '../src/lib/flows/urls.ts';
import { longDate } from '../src/lib/calendar.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { toPlain } from '../src/lib/text.ts';
import { formatEvaluationDate } from '../src/lib/evaluation-date.ts';
import { config, flows, latestVersion, title } from './support/flows.ts';
import { expectSafeMailto } from './support/mail.ts';
import { answerName, answerWithDate, dateGroup, typeDate } from './support/pages.ts';
import { typeInto } from './support/typing.ts';
import { fieldLine, t } from './support/words.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const step = (id: string) => v.steps.find((s) => s.id === id)!;
const contact = v.steps.find((s) => s.kind === 'contact')!;
const NOW = new Date('2026-12-06T20:00:00');
const TYPED = { first: 'Marie-Ève', last: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen B' };
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const dateWords = (locale: Locale) => {
  const w = v.content[locale].steps.isInvitationOlderThanValidity!.dateAnswer!;
  return Object.fromEntries(Object.entries(w).map(([k, x]) => [k, toPlain(x, config)])) as typeof w;
};
/** What the trail and the e-mails say of the invitation received on 5 November 2026: expired on 5 December. */
const given = (locale: Locale) =>
  interpolate(dateWords(locale).givenExpired!, { received: longDate('2026-11-05', locale), date: longDate('2026-12-05', locale) });

/** From the start: "not activated", then the invitation's date typed (5 November 2026, expired): the first coordinator outcome. */
async function toNewInvitation(page: Page, locale: Locale) {
  await page.goto(stepUrl({ locale, flow: flow.id }));
  await page.getByRole('link', { name: answerName(v, locale, ['isAccountActivated', 'notActivated']), exact: true }).click();
  await expect(heading(page)).toHaveText(title(v, locale, 'isInvitationOlderThanValidity'));
  await answerWithDate(page, dateWords(locale), '5 11 2026');
  await expect(heading(page)).toHaveText(title(v, locale, 'askForNewInvitationResult'));
}

/** Types the person's details with the keyboard, and the evaluation's date when given. */
async function typeDetails(page: Page, locale: Locale, evaluation?: string) {
  const field = (key: Parameters<typeof t>[1]) => page.getByLabel(t(locale, key), { exact: true });
  await typeInto(field('contact.firstName.label'), TYPED.first);
  await typeInto(field('contact.lastName.label'), TYPED.last);
  await typeInto(field('contact.email.label'), TYPED.email);
  await typeInto(field('contact.course.label'), TYPED.course);
  if (evaluation) await typeDate(dateGroup(page, t(locale, 'contact.evaluationDate.label')), evaluation);
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

for (const locale of ['en', 'fr'] as const) {
  test(`${locale}: the help line keeps the answers so far and the way back, and the e-mail says where the person came from and the date they gave`, async ({
    page,
  }) => {
    await toNewInvitation(page, locale);
    await page.getByRole('link', { name: t(locale, 'step.helpLink') }).click();
    await expect(heading(page)).toHaveText(title(v, locale, contact.id));
    // The answers so far: the first answer, the date given, and the step left by the help line.
    await expect(page.locator('#trail li .a')).toHaveText([
      answerName(v, locale, ['isAccountActivated', 'notActivated']),
      given(locale),
      t(locale, 'trail.helpLine'),
    ]);
    await expect(page.locator('#trail li .q').last()).toHaveText(title(v, locale, 'askForNewInvitationResult'));

    await typeDetails(page, locale, '7 12 2026');
    await page.getByRole('radio', { name: stripLangMarks(t(locale, 'contact.errorMessage.codeNotFound')) }).check();
    // Tomorrow: write now, and tell the coordinator too; no support hours are configured, so none are promised.
    const soon = page.locator('.soon');
    await expect(soon).toContainText(t(locale, 'contact.soon'));
    await expect(soon).toContainText(t(locale, 'contact.alsoCoordinator'));
    await expect(page.locator('main')).not.toContainText(t(locale, 'contact.hours', { hours: '' }).replace(/\s*\.$/, ''));
    await page.getByRole('button', { name: t(locale, 'contact.submit') }).click();
    const { body } = expectSafeMailto(
      await page.getByRole('link', { name: t(locale, 'contact.ready.open') }).getAttribute('href'),
      config.supportEmail,
    );
    const lines = body.split('\r\n');
    expect(lines).toContain(`2. ${title(v, locale, 'isInvitationOlderThanValidity')} → ${given(locale)}`);
    expect(lines).toContain(`3. ${title(v, locale, 'askForNewInvitationResult')} → ${t(locale, 'trail.helpLine')}`);

    // Back returns to the step the person left.
    await page.getByRole('link', { name: `← ${t(locale, 'nav.back')}` }).click();
    await expect(heading(page)).toHaveText(title(v, locale, 'askForNewInvitationResult'));
    await expect(page.locator('#trail li .a')).toHaveText([answerName(v, locale, ['isAccountActivated', 'notActivated']), given(locale)]);
  });

  test(`${locale}: the coordinator message carries the evaluation date, URGENT, the invitation's dates, and the page says where to find the coordinator`, async ({
    page,
  }) => {
    await toNewInvitation(page, locale);
    await expect(page.locator('.find-address')).toHaveText(t(locale, 'coordinator.findAddress', { inviteSender: config.inviteSender }));
    await typeDetails(page, locale, '7 12 2026');
    const soon = page.locator('.soon');
    await expect(soon).toContainText(t(locale, 'contact.soon'));
    await expect(soon).toContainText(t(locale, 'coordinator.alsoSupport'));
    await page.getByRole('button', { name: t(locale, 'coordinator.submit') }).click();
    const message = v.content[locale].steps.askForNewInvitationResult!.message!;
    const { subject, body } = expectSafeMailto(
      await page.getByRole('link', { name: t(locale, 'contact.ready.open') }).getAttribute('href'),
      '',
    );
    expect(subject).toBe(
      `${t(locale, 'mail.subject.urgent')} – ${toPlain(message.subject, config)} – ${t(locale, 'mail.subject.evaluation', { date: '2026-12-07' })}`,
    );
    const lines = body.split('\r\n');
    expect(lines).toContain(fieldLine(locale, 'mail.field.invitation', given(locale)));
    // The ready message says what its urgency means, not "write now" again, and the blank template steps aside.
    await expect(page.locator('.ready .soon')).toHaveText(t(locale, 'contact.ready.urgent'));
    await expect(page.locator('#coordinator-without-form')).toBeHidden();
    expect(lines).toContain(
      fieldLine(locale, 'mail.field.evaluationDate', `${formatEvaluationDate('2026-12-07', locale)}, ${t(locale, 'mail.soon')}`),
    );

    // Too near to wait for the coordinator alone: the link to support keeps the answers so far.
    await soon.getByRole('link', { name: t(locale, 'step.helpLink') }).click();
    await expect(heading(page)).toHaveText(title(v, locale, contact.id));
    await expect(page.locator('#trail li .a')).toHaveText([
      answerName(v, locale, ['isAccountActivated', 'notActivated']),
      given(locale),
      t(locale, 'trail.helpLine'),
    ]);
  });
}

test('an evaluation next week is urgent but not within two days: write now, without telling to write to the other too', async ({
  page,
}) => {
  await page.goto(latestStepUrl('en', flow, step('askForNewInvitationResult')));
  await typeDetails(page, 'en', '10 12 2026');
  await expect(page.locator('.soon')).toContainText(t('en', 'contact.soon'));
  await expect(page.locator('.soon')).not.toContainText(t('en', 'coordinator.alsoSupport'));
  await page.goto(latestStepUrl('en', flow, contact));
  await expect(page.locator('.soon')).toContainText(t('en', 'contact.soon'));
  await expect(page.locator('.soon')).not.toContainText(t('en', 'contact.alsoCoordinator'));
  // Reached by a link from elsewhere (a deep link), the contact step has no answers so far and no way back.
  await expect(page.locator('#trail')).toBeHidden();
  await expect(page.locator('a[data-back]')).toBeHidden();
});

test('back on a question already answered, its earlier answer is marked in the link itself, and only that one', async ({ page }) => {
  await page.goto(stepUrl({ locale: 'en', flow: flow.id }));
  const earlier = answerName(v, 'en', ['isAccountActivated', 'alreadyActivated']);
  await page.getByRole('link', { name: earlier, exact: true }).click();
  await expect(heading(page)).toHaveText(title(v, 'en', 'signInDirectly'));
  await page.locator('#trail a.change').click();
  await expect(heading(page)).toHaveText(title(v, 'en', 'isAccountActivated'));
  await expect(page.getByRole('link', { name: `${earlier} (${t('en', 'trail.earlierAnswer')})`, exact: true })).toBeVisible();
  await expect(page.locator('.earlier-tag')).toHaveCount(1);
  // Another answer now replaces it: the next question, and the first, have no mark left.
  await page.getByRole('link', { name: answerName(v, 'en', ['isAccountActivated', 'notActivated']), exact: true }).click();
  await expect(heading(page)).toHaveText(title(v, 'en', 'isInvitationOlderThanValidity'));
  await expect(page.locator('.earlier-tag')).toHaveCount(0);
});
