import { expect, test } from './support/test.ts';
import { allPages, allRedirects, allStepPaths, config, everPublishedPaths, flows, latestVersion } from './support/flows.ts';
import { t } from './support/words.ts';
import { toPlain } from '../src/lib/text.ts';

test('every step URL of every version answers 200 with a heading', async ({ request }) => {
  const paths = allStepPaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain('<h1');
  }
});

test('home pages and the 404 page are served', async ({ request }) => {
  for (const path of allPages().filter((p) => !p.startsWith('/en/invitation-code'))) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('an unknown URL gets the helpful 404 page with a way to the start', async ({ page }) => {
  const response = await page.goto('/en/invitation-code/no-such-step/');
  expect(response?.status()).toBe(404);
  // French first, then English, each in its own language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'notFound.title'));
  const english = page.locator('section[lang=fr-CA] + section[lang=en-CA]');
  await expect(english.getByRole('heading', { level: 2 })).toHaveText(t('en', 'notFound.title'));
  const flow = flows.find((f) => f.id === 'invitation-code')!;
  const guide = toPlain(latestVersion(flow).content.en.guide.title, config);
  await english.getByRole('link', { name: t('en', 'notFound.start', { guide }), exact: true }).click();
  await expect(page).toHaveURL(/\/en\/invitation-code\/$/);
});

test("a pinned page of the latest version is canonical to its latest URL; an older version's to itself", async ({ page }) => {
  const latest = flows.find((f) => f.id === 'invitation-code')!.latest;
  await page.goto('/en/invitation-code/v1/reset-password/');
  if (latest > 1) await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/invitation-code\/v1\/reset-password\/$/);
  await page.goto(`/en/invitation-code/v${latest}/reset-password/`);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/invitation-code\/reset-password\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{20,}/);
});

test('every URL ever published by any version answers with its page or a redirect to its successor', async ({ page, request }) => {
  const redirects = new Map(allRedirects().map((r) => [r.path, r.target]));
  for (const path of everPublishedPaths()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const target = redirects.get(path);
    if (target) {
      // A static redirect that works without scripts.
      expect(await response.text()).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[/.]/g, '\\$&')}$`));
    }
  }
});
