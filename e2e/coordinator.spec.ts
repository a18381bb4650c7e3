/**
 * The coordinator outcomes prepare the message to the coordinator, in each language: with
 * scripts a form (no recipient: the person picks their coordinator), typed with the keyboard
 * as a person does, even before the page's scripts have arrived; without scripts the e-mail
 * template. Words come from the flow's content and the interface words.
 */
import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import en from '../src/lib/i18n/en.json' with { type: 'json' };
import fr from '../src/lib/i18n/fr.json' with { type: 'json' };
import { config, flows, LOCALES, latestVersion, title } from './support/flows.ts';
import { toPlain } from '../src/lib/text.ts';
import { latestStepUrl } from '../src/lib/flows/urls.ts';
import { expectSafeMailto } from './support/mail.ts';
import { holdScripts, statusBeside } from './support/pages.ts';
import { typeInto } from './support/typing.ts';
import { fieldLine } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const WORDS = { en, fr } as const;
const OUTCOMES = v.steps.filter((s) => s.tags.includes('coordinator'));

/** What typeDetails types. */
const TYPED = { first: 'Marie-Ève', last: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen professionnel' };

/** Types the person's details with the keyboard, field after field, each in place of what it held. */
async function typeDetails(page: Page, w: typeof en) {
  await typeInto(page.getByLabel(w['contact.firstName.label'], { exact: true }), TYPED.first);
  await typeInto(page.getByLabel(w['contact.lastName.label'], { exact: true }), TYPED.last);
  await typeInto(page.getByLabel(w['contact.email.label'], { exact: true }), TYPED.email);
  await typeInto(page.getByLabel(w['contact.course.label'], { exact: true }), TYPED.course);
}

/** The message's body ends with the closing and the typed name; the details are on their labelled lines. */
function expectDetails(body: string, locale: (typeof LOCALES)[number], closing: string) {
  expect(body.split('\r\n')).toContain(fieldLine(locale, 'mail.field.email', TYPED.email));
  expect(body.split('\r\n')).toContain(fieldLine(locale, 'mail.field.course', TYPED.course));
  expect(body.endsWith(`${closing}\r\n${TYPED.first} ${TYPED.last}`)).toBe(true);
}

test('the latest version has two coordinator outcomes, each with its message', () => {
  expect(OUTCOMES.map((s) => s.id)).toEqual(['askForNewInvitationResult', 'confirmRegistrationResult']);
  for (const locale of LOCALES) for (const s of OUTCOMES) expect(v.content[locale].steps[s.id]!.message, `${locale} ${s.id}`).toBeDefined();
});

for (const locale of LOCALES) {
  const w = WORDS[locale];
  for (const step of OUTCOMES) {
    const path = latestStepUrl(locale, flow, step);
    const message = v.content[locale].steps[step.id]!.message!;

    test.describe(`${locale} ${step.id}`, () => {
      test('JavaScript available: typed with the keyboard, the form prepares a polite message with no recipient, and each part can be copied', async ({
        page,
        context,
      }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.goto(path);
        const submit = page.getByRole('button', { name: w['coordinator.submit'] });
        await expect(submit).toHaveAttribute('type', 'submit');
        await submit.click();
        await expect(page.getByRole('alert').getByRole('link')).toHaveText([
          w['contact.error.firstName.missing'],
          w['contact.error.lastName.missing'],
          w['contact.error.email.missing'],
          w['contact.error.course.missing'],
        ]);
        // GOV.UK: the page's title starts with "Error: " while there are errors, as on the support form (UX review m10).
        const pageTitle = `${title(v, locale, step.id)}${w['page.titleSeparator']}${toPlain(v.content[locale].guide.title, config)}`;
        await expect(page).toHaveTitle(`${w['contact.titlePrefix']}${pageTitle}`);
        await typeDetails(page, w);
        await submit.click();
        await expect(page.getByRole('heading', { name: w['contact.ready.heading'] })).toBeFocused();
        await expect(page).toHaveTitle(pageTitle);
        // No recipient: the person adds their coordinator's address.
        const { subject, body } = expectSafeMailto(
          await page.getByRole('link', { name: w['contact.ready.open'] }).getAttribute('href'),
          '',
        );
        expect(subject).toBe(toPlain(message.subject, config));
        expect(body).toContain(toPlain(message.intro, config).replace(/\n/g, '\r\n'));
        expectDetails(body, locale, toPlain(message.closing, config));
        // The clipboard is read once the button says it copied, not before.
        const copy = page.getByRole('button', { name: w['contact.copySubject'] });
        await copy.click();
        await expect(statusBeside(copy)).toHaveText(w['contact.copied']);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(toPlain(message.subject, config));
      });

      test.describe('JavaScript unavailable', () => {
        test.use({ javaScriptEnabled: false });
        test('the template: a labelled blank line per detail, and no form', async ({ page }) => {
          await page.goto(path);
          await expect(page.getByRole('button', { name: w['coordinator.submit'] })).toBeHidden();
          await expect(page.getByText(w['coordinator.leadNoScript'])).toBeVisible();
          const { subject, body } = expectSafeMailto(
            await page.getByRole('link', { name: w['contact.manual.link'] }).getAttribute('href'),
            '',
          );
          expect(subject).toBe(toPlain(message.subject, config));
          for (const key of ['mail.field.firstName', 'mail.field.lastName', 'mail.field.email', 'mail.field.course'] as const) {
            expect(body.split('\r\n')).toContain(fieldLine(locale, key, ''));
          }
        });
      });
    });
  }
}

test('"Prepare my message" pressed while the scripts are on their way is carried out once they arrive, from what was typed, once, and nothing reaches the URL', async ({
  page,
}) => {
  // In French, on the first coordinator outcome.
  const [locale, w, step] = ['fr', WORDS.fr, OUTCOMES[0]!] as const;
  const message = v.content[locale].steps[step.id]!.message!;
  const scripts = await holdScripts(page);
  await page.goto(latestStepUrl(locale, flow, step), { waitUntil: 'commit' });
  await typeDetails(page, w);
  const submit = page.getByRole('button', { name: w['coordinator.submit'] });
  // A plain button until the form comes to life: a native submit would put the values in the URL.
  await expect(submit).toHaveAttribute('type', 'button');
  await submit.click();
  // The page says it is getting ready, and prepares nothing yet.
  const waiting = page.getByRole('status').filter({ hasText: w['form.waiting'] });
  await expect(waiting).toBeVisible();
  const ready = page.getByRole('heading', { name: w['contact.ready.heading'] });
  await expect(ready).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  for (const value of Object.values(TYPED)) expect(decodeURIComponent(page.url())).not.toContain(value);
  scripts.release();
  // No second press: the message comes by itself, from what was typed, and the status goes quiet.
  await expect(ready).toBeFocused();
  await expect(ready).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(waiting).toHaveCount(0);
  const { subject, body } = expectSafeMailto(await page.getByRole('link', { name: w['contact.ready.open'] }).getAttribute('href'), '');
  expect(subject).toBe(toPlain(message.subject, config));
  expectDetails(body, locale, toPlain(message.closing, config));
  await expect(submit).toHaveAttribute('type', 'submit');
  expect(new URL(page.url()).search).toBe('');
});
