import { expect, test } from '@playwright/test';
import { answerLabel, config, flows, LOCALES, title, latestVersion } from './support/flows.ts';
import en from '../src/i18n/en.json' with { type: 'json' };
import fr from '../src/i18n/fr.json' with { type: 'json' };
import { toPlain } from '../src/lib/text.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { statusBeside } from './support/pages.ts';
import { t } from './support/words.ts';

for (const flow of flows) {
  const version = latestVersion(flow);
  for (const locale of LOCALES) {
    test.describe(`${locale} ${flow.id} staff map`, () => {
      test('its picture has every node and edge of the machine, linked to the step pages', async ({ page }) => {
        await page.goto(`/${locale}/${flow.id}/map/`);
        const svg = page.locator('svg.graph');
        await expect(svg.locator('g.node')).toHaveCount(version.steps.length);
        // Link answers, and each branch of a date answer.
        await expect(svg.locator('g.edge')).toHaveCount(
          version.steps.reduce((n, s) => n + s.answers.length + (s.dateAnswer?.branches.length ?? 0), 0),
        );
        for (const step of version.steps) {
          await expect(svg.locator(`[id="node-${step.id}"] a`)).toHaveAttribute(
            'href',
            step.initial ? `/${locale}/${flow.id}/` : `/${locale}/${flow.id}/${step.slug}/`,
          );
          // Tooltips in the page's language: "answer → next step", never code ids.
          for (const answer of step.answers) {
            await expect(svg.locator(`[id="edge-${step.id}-${answer.key}"] > title`)).toHaveText(
              `${answerLabel(version, locale, step.id, answer.event)} → ${title(version, locale, answer.target)}`,
            );
          }
          await expect(svg.locator(`[id="node-${step.id}"] > title`)).toHaveText(title(version, locale, step.id));
        }
      });

      test('its table lists every step with its latest and pinned links', async ({ page }) => {
        await page.goto(`/${locale}/${flow.id}/map/`);
        const rows = page.locator('table.map-table tbody tr');
        await expect(rows).toHaveCount(version.steps.length);
        for (const step of version.steps) {
          const row = page.locator(`tr#step-${step.id}`);
          await expect(row.getByRole('rowheader')).toContainText(title(version, locale, step.id));
          // The link to send is the latest one; the pinned one waits in its disclosure.
          await expect(
            row.getByRole('link', { name: step.initial ? `/${locale}/${flow.id}/` : `/${locale}/${flow.id}/${step.slug}/`, exact: true }),
          ).toBeVisible();
          await expect(
            row.getByRole('link', { name: `/${locale}/${flow.id}/v${version.version}/${step.slug}/`, exact: true }),
          ).toBeHidden();
        }
        // Every outcome lists the ways that reach it.
        await expect(page.locator('.map-outcome')).toHaveCount(version.steps.filter((s) => s.final).length);
      });
    });
  }
}

const flow = flows.find((f) => f.id === 'invitation-code')!;
const latest = latestVersion(flow);
const WORDS = { en, fr } as const;
const contactPath = `/en/${flow.id}/${latest.steps.find((s) => s.kind === 'contact')!.slug}/`;

for (const mapLocale of LOCALES) {
  test(`${mapLocale} map: a reply in each language for every step, with the step's latest link, copied in one click and announced beside the button`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${mapLocale}/invitation-code/map/`);
    for (const step of latest.steps) {
      const row = page.locator(`tr#step-${step.id}`);
      for (const replyLocale of LOCALES) {
        const button = row.getByRole('button', {
          name: interpolate(WORDS[mapLocale]['map.replyLabel'], {
            button: WORDS[mapLocale][`map.replyIn.${replyLocale}`],
            step: title(latest, mapLocale, step.id),
          }),
          exact: true,
        });
        await button.click();
        await expect(statusBeside(button)).toHaveText(WORDS[mapLocale]['map.copied']);
        const text = await page.evaluate(() => navigator.clipboard.readText());
        const link = new URL(
          step.initial ? `/${replyLocale}/invitation-code/` : `/${replyLocale}/invitation-code/${step.slug}/`,
          page.url(),
        ).href;
        expect(text.split('\n'), `${step.id} ${replyLocale}`).toContain(link);
        expect(text).toContain(toPlain(latest.content[replyLocale].steps[step.id]!.reply!, config));
        expect(text.startsWith(toPlain(latest.content[replyLocale].reply!.greeting, config))).toBe(true);
      }
    }
  });
}

test('the link to send and the pinned link: each copy button copies its own and says so beside itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/invitation-code/map/');
  const step = latest.steps.find((s) => s.id === 'signInDirectly')!;
  const row = page.locator(`tr#step-${step.id}`);
  const send = row.getByRole('button', { name: t('en', 'map.copyLinkLabel', { step: title(latest, 'en', step.id) }) });
  await send.click();
  await expect(statusBeside(send)).toHaveText(en['map.copied']);
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/en/${flow.id}/${step.slug}/`);
  // The pinned link waits in its disclosure, which says when to use it.
  await row.getByText(t('en', 'map.pinnedSummary', { version: flow.latest })).click();
  await expect(row.getByText(t('en', 'map.pinnedExplain', { version: flow.latest }))).toBeVisible();
  const pinned = row.locator('details.pinned').getByRole('button');
  await pinned.click();
  await expect(statusBeside(pinned)).toHaveText(en['map.copied']);
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/en/${flow.id}/v${flow.latest}/${step.slug}/`);
});

test('the filter narrows the table as the agent types, accents ignored', async ({ page }) => {
  await page.goto('/fr/invitation-code/map/');
  const rows = page.locator('table.map-table tbody tr');
  const visible = page.locator('table.map-table tbody tr:visible');
  await expect(visible).toHaveCount(latest.steps.length);
  const filter = page.getByRole('searchbox', { name: fr['map.filterLabel'] });
  await filter.pressSequentially('reinitialis');
  const matching = await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).dataset.search!.includes('reinitialis')).length);
  await expect(visible).toHaveCount(matching);
  await expect(page.locator('tr#step-resetPassword')).toBeVisible();
  await expect(page.locator('tr#step-isAccountActivated')).toBeHidden();
  // The count is announced.
  await expect(
    page.getByRole('status').filter({ hasText: t('fr', 'map.filterCount', { count: matching, total: latest.steps.length }) }),
  ).toBeVisible();
  await filter.fill('zzzz');
  await expect(visible).toHaveCount(0);
  await expect(page.getByText(fr['map.filterNone'])).toBeVisible();
  await filter.fill('');
  await expect(visible).toHaveCount(latest.steps.length);
});

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the map has no filter box, the whole table, and the replies to select', async ({ page }) => {
    await page.goto('/en/invitation-code/map/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('table.map-table tbody tr')).toHaveCount(latest.steps.length);
    await page.locator('tr#step-resetPassword').getByText(en['map.seeReplies']).click();
    await expect(page.locator('tr#step-resetPassword pre[lang=fr-CA]')).toContainText('/fr/invitation-code/reset-password/');
  });

  // With scripts the same form also copies the link: see the prefill tool's test below.
  test('the prefill form is a plain form: its button opens the contact step with the course and date in the link', async ({ page }) => {
    await page.goto('/en/invitation-code/map/');
    await expect(page.getByRole('button', { name: en['map.contactCopy'], exact: true })).toBeHidden();
    await page.getByLabel(en['map.contactCourse']).fill('Examen B');
    await page.getByLabel(en['map.contactDate']).fill('2026-12-10');
    await page.getByRole('button', { name: en['map.contactSubmit'] }).click();
    await expect(page).toHaveURL((url) => url.pathname === contactPath);
    const query = new URL(page.url()).searchParams;
    expect([...query]).toEqual([
      ['course', 'Examen B'],
      ['date', '2026-12-10'],
    ]);
  });
});

test('the prefill tool copies a link that opens the contact step with the course and date filled in; its share link keeps them', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/invitation-code/map/');
  await page.getByLabel(en['map.contactCourse']).fill("Examen d'admission");
  await page.getByLabel(en['map.contactDate']).fill('2026-12-10');
  const copy = page.getByRole('button', { name: en['map.contactCopy'], exact: true });
  await copy.click();
  await expect(statusBeside(copy)).toHaveText(en['map.copied']);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe(contactPath);
  await page.clock.setFixedTime(new Date('2026-11-26T12:00:00'));
  await page.goto(link);
  await expect(page.getByLabel(en['contact.course.label'])).toHaveValue("Examen d'admission");
  await expect(page.getByLabel(en['contact.evaluationDate.label'])).toHaveValue('2026-12-10');
  await page.getByText(en['share.summary']).click();
  await expect(page.getByRole('textbox', { name: en['share.link'] })).toHaveValue(link);
});

test("at 1,280 px the picture's step labels are at least 14 px and answer labels 12 px, as rendered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/invitation-code/map/');
  const smallest = await page.evaluate(() => {
    const out = { step: Infinity, answer: Infinity };
    for (const text of document.querySelectorAll<SVGTextElement>('svg.graph text')) {
      const px = parseFloat(text.getAttribute('font-size')!) * text.getScreenCTM()!.a;
      const kind = text.closest('g.node') ? 'step' : 'answer';
      out[kind] = Math.min(out[kind], px);
    }
    return out;
  });
  expect(smallest.step).toBeGreaterThanOrEqual(14);
  expect(smallest.answer).toBeGreaterThanOrEqual(12);
  // The picture opens full size on its own.
  const response = await page.request.get('/en/invitation-code/map.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the map has no sideways scroll and leads with the filter and the table', async ({ page }) => {
    await page.goto('/fr/invitation-code/map/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const filterY = (await page.getByRole('searchbox').boundingBox())!.y;
    const tableY = (await page.locator('table.map-table').boundingBox())!.y;
    const graphY = (await page.locator('.graph-figure').boundingBox())!.y;
    expect(filterY).toBeLessThan(tableY);
    expect(tableY).toBeLessThan(graphY);
  });
});
