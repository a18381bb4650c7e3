import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages } from './support/flows.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('axe, WCAG 2.2 AA, on every built page', () => {
  for (const path of allPages()) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('dark mode has no contrast violations either', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of [
      '/en/invitation-code/',
      '/en/invitation-code/solved-result/',
      '/en/invitation-code/ask-for-new-invitation-result/',
      '/en/invitation-code/contact-support/',
      '/fr/invitation-code/map/',
    ]) {
      // A renamed step would give the 404 page, which passes axe too: check the page first.
      expect((await page.goto(path))?.status(), path).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(
        results.violations.map((v) => v.id),
        path,
      ).toEqual([]);
    }
  });
});

test.describe('readable at 320 px and 200 % zoom', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of ['/en/invitation-code/', '/en/invitation-code/use-exact-address/', '/en/invitation-code/contact-support/']) {
    test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
      expect((await page.goto(path))?.status(), path).toBe(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
  test('no sideways scroll at 200 % zoom (640 px viewport, text doubled)', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    expect((await page.goto('/en/invitation-code/'))?.status()).toBe(200);
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  });
});
