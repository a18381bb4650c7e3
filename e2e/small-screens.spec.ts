/**
 * What a person on a phone sees after a press, and what fits a narrow screen: the prepared
 * message brought into view on a 412 x 915 phone (UX review 2026-12-06, m1), the address
 * suggestion kept inside a 320 px screen (m11). Every value typed with the keyboard.
 */
import { expect, test } from './support/test.ts';
import type { Locator, Page } from '@playwright/test';
import { stripLangMarks } from '../src/lib/lang-marks.ts';
import { latestStepUrl } from '../src/lib/flows/urls.ts';
import type { Locale } from '../src/schemas/flow.ts';
import { flows, latestVersion } from './support/flows.ts';
import { typeInto } from './support/typing.ts';
import { t } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);
const contactStep = v.steps.find((s) => s.kind === 'contact')!;
const coordinatorStep = v.steps.find((s) => s.tags.includes('coordinator'))!;
/** The phone of the review: 412 x 915. */
const PHONE = { width: 412, height: 915 };

/** Types the person's details, field after field, as the coordinator form and the support form both ask them. */
async function typeDetails(page: Page, locale: Locale, email: string) {
  const field = (key: Parameters<typeof t>[1]) => page.getByLabel(t(locale, key), { exact: true });
  await typeInto(field('contact.firstName.label'), 'Marie-Ève');
  await typeInto(field('contact.lastName.label'), 'Tremblay-Gagnon');
  await typeInto(field('contact.email.label'), email);
  await typeInto(field('contact.course.label'), 'Chimie générale 202-NYA-05, examen final');
}

/** The support form typed in full (the code's error message picked), ready to prepare. */
async function typeSupportForm(page: Page, locale: Locale, email: string) {
  await typeDetails(page, locale, email);
  await page.getByLabel(stripLangMarks(t(locale, 'contact.errorMessage.codeNotFound'))).check();
}

/**
 * Taps `button` as a person on a phone does, where it is on the screen: here scrolled to
 * four fifths of the screen's height, where the message's heading appears on screen and,
 * unless the page brings the message up, the button to open the mail app below it does not
 * (the review measured the heading at 785 px and the button from 892 px).
 */
async function tapLowOnScreen(page: Page, button: Locator) {
  await expect(button).toHaveAttribute('type', 'submit');
  const top = Math.round(page.viewportSize()!.height * 0.8);
  const box = (await button.boundingBox())!;
  await page.evaluate((by) => window.scrollBy(0, by), box.y - top);
  await expect.poll(async () => Math.round((await button.boundingBox())!.y)).toBe(top);
  // From here on, every position the page scrolls through is noted (`scrolledThrough`).
  await page.evaluate(() => {
    const noted: number[] = [];
    (window as unknown as { scrolled: number[] }).scrolled = noted;
    // The scroll to where the button is may still be reported now: only positions away from it count.
    const start = scrollY;
    addEventListener('scroll', () => {
      if (scrollY !== start) noted.push(scrollY);
    });
  });
  await button.tap();
}

/** The scroll positions the page went through since `tapLowOnScreen`'s tap. */
async function scrolledThrough(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { scrolled: number[] }).scrolled]);
}

/** Whether `locator`'s box lies wholly inside the viewport. */
async function whollyInView(page: Page, locator: Locator): Promise<boolean> {
  const { width, height } = page.viewportSize()!;
  const box = await locator.boundingBox();
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

/** `locator`'s box lies wholly inside the viewport (checked again until a smooth scroll ends). */
async function expectWhollyInView(page: Page, locator: Locator) {
  await expect.poll(() => whollyInView(page, locator)).toBe(true);
}

test.describe('on a 412 x 915 phone, the prepared message comes into view with its button', () => {
  test.use({ viewport: PHONE });

  for (const [motion, locale] of [
    ['reduce', 'en'],
    ['no-preference', 'fr'],
  ] as const) {
    test(`${locale}, reduced motion ${motion}: after "Prepare my e-mail" the ready heading has focus and "Open in your e-mail app" is wholly on screen`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(latestStepUrl(locale, flow, contactStep));
      await typeSupportForm(page, locale, 'marie-eve.tremblay@exemple.qc.ca');
      await tapLowOnScreen(page, page.getByRole('button', { name: t(locale, 'contact.submit') }));
      const heading = page.getByRole('heading', { name: t(locale, 'contact.ready.heading') });
      await expect(heading).toBeFocused();
      const open = page.getByRole('link', { name: t(locale, 'contact.ready.open') });
      await expectWhollyInView(page, open);
      // Reduced motion: one jump; otherwise a smooth scroll, through the positions between.
      const positions = await scrolledThrough(page);
      if (motion === 'reduce') expect(positions).toHaveLength(1);
      else expect(positions.length).toBeGreaterThan(2);
      await expectWhollyInView(page, heading);
    });
  }

  test('with a mistyped address, the question about it and the button both come into view', async ({ page }) => {
    await page.goto(latestStepUrl('en', flow, contactStep));
    await typeSupportForm(page, 'en', 'marie-eve.tremblay@gmial.com');
    await tapLowOnScreen(page, page.getByRole('button', { name: t('en', 'contact.submit') }));
    const use = page.getByRole('button', { name: t('en', 'contact.email.useSuggestion', { address: 'marie-eve.tremblay@gmail.com' }) });
    await expect(use).toBeVisible();
    await expectWhollyInView(page, use);
    await expectWhollyInView(page, page.getByRole('link', { name: t('en', 'contact.ready.open') }));
  });

  for (const locale of ['en', 'fr'] as const) {
    test(`${locale}: after "Prepare my message" on a coordinator outcome, "Open in your e-mail app" is wholly on screen`, async ({
      page,
    }) => {
      await page.goto(latestStepUrl(locale, flow, coordinatorStep));
      await typeDetails(page, locale, 'marie-eve.tremblay@exemple.qc.ca');
      await tapLowOnScreen(page, page.getByRole('button', { name: t(locale, 'coordinator.submit') }));
      await expect(page.getByRole('heading', { name: t(locale, 'contact.ready.heading') })).toBeFocused();
      await expectWhollyInView(page, page.getByRole('link', { name: t(locale, 'contact.ready.open') }));
    });
  }
});

/** Where the lines of `locator`'s text break: the characters that end each line but the last. */
async function lineEnds(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const text =
      element.firstChild?.nodeType === Node.TEXT_NODE
        ? element.firstChild
        : document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
    if (!text?.textContent) return [];
    const range = document.createRange();
    const tops: number[] = [];
    for (let i = 0; i < text.textContent.length; i++) {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const rect = range.getBoundingClientRect();
      tops.push(rect.width > 0 ? Math.round(rect.top) : (tops.at(-1) ?? 0));
    }
    const ends: string[] = [];
    for (let i = 1; i < tops.length; i++) if (tops[i]! > tops[i - 1]!) ends.push(text.textContent.slice(0, i).trimEnd().at(-1)!);
    return ends;
  });
}

/** The suggested address as the question and its button show it (the button's in its text). */
async function addresses(use: Locator): Promise<Locator[]> {
  const question = use.locator('xpath=..');
  return [question.locator('xpath=./span').first(), use.locator('span').first()];
}

test.describe('on a 412 px phone', () => {
  test.use({ viewport: PHONE });

  test('an address that fits on a line is kept whole, in the question and on its button', async ({ page }) => {
    await page.goto(latestStepUrl('en', flow, contactStep));
    await typeSupportForm(page, 'en', 'marie-eve.tremblay@gmial.com');
    await page.getByRole('button', { name: t('en', 'contact.submit') }).click();
    const suggested = 'marie-eve.tremblay@gmail.com';
    const use = page.getByRole('button', { name: t('en', 'contact.email.useSuggestion', { address: suggested }) });
    await expect(use).toBeVisible();
    for (const address of await addresses(use)) {
      await expect(address).toContainText(suggested);
      expect(await lineEnds(address)).toEqual([]);
    }
  });
});

test.describe('at 320 px, the narrowest phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ['fr', 'en'] as const) {
    test(`${locale}: the suggestion for a long mistyped address stays inside the screen, and the address breaks where the line ends, not at its hyphens, in the question and on its button`, async ({
      page,
    }) => {
      const typed = 'marie-eve.tremblay-gagnon2006@hotnail.com';
      const suggested = 'marie-eve.tremblay-gagnon2006@hotmail.com';
      await page.goto(latestStepUrl(locale, flow, contactStep));
      await typeSupportForm(page, locale, typed);
      const prepare = page.getByRole('button', { name: t(locale, 'contact.submit') });
      await expect(prepare).toHaveAttribute('type', 'submit');
      await prepare.click();
      const use = page.getByRole('button', { name: t(locale, 'contact.email.useSuggestion', { address: suggested }) });
      await expect(use).toBeVisible();
      // No sideways scroll, and the button wholly inside the screen's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const box = (await use.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
      // Too long for a line, the address breaks in the question and on the button, never at one of its hyphens.
      for (const address of await addresses(use)) {
        await expect(address).toContainText(suggested);
        const ends = await lineEnds(address);
        expect(ends.length).toBeGreaterThan(0);
        expect(ends).not.toContain('-');
      }
      // Taken, the address is the suggested one.
      await use.click();
      await expect(page.getByLabel(t(locale, 'contact.email.label'), { exact: true })).toHaveValue(suggested);
    });
  }
});

/** The characters that end each line of `locator`'s text but the last, over all its text (spans included). */
async function headingLineEnds(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const chars: { char: string; top: number }[] = [];
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && node.textContent![i]!.trim()) chars.push({ char: node.textContent![i]!, top: Math.round(rect.top) });
      }
    }
    return chars.flatMap((c, i) => (i > 0 && c.top > chars[i - 1]!.top + 2 ? [chars[i - 1]!.char] : []));
  });
}

test.describe("headings never break at a word's hyphen (m13)", () => {
  for (const locale of ['fr', 'en'] as const) {
    for (const width of [320, 360, 412, 1280]) {
      test(`${locale}, ${width} px: every step's heading and question`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const broken: string[] = [];
        for (const step of v.steps) {
          await page.goto(latestStepUrl(locale, flow, step));
          for (const heading of await page.locator('h1, h2.answers-question').all()) {
            if ((await headingLineEnds(heading)).includes('-')) broken.push(`${step.id}: ${await heading.textContent()}`);
          }
        }
        expect(broken).toEqual([]);
      });
    }
  }
});
