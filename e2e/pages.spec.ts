/**
 * Page furniture around the flow, as a candidate meets it: the start page's guide cards,
 * support one click away on every step, a small "Share this step", target sizes.
 */
import { expect, test } from './support/test.ts';
import en from '../src/lib/i18n/en.json' with { type: 'json' };
import { answerLabel, config, contactLinks, flows, LOCALES, title, latestVersion } from './support/flows.ts';
import { statusBeside } from './support/pages.ts';
import { toPlain } from '../src/lib/text.ts';
import { longDate } from '../src/lib/calendar.ts';
import { stepUrl } from '../src/lib/flows/urls.ts';
import { LOCALE_NAMES, t } from './support/words.ts';

const flow = flows.find((f) => f.id === 'invitation-code')!;
const v = latestVersion(flow);

test("the start page's guide cards: the title is the link's name, the description its own line and its description", async ({ page }) => {
  for (const path of ['/', '/en/', '/fr/']) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    for (const locale of path === '/' ? LOCALES : [path.slice(1, 3) as (typeof LOCALES)[number]]) {
      const guide = v.content[locale].guide;
      const link = page.getByRole('link', { name: toPlain(guide.title, config), exact: true });
      await expect(link, `${path} ${locale}`).toHaveAccessibleDescription(toPlain(guide.description, config));
      const description = page.getByText(toPlain(guide.description, config), { exact: true });
      // Apart: on a line below the title, not run into it.
      expect((await description.boundingBox())!.y).toBeGreaterThanOrEqual(
        (await link.boundingBox())!.y + (await link.boundingBox())!.height - 1,
      );
      expect(await description.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
    }
  }
});

test('every step page links to the contact step, below its answers', async ({ request }) => {
  const links = contactLinks();
  expect(links.length).toBeGreaterThan(40);
  for (const { path, contactPath } of links) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const help = html.indexOf('class="help-line"');
    expect(help, path).toBeGreaterThan(-1);
    expect(html.slice(help, help + 600), path).toContain(`href="${contactPath}"`);
    // Never above the answers.
    const answers = html.indexOf('class="answers"');
    if (answers >= 0) expect(help, path).toBeGreaterThan(answers);
  }
});

test('the help line opens the contact step', async ({ page }) => {
  await page.goto('/en/invitation-code/reset-password/');
  await page.getByRole('link', { name: en['step.helpLink'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(v, 'en', 'contactSupport'));
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the trail's Change links, the buttons and the other controls are at least 24 x 24 px", async ({ page }) => {
    await page.goto('/en/invitation-code/');
    await page.getByRole('link', { name: answerLabel(v, 'en', 'isAccountActivated', 'user.answer.already-activated') }).click();
    await page.getByRole('link', { name: answerLabel(v, 'en', 'signInDirectly', 'user.answer.forgot-password') }).click();
    await expect(page.locator('#trail a.change')).toHaveCount(2);
    await page.getByText(en['share.summary']).click();
    await expect(page.getByRole('button', { name: en['share.copy'] })).toBeVisible();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, summary, input')]
        .filter((el) => el.offsetParent !== null && !el.closest('.skip'))
        .map((el) => ({ what: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`, ...el.getBoundingClientRect().toJSON() }))
        .filter((r) => r.width < 24 || r.height < 24),
    );
    expect(small).toEqual([]);
    const change = (await page.locator('#trail a.change').first().boundingBox())!;
    expect(change.height).toBeGreaterThanOrEqual(44);
  });

  test("the contact form's controls are at least 24 x 24 px too", async ({ page }) => {
    await page.goto('/en/invitation-code/contact-support/');
    await expect(page.getByRole('button', { name: en['contact.submit'] })).toHaveAttribute('type', 'submit');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, summary, input')]
        .filter((el) => el.offsetParent !== null && !el.closest('.skip'))
        .map((el) => ({
          what: `${el.tagName} ${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 40)}`,
          ...el.getBoundingClientRect().toJSON(),
        }))
        .filter((r) => r.width < 24 || r.height < 24),
    );
    expect(small).toEqual([]);
  });

  test('the footer never leaves a separator dangling', async ({ page }) => {
    for (const width of [320, 412, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/fr/invitation-code/');
      await expect(page.locator('.site-footer')).not.toContainText('·');
      const items = await page.locator('.footer-links li').evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().right));
      for (const right of items) expect(right, `${width} px`).toBeLessThanOrEqual(width);
    }
  });
});

test.describe('Share this step', () => {
  test('is a small control at the foot, closed at first, that copies the latest URL and says so beside its button', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/invitation-code/v1/use-exact-address/');
    const button = page.getByRole('button', { name: en['share.copy'] });
    await expect(button).toBeHidden();
    await page.getByText(en['share.summary']).click();
    await expect(page.getByRole('textbox', { name: en['share.link'] })).toHaveValue(
      /^http:\/\/127\.0\.0\.1:\d+\/en\/invitation-code\/use-exact-address\/$/,
    );
    await button.click();
    await expect(statusBeside(button)).toHaveText(en['share.copied']);
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe('/en/invitation-code/use-exact-address/');
  });

  test.describe('JavaScript unavailable', () => {
    test.use({ javaScriptEnabled: false });
    test("offers the page's own address (a relative link), never a placeholder host", async ({ page }) => {
      await page.goto('/en/invitation-code/reset-password/');
      await page.getByText(en['share.summary']).click();
      const link = page.getByRole('link', { name: en['share.link'] });
      await expect(link).toHaveAttribute('href', '/en/invitation-code/reset-password/');
      expect(await link.evaluate((a: HTMLAnchorElement) => a.href)).toBe(new URL('/en/invitation-code/reset-password/', page.url()).href);
      expect(await page.content()).not.toContain(`value="${new URL(config.site).origin}`);
    });
  });
});

test.describe('the header says who runs the site and when its words were updated', () => {
  for (const [locale, version] of [
    ['en', flow.latest],
    ['fr', flow.latest],
    ['en', 1],
  ] as const) {
    const published = flow.versions.find((v) => v.version === version)!.published;
    test(`${locale}, version ${version}: "${t(locale, 'site.owner')}", updated ${published}, as text under the name, the heading still in the first screen of a phone`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 412, height: 915 });
      await page.goto(stepUrl({ locale, flow: flow.id, pinned: version, slug: 'reset-password' }));
      const header = page.getByRole('banner');
      const byline = header.getByText(t(locale, 'site.owner'));
      await expect(byline).toHaveText(`${t(locale, 'site.owner')} · ${t(locale, 'site.updated', { date: longDate(published, locale) })}`);
      await expect(byline.locator('time')).toHaveAttribute('datetime', published);
      // Plain text, not a control: the header's only links are the site's name and the language switch.
      await expect(byline.getByRole('link')).toHaveCount(0);
      await expect(header.getByRole('link')).toHaveText([t(locale, 'site.name'), LOCALE_NAMES[locale === 'en' ? 'fr' : 'en']]);
      expect(await byline.evaluate((e) => getComputedStyle(e).cursor)).toBe('auto');
      // A modest line: smaller than the text, a header of two short lines, and the step's heading and first words on the first screen.
      expect(await byline.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeLessThan(16);
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(96);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
      await expect(page.locator('article h1 + *')).toBeInViewport();
    });
  }

  test("on the front door and the 404 page, the newest version's date", async ({ page }) => {
    const newest = flows
      .flatMap((f) => f.versions.map((v) => v.published))
      .sort()
      .at(-1)!;
    for (const path of ['/', '/no-such-page/']) {
      await page.goto(path);
      await expect(page.getByRole('banner').locator('time')).toHaveAttribute('datetime', newest);
    }
  });
});
