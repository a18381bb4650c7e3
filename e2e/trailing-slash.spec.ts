/**
 * Addresses typed without their trailing slash (UX review 2026-12-06, "No-slash URLs"): the
 * preview server redirects them to their page, and on a host that answers them with the 404
 * page instead, that page sends the browser there; an address that is no page gets the
 * site's own 404 page, never the framework's developer one.
 */
import { expect, test } from './support/test.ts';
import type { Page, Route } from '@playwright/test';
import { t } from './support/words.ts';

/** Pages typed without their slash, and their heading's start (the page, not a 404). */
const PAGES = ['/en/invitation-code', '/en/invitation-code/map', '/en', '/fr/invitation-code/reset-password'];

/** What the site's 404 page shows, in both its languages. */
async function expectSiteNotFound(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'notFound.title'));
  await expect(page.getByRole('heading', { level: 2, name: t('en', 'notFound.title') })).toBeVisible();
  await expect(page).toHaveTitle(`${t('fr', 'notFound.title')} / ${t('en', 'notFound.title')}`);
}

test.describe('on the preview server', () => {
  for (const path of PAGES) {
    test(`${path} is redirected (301) to ${path}/, whose page opens`, async ({ page, request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(301);
      expect(response.headers()['location']).toBe(`${path}/`);
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === `${path}/`);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(t('fr', 'notFound.title'));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    });
  }

  test('the query is kept: /en/invitation-code/map?q=spam opens the map filtered', async ({ request }) => {
    const response = await request.get('/en/invitation-code/map?q=spam', { maxRedirects: 0 });
    expect(response.headers()['location']).toBe('/en/invitation-code/map/?q=spam');
  });

  for (const path of ['/nope', '/nope/', '/en/invitation-code/no-such-step', '/en/invitation-code/no-such-step/']) {
    test(`${path} gets the site's own 404 page, not the framework's`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expectSiteNotFound(page);
      await expect(page).toHaveURL((url) => url.pathname === path);
      expect(await page.content()).not.toContain('trailingSlash');
    });
  }
});

/**
 * Answers, from here on, every address typed without its slash as a host that does not add it
 * does: with the site's 404 page (status 404). Returns the addresses so answered.
 */
async function hostWithoutSlashes(page: Page): Promise<string[]> {
  const answered: string[] = [];
  const notFound = await (await page.request.get('/404.html')).text();
  await page.route(
    (url) => !url.pathname.endsWith('/') && !url.pathname.split('/').pop()!.includes('.'),
    async (route: Route) => {
      answered.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFound });
    },
  );
  return answered;
}

test.describe('on a host that answers an address without its slash with the 404 page', () => {
  for (const path of PAGES) {
    test(`${path}: the 404 page says "Did you mean …?" and goes to ${path}/`, async ({ page }) => {
      const answered = await hostWithoutSlashes(page);
      // What the 404 page says before it goes (it is gone once it has): heard as its note appears.
      const said: { text: string; href: string | null }[] = [];
      await page.exposeFunction('noteShown', (text: string, href: string | null) => said.push({ text, href }));
      await page.addInitScript(() => {
        new MutationObserver(() => {
          const note = document.querySelector('section[lang=en-CA] [data-did-you-mean]:not([hidden])');
          const shown = window as unknown as { noteShown: (text: string, href: string | null) => void; shownOnce?: boolean };
          if (note && !shown.shownOnce) {
            shown.shownOnce = true;
            shown.noteShown(note.textContent!, note.querySelector('a')!.getAttribute('href'));
          }
        }).observe(document, { subtree: true, attributes: true, childList: true });
      });
      await page.goto(path);
      await expect(page).toHaveURL((url) => url.pathname === `${path}/`);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(t('fr', 'notFound.title'));
      expect(answered).toEqual([path]);
      expect(said).toEqual([{ text: t('en', 'notFound.didYouMean', { link: new URL(`${path}/`, page.url()).href }), href: `${path}/` }]);
      // In place of the 404 page (the tab's history: the blank page it opened with, then this one): Back does not return to it.
      expect(await page.evaluate(() => history.length)).toBe(2);
    });
  }

  test('an address that is no page, with or without its slash, stays on the 404 page', async ({ page }) => {
    const answered = await hostWithoutSlashes(page);
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'HEAD') asked.push(new URL(request.url()).pathname);
    });
    await page.goto('/nope');
    await expectSiteNotFound(page);
    await expect.poll(() => asked).toEqual(['/nope/']);
    await expect(page).toHaveURL((url) => url.pathname === '/nope');
    await expect(page.getByText(t('en', 'notFound.didYouMean', { link: '' }).slice(0, 12))).toBeHidden();
    expect(answered).toEqual(['/nope']);
  });
});
