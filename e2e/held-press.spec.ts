/**
 * The copy buttons that a script gives meaning to ("Copy link" of "Share this step", the
 * staff map's copy buttons) hold a press made before that script arrives, and copy once it
 * does, without a second press. The forms' held presses are tested with their forms
 * (validity, contact, coordinator).
 */
import { expect, test } from './support/test.ts';
import { t } from './support/words.ts';
import { holdScripts, statusBeside } from './support/pages.ts';
import { mapUrl } from '../src/lib/flows/urls.ts';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('"Copy link" pressed before the scripts arrive copies the link when they do', async ({ page }) => {
  const scripts = await holdScripts(page);
  await page.goto('/en/invitation-code/sign-in-directly/', { waitUntil: 'commit' });
  await page.getByText(t('en', 'share.summary')).click();
  const copy = page.getByRole('button', { name: t('en', 'share.copy') });
  await copy.click();
  await expect(statusBeside(copy)).toHaveText('');
  scripts.release();
  await expect(statusBeside(copy)).toHaveText(t('en', 'share.copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/en\/invitation-code\/sign-in-directly\/$/);
});

test("a map's copy button pressed before the scripts arrive copies when they do", async ({ page }) => {
  const scripts = await holdScripts(page);
  await page.goto(mapUrl('en', 'invitation-code'), { waitUntil: 'commit' });
  const copy = page.locator('button[data-copy-path]').first();
  await copy.click();
  await expect(statusBeside(copy)).toHaveText('');
  scripts.release();
  await expect(statusBeside(copy)).toHaveText(t('en', 'map.copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/invitation-code\//);
});
