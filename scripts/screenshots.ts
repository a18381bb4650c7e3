/**
 * `npm run screenshots`: builds the site and photographs the pages a person sees, so
 * nobody calls a visible change done without looking at it. Every page below, at 412 px
 * (a phone) and 1,280 px, light and dark, in English and French, full height, into
 * `screenshots/` (git-ignored), plus one contact sheet per page and width in
 * `screenshots/sheets/` (the four variants side by side) for a quick look at all of them.
 *
 * The clock is set to one day (TODAY) on every page, so the dates a page shows or checks
 * (the contact form's example, the validity question's errors) are the same from run to run.
 * Text and dates are typed with the keyboard, as a person does (dates in their three boxes).
 *
 *   npm run screenshots                 everything
 *   npm run screenshots -- contact      only the pages whose name contains "contact"
 *   npm run screenshots -- validity contact   the pages whose name contains either
 *   npm run screenshots -- --steps      every step of the latest version of every flow, phone
 *                                       width, both languages, both schemes (into screenshots/steps-*)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import en from '../src/lib/i18n/en.json' with { type: 'json' };
import fr from '../src/lib/i18n/fr.json' with { type: 'json' };
import { CHROMIUM, CHROMIUM_ARGS } from './shared/chromium.ts';
import { serveOnFreePort } from './shared/server.ts';
import { siteFlows } from '../src/site-flows.ts';
import { FRONT_DOOR_URL, homeUrl, latestStepUrl, mapUrl, stepUrl } from '../src/lib/flows/urls.ts';
import { latestVersion } from '../src/lib/flows/model.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import { toPlain } from '../src/lib/text.ts';
import { config } from '../src/config.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { dateGroup, typeDate } from './shared/typing.ts';

const OUT = 'screenshots';
const WIDTHS = [412, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** The interface words as the page shows them: language marks (`[en:...]`) read as their text. */
const shown = (words: typeof en) =>
  Object.fromEntries(Object.entries(words).map(([k, v]) => [k, typeof v === 'string' ? stripLangMarks(v) : v])) as typeof en;
const LOCALES = { en: shown(en), fr: shown(fr as typeof en) } as const;
type Locale = keyof typeof LOCALES;

interface Shot {
  name: string;
  /** Only at the phone's width. */
  phoneOnly?: boolean;
  /** Other widths than WIDTHS (the narrowest phone: 320). */
  widths?: readonly number[];
  /** Only what is on the screen after `act`, not the whole page: where a press left the person. */
  screenOnly?: boolean;
  path: (locale: Locale) => string;
  javaScript?: boolean;
  /** What to do on the page before the picture, with the interface words of its language. */
  act?: (page: Page, words: typeof en, locale: Locale) => Promise<void>;
}

/** The day every page believes it is (set before the page loads). */
const TODAY = '2026-11-26T12:00:00';

/** The flow the pages below belong to. */
const FLOW = 'invitation-code';

/** A step of the latest version by its slug, or the flow's start without one. */
const stepPath =
  (slug?: string) =>
  (locale: Locale): string =>
    stepUrl({ locale, flow: FLOW, ...(slug ? { slug } : {}) });

/** The validity question's date answer in `locale`, as the page shows it (its question is the boxes' legend). */
function dateAnswerWords(locale: Locale) {
  const version = latestVersion(siteFlows().find((f) => f.id === FLOW)!);
  const words = version.content[locale].steps.isInvitationOlderThanValidity!.dateAnswer!;
  const plain = (text: string) => toPlain(text, config);
  return { label: plain(words.label), submit: plain(words.submit), missing: plain(words.missing!), future: plain(words.future!) };
}

type DateTyped = Parameters<typeof typeDate>[1];

/** On the validity question, the invitation's date typed and sent; waits for the next step's trail. */
async function byInvitationDate(page: Page, locale: Locale, date: string) {
  const answer = dateAnswerWords(locale);
  await typeDate(dateGroup(page, answer.label), date);
  await page.getByRole('button', { name: answer.submit }).click();
  await page.locator('#trail li').first().waitFor();
}

/** Types a candidate's details into the contact form (all but the date), key by key, with `email` as the address. */
async function typePerson(page: Page, w: typeof en, email: string) {
  await page.getByLabel(w['contact.firstName.label']).pressSequentially('Marie-Ève');
  await page.getByLabel(w['contact.lastName.label']).pressSequentially('Tremblay');
  await page.getByLabel(w['contact.email.label']).pressSequentially(email);
  await page.getByLabel(w['contact.errorMessage.codeNotFound']).check();
  await page.getByLabel(w['contact.course.label']).pressSequentially('Chimie générale 202-NYA-05, examen final');
}

/**
 * The validity question with `date` typed in its boxes (TODAY is 26 November 2026); with
 * `error`, its button pressed and the error it must show checked, so a shot never shows
 * another error than its name says.
 */
const validity = (
  name: string,
  date: DateTyped,
  error?: (words: typeof en, answer: ReturnType<typeof dateAnswerWords>) => string,
): Shot => ({
  name: `validity-${name}`,
  path: stepPath('is-invitation-older-than-validity'),
  act: async (page, w, locale) => {
    const answer = dateAnswerWords(locale);
    const group = dateGroup(page, answer.label);
    await typeDate(group, date);
    if (!error) return;
    await page.getByRole('button', { name: answer.submit }).click();
    const message = group.locator('.error-text');
    await message.waitFor();
    const expected = error(w, answer);
    const shownText = await message.textContent();
    if (shownText !== expected) throw new Error(`validity-${name} ${locale}: "${shownText}" shown, "${expected}" expected`);
  },
});

const SHOTS: Shot[] = [
  { name: 'root', path: () => FRONT_DOOR_URL },
  { name: 'home', path: homeUrl },
  { name: 'question', path: stepPath() },
  { name: 'advice', path: stepPath('reset-password') },
  {
    // Reached by two answers: Back and Start over under the heading, the trail at the foot.
    name: 'advice-trail',
    path: stepPath(),
    act: async (page, w) => {
      for (let i = 0; i < 2; i++) {
        const heading = await page.getByRole('heading', { level: 1 }).textContent();
        await page.locator('a.answer').first().click();
        await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading);
      }
      await page.getByRole('link', { name: w['nav.back'] }).waitFor();
    },
  },
  { name: 'advice-activate', path: stepPath('activate-with-code') },
  { name: 'advice-junk', path: stepPath('check-reset-email-in-junk') },
  { name: 'outcome', path: stepPath('ask-for-new-invitation-result') },
  { name: 'outcome-registration', path: stepPath('confirm-registration-result') },
  { name: 'outcome-nojs', path: stepPath('ask-for-new-invitation-result'), javaScript: false },
  {
    name: 'outcome-ready',
    path: stepPath('confirm-registration-result'),
    act: async (page, w) => {
      await page.getByLabel(w['contact.firstName.label']).pressSequentially('Marie-Ève');
      await page.getByLabel(w['contact.lastName.label']).pressSequentially('Tremblay');
      await page.getByLabel(w['contact.email.label']).pressSequentially('marie-eve.tremblay@exemple.qc.ca');
      await page.getByLabel(w['contact.course.label']).pressSequentially('Chimie générale 202-NYA-05, examen final');
      await page.getByRole('button', { name: w['coordinator.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
  {
    // Reached by the invitation's date (expired), an evaluation tomorrow: the message is urgent and carries both dates.
    name: 'outcome-urgent',
    path: stepPath('is-invitation-older-than-validity'),
    act: async (page, w, locale) => {
      await byInvitationDate(page, locale, '20 10 2026');
      await page.getByLabel(w['contact.firstName.label']).pressSequentially('Marie-Ève');
      await page.getByLabel(w['contact.lastName.label']).pressSequentially('Tremblay');
      await page.getByLabel(w['contact.email.label']).pressSequentially('marie-eve.tremblay@exemple.qc.ca');
      await page.getByLabel(w['contact.course.label']).pressSequentially('Chimie générale 202-NYA-05, examen final');
      await typeDate(dateGroup(page, w['contact.evaluationDate.label']), '27 11 2026');
      await page.getByRole('button', { name: w['coordinator.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
  {
    // From that outcome by the help line: the contact step keeps the answers so far and Back.
    name: 'contact-help-line',
    path: stepPath('is-invitation-older-than-validity'),
    act: async (page, w, locale) => {
      await byInvitationDate(page, locale, '20 10 2026');
      await page.getByRole('link', { name: w['step.helpLink'] }).click();
      await page.locator('#trail li').nth(1).waitFor();
    },
  },
  {
    // The last day a code works (29 days after the invitation): "activate it today".
    name: 'validity-boundary',
    path: stepPath('is-invitation-older-than-validity'),
    act: async (page, _w, locale) => {
      await byInvitationDate(page, locale, '28 10 2026');
      await page.locator('.validity-note').waitFor();
    },
  },
  { name: 'map', path: (l) => mapUrl(l, FLOW) },
  {
    name: 'map-filtered',
    path: (l) => mapUrl(l, FLOW),
    act: async (page, w) => {
      // "Forgot password" is in both languages' words (the French quotes the English label).
      await page.getByRole('searchbox', { name: w['map.filterLabel'] }).pressSequentially('forgot');
      await page.locator('tr:visible details.replies summary').first().click();
    },
  },
  {
    // The prefill tool refusing a past date (TODAY is 26 November 2026) as the contact form would: where the press leaves the agent.
    name: 'map-prefill-past',
    screenOnly: true,
    path: (l) => mapUrl(l, FLOW),
    act: async (page, w) => {
      await page.getByLabel(w['map.contactCourse']).pressSequentially('Chimie générale 202-NYA-05, examen final');
      await typeDate(dateGroup(page, w['map.contactDate']), '20 11 2026');
      await page.getByRole('button', { name: w['map.contactCopy'], exact: true }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  { name: 'contact-empty', path: stepPath('contact-support') },
  { name: 'contact-nojs', path: stepPath('contact-support'), javaScript: false },
  {
    name: 'contact-errors',
    path: stepPath('contact-support'),
    act: async (page, w) => {
      await page.getByLabel(w['contact.email.label']).pressSequentially('Marie-Ève@gmial.com');
      // A date in the past: the whole date is wrong, all three boxes marked.
      await typeDate(dateGroup(page, w['contact.evaluationDate.label']), '10 1 2020');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    // The date the only problem, in one box: the summary links to the month, the one box marked.
    name: 'contact-date-error',
    path: stepPath('contact-support'),
    act: async (page, w) => {
      await typePerson(page, w, 'marie-eve.tremblay@exemple.qc.ca');
      await typeDate(dateGroup(page, w['contact.evaluationDate.label']), '10 13 2026');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'contact-ready',
    path: stepPath('contact-support'),
    act: async (page, w) => {
      // A likely typo in the address: the prepared message asks about it.
      await typePerson(page, w, 'marie-eve.tremblay@gmial.com');
      // Three days after TODAY: soon, so the form says it will be marked urgent.
      await typeDate(dateGroup(page, w['contact.evaluationDate.label']), '29 11 2026');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
  {
    // Where "Prepare my e-mail" leaves a person on a phone: the ready message brought up, its button in view.
    name: 'contact-ready-screen',
    phoneOnly: true,
    screenOnly: true,
    path: stepPath('contact-support'),
    act: async (page, w) => {
      await typePerson(page, w, 'marie-eve.tremblay@exemple.qc.ca');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
      // The smooth scroll to the message ends.
      await page.waitForTimeout(1000);
    },
  },
  {
    // The narrowest phone: a long address and its suggestion stay inside the screen.
    name: 'contact-typo-320',
    widths: [320],
    path: stepPath('contact-support'),
    act: async (page, w) => {
      await typePerson(page, w, 'marie-eve.tremblay-gagnon2006@hotnail.com');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
  // The validity question's date boxes: empty, typed (before pressing), and each kind of error.
  { name: 'validity-empty', path: stepPath('is-invitation-older-than-validity') },
  validity('filled', '17 10 2026'),
  validity('error-nothing', { day: '', month: '', year: '' }, (_w, a) => a.missing),
  validity('error-no-month', { day: '2', month: '', year: '2026' }, (w) => w['date.error.missingMonth']),
  validity('error-month-13', '2 13 2026', (w) => w['date.error.month']),
  validity('error-31-november', '31 11 2026', (w) => interpolate(w['date.error.dayInMonth'], { days: 30 })),
  validity('error-two-digit-year', '2 11 26', (w) => w['date.error.year']),
  validity('error-future', '27 11 2026', (_w, a) => a.future),
  validity('error-over-a-year', '2 11 2024', (w) => w['date.error.overAYearAgo']),
];

const only = process.argv.slice(2);
const everyStep: Shot[] = siteFlows().flatMap((f) =>
  f.versions
    .find((v) => v.version === f.latest)!
    .steps.map((step) => ({
      name: `steps-${f.id}-${step.slug}`,
      path: (locale: Locale) => latestStepUrl(locale, f, step),
      phoneOnly: true,
    })),
);
const shots = only[0] === '--steps' ? everyStep : SHOTS.filter((s) => only.length === 0 || only.some((o) => s.name.includes(o)));
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
mkdirSync(`${OUT}/sheets`, { recursive: true });
const server = await serveOnFreePort('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let count = 0;
try {
  for (const shot of shots) {
    for (const width of (shot.widths ?? WIDTHS).filter((w) => !shot.phoneOnly || w < 600)) {
      const files: string[] = [];
      for (const locale of (shot.name === 'root' ? ['en'] : ['en', 'fr']) as Locale[]) {
        for (const colorScheme of SCHEMES) {
          const phone = width < 600;
          // A phone is touch-only: no hover styles, as on a real one.
          const context = await browser.newContext({
            viewport: { width, height: phone ? 839 : 800 },
            isMobile: phone,
            hasTouch: phone,
            colorScheme,
            javaScriptEnabled: shot.javaScript ?? true,
            deviceScaleFactor: 1,
          });
          const page = await context.newPage();
          await page.clock.setFixedTime(new Date(TODAY));
          process.stdout.write(`${shot.name} ${locale} ${width} ${colorScheme}\n`);
          const response = await page.goto(`${server.origin}${shot.path(locale)}`);
          if (!response?.ok()) throw new Error(`${shot.path(locale)}: HTTP ${response?.status()}`);
          await shot.act?.(page, LOCALES[locale], locale);
          const file = `${OUT}/${shot.name}-${locale}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: !shot.screenOnly });
          files.push(file);
          count += 1;
          await context.close();
        }
      }
      // The variants side by side, each scaled to at most 412 px wide.
      const sheet = await browser.newPage({
        viewport: { width: 412 * files.length + 16 * files.length, height: 400 },
        deviceScaleFactor: 1,
      });
      const images = files
        .map(
          (f) =>
            `<figure><figcaption>${f.slice(OUT.length + 1)}</figcaption><img src="data:image/png;base64,${readFileSync(f).toString('base64')}"></figure>`,
        )
        .join('');
      await sheet.setContent(
        `<style>body{margin:0;display:flex;gap:16px;align-items:flex-start;background:#888;font:12px sans-serif}figure{margin:0;width:412px}img{width:412px}</style>${images}`,
      );
      await sheet.screenshot({ path: `${OUT}/sheets/${shot.name}-${width}.png`, fullPage: true });
      await sheet.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT}/, contact sheets in ${OUT}/sheets/`);
