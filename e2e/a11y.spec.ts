import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { samplePages } from './support/samples.ts';
import { t } from './support/words.ts';
import { dateGroup, typeDate } from './support/pages.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations, as `rule: elements`, for a readable failure; `rules` to run only some. */
async function violations(page: Page, path: string, rules?: string[]) {
  const axe = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await (rules ? axe.withRules(rules) : axe).analyze();
  return { path, found: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`) };
}

// Every kind of page in every version and language (e2e/support/samples.ts); e2e/built-pages.spec.ts
// proves every other page renders with the same styles and scripts as one of these.
test.describe('axe, WCAG 2.2 AA, light and dark, and readable at 320 px, on every kind of page', () => {
  for (const path of samplePages()) {
    test(`${path}`, async ({ page }) => {
      // A renamed step would give the 404 page, which passes axe too: check the page first.
      expect((await page.goto(path))?.status(), path).toBe(200);
      expect(await violations(page, path)).toEqual({ path, found: [] });
      // The dark theme changes colours only (the same page, its styles' media query): contrast is what it can break.
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page, `${path} (dark)`, ['color-contrast', 'link-in-text-block'])).toEqual({
        path: `${path} (dark)`,
        found: [],
      });
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at 320 px`).toBeLessThanOrEqual(320);
    });
  }
});

test.describe('the date boxes with an error shown', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: the date answer and the contact form's date, each with an error, have no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/fr/invitation-code/is-invitation-older-than-validity/');
      await typeDate(page.locator('[data-date-input]'), { day: '2', month: '13', year: '2026' });
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      let results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

      await page.goto('/en/invitation-code/contact-support/');
      await typeDate(dateGroup(page, t('en', 'contact.evaluationDate.label')), { day: '31', month: '11', year: '' });
      await page.getByRole('button', { name: t('en', 'contact.submit') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('readable at 320 px and 200 % zoom', () => {
  // Beside the kinds above: the pages whose words are the longest to fit (addresses, Nexam's screen labels).
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of [
    '/en/invitation-code/use-exact-address/',
    '/fr/invitation-code/use-exact-address/',
    '/fr/invitation-code/reset-password/',
  ]) {
    test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
      expect((await page.goto(path))?.status(), path).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }

  test('no sideways scroll at 200 % zoom (640 px viewport, text doubled)', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    for (const path of ['/en/invitation-code/', '/fr/invitation-code/is-invitation-older-than-validity/']) {
      expect((await page.goto(path))?.status()).toBe(200);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(640);
    }
  });
});
