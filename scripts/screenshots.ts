/**
 * `npm run screenshots`: builds the site and photographs the pages a person sees, so
 * nobody calls a visible change done without looking at it. Every page below, at 412 px
 * (a phone) and 1,280 px, light and dark, in English and French, full height, into
 * `screenshots/` (git-ignored), plus one contact sheet per page and width in
 * `screenshots/sheets/` (the four variants side by side) for a quick look at all of them.
 *
 *   npm run screenshots                 everything
 *   npm run screenshots -- contact      only the pages whose name contains "contact"
 *   npm run screenshots -- --steps      every step of the latest version of every flow, phone
 *                                       width, both languages, both schemes (into screenshots/steps-*)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import en from '../src/i18n/en.json' with { type: 'json' };
import fr from '../src/i18n/fr.json' with { type: 'json' };
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/support/chromium.ts';
import { serveOnFreePort } from './bench/server.ts';
import { siteFlows } from '../src/site-flows.ts';
import { latestStepUrl } from '../src/lib/flows/urls.ts';
import { stripLangMarks } from '../src/lib/lang-marks.ts';

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
  path: (locale: Locale) => string;
  javaScript?: boolean;
  /** What to do on the page before the picture. */
  act?: (page: Page, words: typeof en) => Promise<void>;
}

const flow =
  (step = '') =>
  (locale: Locale) =>
    `/${locale}/invitation-code/${step}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const SHOTS: Shot[] = [
  { name: 'root', path: () => '/' },
  { name: 'home', path: (l) => `/${l}/` },
  { name: 'question', path: flow() },
  { name: 'advice', path: flow('reset-password/') },
  { name: 'advice-activate', path: flow('activate-with-code/') },
  { name: 'advice-junk', path: flow('check-reset-email-in-junk/') },
  { name: 'outcome', path: flow('ask-for-new-invitation-result/') },
  { name: 'outcome-registration', path: flow('confirm-registration-result/') },
  { name: 'outcome-nojs', path: flow('ask-for-new-invitation-result/'), javaScript: false },
  {
    name: 'outcome-ready',
    path: flow('confirm-registration-result/'),
    act: async (page, w) => {
      await page.getByLabel(w['contact.firstName.label']).fill('Marie-Ève');
      await page.getByLabel(w['contact.lastName.label']).fill('Tremblay');
      await page.getByLabel(w['contact.email.label']).fill('marie-eve.tremblay@exemple.qc.ca');
      await page.getByLabel(w['contact.course.label']).fill('Chimie générale 202-NYA-05, examen final');
      await page.getByRole('button', { name: w['coordinator.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
  { name: 'map', path: flow('map/') },
  {
    name: 'map-filtered',
    path: flow('map/'),
    act: async (page, w) => {
      // "Forgot password" is in both languages' words (the French quotes the English label).
      await page.getByRole('searchbox', { name: w['map.filterLabel'] }).fill('forgot');
      await page.locator('tr:visible details.replies summary').first().click();
    },
  },
  { name: 'contact-empty', path: flow('contact-support/') },
  { name: 'contact-nojs', path: flow('contact-support/'), javaScript: false },
  {
    name: 'contact-errors',
    path: flow('contact-support/'),
    act: async (page, w) => {
      await page.getByLabel(w['contact.email.label']).fill('Marie-Ève@gmial.com');
      await page.getByLabel(w['contact.evaluationDate.label']).fill('2020-01-10');
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'contact-ready',
    path: flow('contact-support/'),
    act: async (page, w) => {
      await page.getByLabel(w['contact.firstName.label']).fill('Marie-Ève');
      await page.getByLabel(w['contact.lastName.label']).fill('Tremblay');
      await page.getByLabel(w['contact.email.label']).fill('marie-eve.tremblay@gmial.com');
      await page.getByLabel(w['contact.errorMessage.codeNotFound']).check();
      await page.getByLabel(w['contact.course.label']).fill('Chimie générale 202-NYA-05, examen final');
      await page.getByLabel(w['contact.evaluationDate.label']).fill(inDays(3));
      await page.getByRole('button', { name: w['contact.submit'] }).click();
      await page.getByRole('heading', { name: w['contact.ready.heading'] }).waitFor();
    },
  },
];

const only = process.argv[2];
const everyStep: Shot[] = siteFlows().flatMap((f) =>
  f.versions
    .find((v) => v.version === f.latest)!
    .steps.map((step) => ({
      name: `steps-${f.id}-${step.slug}`,
      path: (locale: Locale) => latestStepUrl(locale, f, step),
      phoneOnly: true,
    })),
);
const shots = only === '--steps' ? everyStep : SHOTS.filter((s) => !only || s.name.includes(only));
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
mkdirSync(`${OUT}/sheets`, { recursive: true });
const server = await serveOnFreePort('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let count = 0;
try {
  for (const shot of shots) {
    for (const width of WIDTHS.filter((w) => !shot.phoneOnly || w < 600)) {
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
          process.stdout.write(`${shot.name} ${locale} ${width} ${colorScheme}\n`);
          const response = await page.goto(`${server.origin}${shot.path(locale)}`);
          if (!response?.ok()) throw new Error(`${shot.path(locale)}: HTTP ${response?.status()}`);
          await shot.act?.(page, LOCALES[locale]);
          const file = `${OUT}/${shot.name}-${locale}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
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
