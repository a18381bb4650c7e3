/**
 * The coordinator outcomes prepare the message to the coordinator, in each language: with
 * scripts a form (no recipient: the person picks their coordinator), without scripts the
 * e-mail template. Words come from the flow's content and the interface words.
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../src/i18n/en.json' with { type: 'json' };
import fr from '../src/i18n/fr.json' with { type: 'json' };
import { config, flows, LOCALES, latestVersion } from './support/flows.ts';
import { toPlain } from '../src/lib/text.ts';
import { expectSafeMailto } from './support/mail.ts';
import { statusBeside } from './support/pages.ts';
import { fieldLine } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const WORDS = { en, fr } as const;
const OUTCOMES = v.steps.filter((s) => s.tags.includes('coordinator'));

async function fill(page: Page, w: typeof en) {
  await page.getByLabel(w['contact.firstName.label'], { exact: true }).fill('Marie-Ève');
  await page.getByLabel(w['contact.lastName.label'], { exact: true }).fill('Tremblay');
  await page.getByLabel(w['contact.email.label'], { exact: true }).fill('marie-eve.tremblay@exemple.qc.ca');
  await page.getByLabel(w['contact.course.label'], { exact: true }).fill('Examen professionnel');
}

test('the latest version has two coordinator outcomes, each with its message', () => {
  expect(OUTCOMES.map((s) => s.id)).toEqual(['askForNewInvitationResult', 'confirmRegistrationResult']);
  for (const locale of LOCALES) for (const s of OUTCOMES) expect(v.content[locale].steps[s.id]!.message, `${locale} ${s.id}`).toBeDefined();
});

for (const locale of LOCALES) {
  const w = WORDS[locale];
  for (const step of OUTCOMES) {
    const path = `/${locale}/${flow.id}/${step.slug}/`;
    const message = v.content[locale].steps[step.id]!.message!;

    test.describe(`${locale} ${step.id}`, () => {
      test('JavaScript available: the form prepares a polite message with no recipient, and each part can be copied', async ({
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
        await fill(page, w);
        await submit.click();
        await expect(page.getByRole('heading', { name: w['contact.ready.heading'] })).toBeFocused();
        // No recipient: the person adds their coordinator's address.
        const { subject, body } = expectSafeMailto(
          await page.getByRole('link', { name: w['contact.ready.open'] }).getAttribute('href'),
          '',
        );
        expect(subject).toBe(toPlain(message.subject, config));
        expect(body).toContain(toPlain(message.intro, config).replace(/\n/g, '\r\n'));
        expect(body.split('\r\n')).toContain(fieldLine(locale, 'mail.field.email', 'marie-eve.tremblay@exemple.qc.ca'));
        expect(body.split('\r\n')).toContain(fieldLine(locale, 'mail.field.course', 'Examen professionnel'));
        expect(body.endsWith(`${toPlain(message.closing, config)}\r\nMarie-Ève Tremblay`)).toBe(true);
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
