/**
 * The forms in Firefox ESR and WebKitGTK, typed with the keyboard as a person types them:
 * the contact step's form and a coordinator outcome's form, each prepared into a `mailto:`
 * link with one recipient, the subject and a body carrying every value; the copy buttons say
 * so beside themselves, and in Firefox the clipboard is read back (WebKitWebDriver offers no
 * way to read it); the staff map's filter and a copied reply.
 */
import { expect, test } from './fixtures.ts';
import type { EnginePage } from './drivers.ts';
import { expectIn, expectStep, typeDate } from './page-state.ts';
import { findCall } from './find.ts';
import { config, flows, latestVersion, title } from '../support/flows.ts';
import { expectSafeMailto } from '../support/mail.ts';
import { fieldLine, t } from '../support/words.ts';
import { answerName, TO_CONTACT } from '../support/pages.ts';
import { stripLangMarks } from '../../src/lib/lang-marks.ts';
import { toPlain } from '../../src/lib/text.ts';
import { isoDaysAhead } from '../../src/lib/calendar.ts';
import { latestStepUrl, mapUrl, stepUrl } from '../../src/lib/flows/urls.ts';
import type { Locale } from '../../src/schemas/flow.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const TYPED = { first: 'Marie-Ève', last: 'Tremblay', email: 'marie-eve.tremblay@exemple.qc.ca', course: 'Examen professionnel' };

/** The text of the status beside the button named `name` (where a copy button says it copied). */
const statusBeside = (name: string) => `return ${findCall('button', name)}?.nextElementSibling?.textContent?.trim()`;

/** The href of the visible link named `name`. */
const hrefOf = (name: string) => `return ${findCall('link', name)}?.getAttribute('href')`;

/** Presses the copy button `name`: it says so beside itself, and in Firefox the clipboard holds `expected` (or what it contains). */
async function copies(ui: EnginePage, name: string, copied: string, check: (text: string) => void) {
  await ui.click('button', name);
  await expectIn(ui, statusBeside(name), copied, `status beside "${name}"`);
  if (ui.engine === 'firefox') check(await ui.run<string>('return navigator.clipboard.readText()'));
}

/**
 * The prepared message brought to the top of the screen, its button to the mail app in view
 * (UX review m1), once its smooth scroll has ended: a press before then may miss its button.
 */
async function expectReadyAtTop(ui: EnginePage) {
  await expectIn(
    ui,
    "const top = document.querySelector('.ready').getBoundingClientRect().top; const open = document.querySelector('.ready a.action').getBoundingClientRect(); return top >= 0 && top <= 16 && open.bottom <= innerHeight",
    true,
    'the prepared message at the top of the screen, its button in view',
  );
}

/** Types the person's name, address and course, field after field. */
async function typeDetails(ui: EnginePage, locale: Locale) {
  await ui.typeInto('textbox', t(locale, 'contact.firstName.label'), TYPED.first);
  await ui.typeInto('textbox', t(locale, 'contact.lastName.label'), TYPED.last);
  await ui.typeInto('textbox', t(locale, 'contact.email.label'), TYPED.email);
  await ui.typeInto('textbox', t(locale, 'contact.course.label'), TYPED.course);
}

test('the contact form, typed with the keyboard after two answers, prepares the e-mail to support with every value and the steps taken', async ({
  ui,
  at,
}) => {
  await ui.goto(at(stepUrl({ locale: 'en', flow: flow.id })));
  for (const answer of TO_CONTACT) await ui.click('link', answerName(v, 'en', answer));
  await expectStep(ui, title(v, 'en', 'contactSupport'));
  await typeDetails(ui, 'en');
  await ui.click('radio', stripLangMarks(t('en', 'contact.errorMessage.codeNotFound')));
  const date = isoDaysAhead(new Date(), 20);
  await typeDate(ui, t('en', 'date.day'), date);
  await ui.click('button', t('en', 'contact.submit'));
  await expectIn(ui, 'return document.activeElement?.textContent?.trim()', t('en', 'contact.ready.heading'), 'focus on the ready heading');
  await expectReadyAtTop(ui);

  const { subject, body } = expectSafeMailto(await ui.run<string>(hrefOf(t('en', 'contact.ready.open'))), config.supportEmail);
  expect(subject).toContain(TYPED.course);
  expect(subject).toContain(date);
  const lines = body.split('\r\n');
  for (const [label, value] of [
    ['mail.field.firstName', TYPED.first],
    ['mail.field.lastName', TYPED.last],
    ['mail.field.email', TYPED.email],
    ['mail.field.course', TYPED.course],
    ['mail.field.errorMessage', stripLangMarks(t('en', 'contact.errorMessage.codeNotFound'))],
  ] as const)
    expect(lines).toContain(fieldLine('en', label, value));
  expect(body).toContain(`(${date})`);
  const steps = TO_CONTACT.map((a, i) => `${i + 1}. ${title(v, 'en', a[0])} → ${answerName(v, 'en', a)}`);
  expect(lines.filter((l) => steps.includes(l))).toEqual(steps);

  await copies(ui, t('en', 'contact.copyAddress'), t('en', 'contact.copied'), (text) => expect(text).toBe(config.supportEmail));
  await copies(ui, t('en', 'contact.copyMessage'), t('en', 'contact.copied'), (text) => {
    for (const step of steps) expect(text).toContain(step);
    expect(text).toContain(fieldLine('en', 'mail.field.email', TYPED.email));
  });
});

test('fr: the coordinator form, typed with the keyboard, prepares a message with no recipient, its subject and every value', async ({
  ui,
  at,
}) => {
  const outcome = v.steps.find((s) => s.id === 'askForNewInvitationResult')!;
  const message = v.content.fr.steps[outcome.id]!.message!;
  await ui.goto(at(latestStepUrl('fr', flow, outcome)));
  await expectStep(ui, title(v, 'fr', outcome.id));
  await typeDetails(ui, 'fr');
  await ui.click('button', t('fr', 'coordinator.submit'));
  await expectIn(ui, 'return document.activeElement?.textContent?.trim()', t('fr', 'contact.ready.heading'), 'focus on the ready heading');
  await expectReadyAtTop(ui);
  const { subject, body } = expectSafeMailto(await ui.run<string>(hrefOf(t('fr', 'contact.ready.open'))), '');
  expect(subject).toBe(toPlain(message.subject, config));
  const lines = body.split('\r\n');
  expect(lines).toContain(fieldLine('fr', 'mail.field.email', TYPED.email));
  expect(lines).toContain(fieldLine('fr', 'mail.field.course', TYPED.course));
  expect(body.endsWith(`${TYPED.first} ${TYPED.last}`)).toBe(true);
  await copies(ui, t('fr', 'contact.copySubject'), t('fr', 'contact.copied'), (text) => expect(text).toBe(subject));
});

test("fr: the staff map's filter narrows the table as the agent types, and a reply is copied with the step's link", async ({ ui, at }) => {
  await ui.goto(at(mapUrl('fr', flow.id)));
  const visibleRows =
    "return [...document.querySelectorAll('table.map-table tbody tr')].filter((tr) => tr.getClientRects().length).map((tr) => tr.id)";
  await expectIn(
    ui,
    visibleRows,
    v.steps.map((s) => `step-${s.id}`),
    'every step listed',
  );
  await ui.typeInto('searchbox', t('fr', 'map.filterLabel'), 'reinitialis');
  const matching = v.steps.filter((s) => /reinitialis/.test(title(v, 'fr', s.id).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  expect(matching.length).toBeGreaterThan(0);
  await expectIn(
    ui,
    `return (${visibleRows.slice('return '.length)}).includes('step-resetPassword') && !(${visibleRows.slice('return '.length)}).includes('step-isAccountActivated')`,
    true,
    'the rows that match',
  );
  const step = v.steps.find((s) => s.id === 'resetPassword')!;
  const reply = t('fr', 'map.replyLabel', { button: t('fr', 'map.replyIn.en'), step: title(v, 'fr', step.id) });
  await copies(ui, reply, t('fr', 'map.replyCopied'), (text) => {
    expect(text.split('\n')).toContain(new URL(latestStepUrl('en', flow, step), at('/')).href);
    expect(text).toContain(toPlain(v.content.en.steps[step.id]!.reply!, config));
  });
});
