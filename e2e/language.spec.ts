import { interpolate } from '../src/lib/interpolate.ts';
import { splitLangMarks, stripLangMarks } from '../src/lib/lang-marks.ts';
import { toPlain, toRuns } from '../src/lib/text.ts';
import { longDate } from '../src/lib/calendar.ts';
import { latestStepUrl, stepUrl } from '../src/lib/flows/urls.ts';
import { expect, test } from './support/test.ts';
import { answerLabel, config, flows, title, latestVersion } from './support/flows.ts';
import { dateGroup, typeDate } from './support/pages.ts';
import { typeInto } from './support/typing.ts';
import { escapeRegExp, LOCALE_NAMES, t } from './support/words.ts';
import fr from '../src/lib/i18n/fr.json' with { type: 'json' };

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);

/** Every string inside a content value (a body's paragraphs, lists and notes). */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

test('the language switch leads to the same step in French and keeps the trail', async ({ page }) => {
  await page.goto('/en/invitation-code/');
  await page.getByRole('link', { name: answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated'), exact: true }).click();
  await page.getByRole('link', { name: answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password'), exact: true }).click();
  await page.getByRole('link', { name: LOCALE_NAMES.fr }).click();
  await expect(page).toHaveURL(/\/fr\/invitation-code\/reset-password\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'fr', 'resetPassword'));
  await expect(page.getByRole('heading', { name: fr['trail.heading'] })).toBeVisible();
  await expect(page.locator('#trail li')).toHaveCount(2);
  await expect(page.locator('#trail li').first()).toContainText(
    answerLabel(v, 'fr', 'isAccountActivated', 'user.answer.already-activated'),
  );
  // And back to English, still at the same step.
  await page.getByRole('link', { name: LOCALE_NAMES.en }).click();
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
  await expect(page.getByRole('link', { name: LOCALE_NAMES.en, exact: true })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: LOCALE_NAMES.fr, exact: true })).toHaveAttribute('href', '/fr/');
});

test.describe('JavaScript available', () => {
  test('the contact form speaks French: errors, and the e-mail from what was typed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-25T20:00:00'));
    await page.goto('/fr/invitation-code/contact-support/');
    await page.getByRole('button', { name: fr['contact.submit'] }).click();
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(fr['contact.errorSummary']);
    await expect(page.getByRole('alert').getByRole('link').first()).toHaveText(fr['contact.error.firstName.missing']);
    await expect(page).toHaveTitle(new RegExp(`^${fr['contact.titlePrefix']}`));
    // Typed with the keyboard, the month as French writes it short.
    await typeInto(page.getByLabel(fr['contact.firstName.label'], { exact: true }), 'Éloïse');
    await typeInto(page.getByLabel(fr['contact.lastName.label'], { exact: true }), 'Gagnon');
    await typeInto(page.getByLabel(fr['contact.email.label'], { exact: true }), 'eloise.gagnon@exemple.qc.ca');
    await page.getByLabel(stripLangMarks(fr['contact.errorMessage.codeNotFound'])).check();
    await typeInto(page.getByLabel(fr['contact.course.label'], { exact: true }), 'Examen professionnel');
    await typeDate(dateGroup(page, fr['contact.evaluationDate.label']), '27 nov. 2026');
    await page.getByRole('button', { name: fr['contact.submit'] }).click();
    const message = await page.getByRole('textbox', { name: fr['contact.ready.message'], exact: true }).inputValue();
    expect(message).toContain(`${fr['mail.field.firstName']}\u00a0: Éloïse`);
    expect(message).toContain(`${longDate('2026-11-27', 'fr')} (2026-11-27)`);
    // The reference line is in French, in words: the step as in its URL, the language by name.
    expect(message).toContain(
      interpolate(fr['mail.reference'], {
        flow: 'invitation-code',
        version: flow.latest,
        step: 'contact-support',
        language: fr['mail.language'],
      }),
    );
    // Urgent first (the evaluation is in two days), then the problem, in French.
    await expect(page.locator('#ready-subject')).toHaveText(
      new RegExp(`^${escapeRegExp(fr['mail.subject.urgent'])}\\P{L}+${escapeRegExp(fr['mail.subject.problem'])}`, 'u'),
    );
  });
});

test('French pages mark the English phrases they quote with lang="en"', async ({ page }) => {
  // The phrases the French content marks [en:…], step by step (placeholders filled, as the page shows them).
  const quoted = v.steps
    .map((step) => ({
      step,
      phrases: [
        ...new Set(
          strings(v.content.fr.steps[step.id]!.body)
            .flatMap((text) => toRuns(text, config))
            .filter((run) => run.lang === 'en')
            .map((run) => run.text),
        ),
      ],
    }))
    .filter((q) => q.phrases.length > 0);
  expect(quoted.length, 'French steps quoting English').toBeGreaterThanOrEqual(4);
  for (const { step, phrases } of quoted) {
    await page.goto(latestStepUrl('fr', flow, step));
    for (const phrase of phrases) {
      await expect(
        page.locator('main [lang=en]').filter({ hasText: new RegExp(`^${escapeRegExp(phrase)}$`) }),
        `${step.id}: ${phrase}`,
      ).not.toHaveCount(0);
    }
  }
  // The contact form's choice of error message quotes Nexam's English message too.
  const [label] = splitLangMarks(fr['contact.errorMessage.codeNotFound']).filter((run) => run.lang === 'en');
  expect(label).toBeDefined();
  const contactStep = v.steps.find((s) => s.kind === 'contact')!;
  await page.goto(latestStepUrl('fr', flow, contactStep));
  await expect(page.locator('label span[lang=en]')).toHaveText(label!.text);
});

test('the reset path looks in the junk folder before doubting the address', async ({ page }) => {
  for (const locale of ['en', 'fr'] as const) {
    await page.goto(stepUrl({ locale, flow: flow.id, slug: 'reset-password' }));
    // The second time round, in French, the same tab has answered it before: the link's name then ends by saying so.
    const noResetEmail = answerLabel(v, locale, 'resetPassword', 'user.answer.no-reset-email');
    await page
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(noResetEmail)}( \\(${escapeRegExp(t(locale, 'trail.earlierAnswer'))}\\))?$`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, locale, 'checkResetEmailInJunk'));
    // What to do there, in order, as the flow's words list it.
    const todo = strings(
      v.content[locale].steps.checkResetEmailInJunk!.body.find((block) => typeof block === 'object' && 'numbered' in block),
    );
    expect(todo.length).toBeGreaterThan(1);
    await expect(page.locator('ol.numbered li')).toHaveText(todo.map((text) => toPlain(text, config)));
    await page
      .getByRole('link', { name: answerLabel(v, locale, 'checkResetEmailInJunk', 'user.answer.still-no-email'), exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, locale, 'useExactAddress'));
  }
});

test('the front door is French first and names both languages', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t('fr', 'home.title'))}.+${escapeRegExp(t('en', 'home.title'))}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  const sections = page.locator('main section');
  await expect(sections.first()).toHaveAttribute('lang', 'fr-CA');
  await expect(sections.nth(1)).toHaveAttribute('lang', 'en-CA');
});
