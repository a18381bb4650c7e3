import { expect, test } from './support/test.ts';
import type { Browser, Page } from '@playwright/test';
import { answerLabel, config, flows, LOCALES, title, latestVersion } from './support/flows.ts';
import en from '../src/lib/i18n/en.json' with { type: 'json' };
import fr from '../src/lib/i18n/fr.json' with { type: 'json' };
import { toPlain } from '../src/lib/text.ts';
import { interpolate } from '../src/lib/interpolate.ts';
import { dateGroup, holdScripts, statusBeside, typeDate } from './support/pages.ts';
import { retypeDate } from './support/typing.ts';
import type { Locale } from '../src/schemas/flow.ts';
import { latestStepUrl, mapSvgUrl, mapUrl, stepUrl } from '../src/lib/flows/urls.ts';
import { escapeRegExp, t } from './support/words.ts';

for (const flow of flows) {
  const version = latestVersion(flow);
  for (const locale of LOCALES) {
    test.describe(`${locale} ${flow.id} staff map`, () => {
      test('its picture has every node and edge of the machine, linked to the step pages', async ({ page }) => {
        await page.goto(mapUrl(locale, flow.id));
        const svg = page.locator('svg.graph');
        await expect(svg.locator('g.node')).toHaveCount(version.steps.length);
        // Link answers, and each branch of a date answer.
        await expect(svg.locator('g.edge')).toHaveCount(
          version.steps.reduce((n, s) => n + s.answers.length + (s.dateAnswer?.branches.length ?? 0), 0),
        );
        for (const step of version.steps) {
          await expect(svg.locator(`[id="node-${step.id}"] a`)).toHaveAttribute('href', latestStepUrl(locale, flow, step));
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
        await page.goto(mapUrl(locale, flow.id));
        const rows = page.locator('table.map-table tbody tr');
        await expect(rows).toHaveCount(version.steps.length);
        for (const step of version.steps) {
          const row = page.locator(`tr#step-${step.id}`);
          await expect(row.getByRole('rowheader')).toContainText(title(version, locale, step.id));
          // The link to send is the latest one; the pinned one waits in its disclosure.
          await expect(row.getByRole('link', { name: latestStepUrl(locale, flow, step), exact: true })).toBeVisible();
          await expect(
            row.getByRole('link', { name: stepUrl({ locale, flow: flow.id, pinned: version.version, slug: step.slug }), exact: true }),
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
const contactPath = (locale: Locale) =>
  latestStepUrl(
    locale,
    flow,
    latest.steps.find((s) => s.kind === 'contact')!,
  );

for (const mapLocale of LOCALES) {
  test(`${mapLocale} map: a reply in each language for every step, with the step's latest link, copied in one click and announced beside the button as a reply copied`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(mapUrl(mapLocale, flow.id));
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
        // A reply, not a link: "Reply copied." / "Réponse copiée."
        await expect(statusBeside(button)).toHaveText(WORDS[mapLocale]['map.replyCopied']);
        const text = await page.evaluate(() => navigator.clipboard.readText());
        const link = new URL(latestStepUrl(replyLocale, flow, step), page.url()).href;
        expect(text.split('\n'), `${step.id} ${replyLocale}`).toContain(link);
        expect(text).toContain(toPlain(latest.content[replyLocale].steps[step.id]!.reply!, config));
        expect(text.startsWith(toPlain(latest.content[replyLocale].reply!.greeting, config))).toBe(true);
      }
    }
  });
}

test('the link to send and the pinned link: each copy button copies its own and says so beside itself', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(mapUrl('en', flow.id));
  const step = latest.steps.find((s) => s.id === 'signInDirectly')!;
  const row = page.locator(`tr#step-${step.id}`);
  const send = row.getByRole('button', { name: t('en', 'map.copyLinkLabel', { step: title(latest, 'en', step.id) }) });
  await send.click();
  await expect(statusBeside(send)).toHaveText(en['map.copied']);
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(latestStepUrl('en', flow, step));
  // The pinned link waits in its disclosure, which says when to use it.
  await row.getByText(t('en', 'map.pinnedSummary', { version: flow.latest })).click();
  await expect(row.getByText(t('en', 'map.pinnedExplain', { version: flow.latest }))).toBeVisible();
  const pinned = row.locator('details.pinned').getByRole('button');
  await pinned.click();
  await expect(statusBeside(pinned)).toHaveText(en['map.copied']);
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(
    stepUrl({ locale: 'en', flow: flow.id, pinned: flow.latest, slug: step.slug }),
  );
});

test('the filter narrows the table as the agent types, accents ignored', async ({ page }) => {
  await page.goto(mapUrl('fr', flow.id));
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
  // Another word typed over the first: nothing matches.
  await filter.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('zzzz');
  await expect(filter).toHaveValue('zzzz');
  await expect(visible).toHaveCount(0);
  await expect(page.getByText(fr['map.filterNone'])).toBeVisible();
  // The box emptied: the whole table again.
  await filter.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(filter).toHaveValue('');
  await expect(visible).toHaveCount(latest.steps.length);
});

for (const [locale, queries] of [
  ['en', ['email', 'reset email', 'no reset email', 'courriel', 'spam']],
  ['fr', ['spam', 'junk', 'pourriel', 'email', 'e-mail']],
] as const) {
  test(`${locale} map: the filter finds the words agents type, whichever way they spell them and in either language (${queries.join(', ')})`, async ({
    page,
  }) => {
    await page.goto(mapUrl(locale, flow.id));
    const filter = page.getByRole('searchbox', { name: WORDS[locale]['map.filterLabel'] });
    for (const query of queries) {
      await filter.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(query);
      await expect(filter).toHaveValue(query);
      // The junk-folder step of the reset path, whose words say "e-mail" and "junk" (French: "courriel", "indésirables").
      await expect(page.locator('tr#step-checkResetEmailInJunk'), query).toBeVisible();
      await expect(page.getByText(WORDS[locale]['map.filterNone'])).toBeHidden();
    }
  });
}

test.describe('JavaScript unavailable', () => {
  test.use({ javaScriptEnabled: false });
  test('the map has no filter box, the whole table, and the replies to select', async ({ page }) => {
    await page.goto(mapUrl('en', flow.id));
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.locator('table.map-table tbody tr')).toHaveCount(latest.steps.length);
    await page.locator('tr#step-resetPassword').getByText(en['map.seeReplies']).click();
    await expect(page.locator('tr#step-resetPassword pre[lang=fr-CA]')).toContainText('/fr/invitation-code/reset-password/');
  });

  // With scripts the same form also copies the link: see the prefill tool's tests below.
  for (const [locale, typed, month] of [
    ['en', '10 12 2026', '12'],
    // A month's name, abbreviated and accented: sent as typed, read by the contact step.
    ['fr', '10 déc 2026', 'déc'],
  ] as const) {
    test(`${locale}: the prefill form is a plain form: its button opens the contact step with the course and the three boxes (${typed}) in the link, which fill the contact form`, async ({
      page,
      browser,
    }) => {
      const w = WORDS[locale];
      await page.goto(mapUrl(locale, flow.id));
      await expect(page.getByRole('button', { name: w['map.contactCopy'], exact: true })).toBeHidden();
      await page.getByLabel(w['map.contactCourse']).pressSequentially('Examen B');
      await typeDate(dateGroup(page, w['map.contactDate']), typed);
      await page.getByRole('button', { name: w['map.contactSubmit'] }).click();
      await expect(page).toHaveURL((url) => url.pathname === contactPath(locale));
      expect([...new URL(page.url()).searchParams]).toEqual([
        ['course', 'Examen B'],
        ['dateDay', '10'],
        ['dateMonth', month],
        ['dateYear', '2026'],
      ]);
      // The person the link is sent to has scripts: the contact form opens with the course and the date in its boxes.
      await withScripts(browser, page.url(), async (person) => {
        await expect(person.getByLabel(w['contact.course.label'])).toHaveValue('Examen B');
        await expectContactDate(person, locale, { day: '10', month: '12', year: '2026' });
        await expect(person.getByText(w['contact.prefillIgnored'])).toBeHidden();
      });
    });
  }

  test('the prefill form sends a date that is not real as typed, and the contact step leaves it out and says so', async ({
    page,
    browser,
  }) => {
    await page.goto(mapUrl('en', flow.id));
    await page.getByLabel(en['map.contactCourse']).pressSequentially('Examen B');
    await typeDate(dateGroup(page, en['map.contactDate']), '31 11 2026');
    await page.getByRole('button', { name: en['map.contactSubmit'] }).click();
    await expect(page).toHaveURL((url) => url.pathname === contactPath('en'));
    expect([...new URL(page.url()).searchParams]).toEqual([
      ['course', 'Examen B'],
      ['dateDay', '31'],
      ['dateMonth', '11'],
      ['dateYear', '2026'],
    ]);
    await withScripts(browser, page.url(), async (person) => {
      await expect(person.getByLabel(en['contact.course.label'])).toHaveValue('Examen B');
      await expect(person.getByText(en['contact.prefillIgnored'])).toBeVisible();
      await expectContactDate(person, 'en', { day: '', month: '', year: '' });
    });
  });
});

/** Opens `url` as the person a link is sent to, with scripts (on the clock of these tests), runs `check` there, and closes. */
async function withScripts(browser: Browser, url: string, check: (person: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const person = await context.newPage();
    await person.clock.setFixedTime(new Date('2026-11-26T12:00:00'));
    await person.goto(url);
    await check(person);
  } finally {
    await context.close();
  }
}

/** The contact form's date boxes (Day, Month, Year, under the question) hold `date`. */
async function expectContactDate(page: Page, locale: Locale, date: Record<'day' | 'month' | 'year', string>) {
  const boxes = dateGroup(page, WORDS[locale]['contact.evaluationDate.label']).getByRole('textbox');
  await expect(boxes).toHaveCount(3);
  for (const [i, part] of (['day', 'month', 'year'] as const).entries()) {
    await expect(boxes.nth(i)).toHaveId(`contact-evaluationDate-${part}`);
    await expect(boxes.nth(i)).toHaveValue(date[part]);
  }
}

/** The day the prefill tool's tests believe it is: dates are checked against it, as the contact form checks them. */
const MAP_TODAY = new Date('2026-11-26T12:00:00');

/** The link the prefill tool shows under its button, as its text says it. */
const previewLink = (page: Page, locale: Locale) =>
  page.getByRole('paragraph').filter({ hasText: WORDS[locale]['map.contactLink'] }).getByRole('link');

for (const [locale, typed] of [
  ['en', '10 12 2026'],
  // A month's name, abbreviated and accented, as a French agent writes it.
  ['fr', '10 déc 2026'],
] as const) {
  test(`${locale}: the prefill tool copies a link that opens the contact step with the course and the date typed (${typed}) filled in; its share link keeps them`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const w = WORDS[locale];
    await page.clock.setFixedTime(MAP_TODAY);
    await page.goto(mapUrl(locale, flow.id));
    await page.getByLabel(w['map.contactCourse']).pressSequentially("Examen d'admission");
    await typeDate(dateGroup(page, w['map.contactDate']), typed);
    const copy = page.getByRole('button', { name: w['map.contactCopy'], exact: true });
    await copy.click();
    await expect(statusBeside(copy)).toHaveText(w['map.copied']);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toBe(contactPath(locale));
    expect([...new URL(link).searchParams]).toEqual([
      ['course', "Examen d'admission"],
      ['date', '2026-12-10'],
    ]);
    // The link shown is the link copied.
    await expect(previewLink(page, locale)).toHaveText(link);
    await page.goto(link);
    await expect(page.getByLabel(w['contact.course.label'])).toHaveValue("Examen d'admission");
    await expectContactDate(page, locale, { day: '10', month: '12', year: '2026' });
    await expect(page.getByText(w['contact.prefillIgnored'])).toBeHidden();
    await page.getByText(w['share.summary']).click();
    await expect(page.getByRole('textbox', { name: w['share.link'] })).toHaveValue(link);
  });
}

/**
 * Each date the contact form refuses, refused by the prefill tool with the form's message
 * (UX review 2026-12-06, m7): typed, the message, the boxes marked.
 */
const REFUSED: readonly { locale: Locale; name: string; typed: string; message: (w: typeof en) => string; wrong: number[] }[] = [
  { locale: 'en', name: 'a past date', typed: '20 11 2026', message: (w) => w['contact.error.evaluationDate.past'], wrong: [0, 1, 2] },
  {
    locale: 'fr',
    name: 'a date more than a year ahead',
    typed: '10 janv 2028',
    message: (w) => w['contact.error.evaluationDate.farFuture'],
    wrong: [0, 1, 2],
  },
  // 31 November.
  {
    locale: 'en',
    name: 'a date that is not one',
    typed: '31 11 2026',
    message: (w) => interpolate(w['date.error.dayInMonth'], { days: 30 }),
    wrong: [0],
  },
];

for (const { locale, name, typed, message, wrong } of REFUSED) {
  test(`${locale}: the prefill tool refuses ${name} (${typed}) as the contact form does, with its message, keeps what was typed and copies nothing; corrected, it copies the link`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const w = WORDS[locale];
    await page.clock.setFixedTime(MAP_TODAY);
    await page.goto(mapUrl(locale, flow.id));
    await page.evaluate(() => navigator.clipboard.writeText('what was there'));
    await page.getByLabel(w['map.contactCourse']).pressSequentially('Examen B');
    const group = dateGroup(page, w['map.contactDate']);
    await typeDate(group, typed);
    const copy = page.getByRole('button', { name: w['map.contactCopy'], exact: true });
    await copy.click();
    // GOV.UK: the summary, focused, with the message; the message above the boxes; the wrong boxes marked.
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText(w['contact.errorSummary']);
    await expect(summary.getByRole('link')).toHaveText(message(w));
    await expect(group).toHaveAccessibleDescription(new RegExp(`${escapeRegExp(w['contact.errorPrefix'])}\\s*${escapeRegExp(message(w))}`));
    const boxes = group.getByRole('textbox');
    for (const i of [0, 1, 2]) {
      if (wrong.includes(i)) await expect(boxes.nth(i)).toHaveAttribute('aria-invalid', 'true');
      else await expect(boxes.nth(i)).not.toHaveAttribute('aria-invalid');
    }
    // Nothing copied, no link shown, what was typed kept.
    await expect(statusBeside(copy)).toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('what was there');
    await expect(previewLink(page, locale)).toBeHidden();
    await expect(page.getByLabel(w['map.contactCourse'])).toHaveValue('Examen B');
    expect(await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).join(' '))).toBe(typed);
    // The summary's link leads to the first wrong box.
    await summary.getByRole('link').click();
    await expect(boxes.nth(wrong[0]!)).toBeFocused();
    // Corrected (the 10th of next month), the link is shown as typed, copied, and the error is gone.
    await retypeDate(group, '10 12 2026');
    await expect(previewLink(page, locale)).toHaveText(new URL(`${contactPath(locale)}?course=Examen+B&date=2026-12-10`, page.url()).href);
    await copy.click();
    await expect(statusBeside(copy)).toHaveText(w['map.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await previewLink(page, locale).textContent());
    await expect(summary).toBeHidden();
    await expect(group.getByText(message(w))).toBeHidden();
    for (const i of [0, 1, 2]) await expect(boxes.nth(i)).not.toHaveAttribute('aria-invalid');
  });
}

test('typed and pressed before the scripts arrive, the prefill tool copies the link with the course and the date once they do', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts = await holdScripts(page);
  await page.clock.setFixedTime(MAP_TODAY);
  await page.goto(mapUrl('fr', flow.id), { waitUntil: 'commit' });
  await page.getByLabel(fr['map.contactCourse']).pressSequentially('Examen B');
  await typeDate(dateGroup(page, fr['map.contactDate']), '10 déc 2026');
  const copy = page.getByRole('button', { name: fr['map.contactCopy'], exact: true });
  await copy.click();
  await expect(statusBeside(copy)).toHaveText('');
  scripts.release();
  await expect(statusBeside(copy)).toHaveText(fr['map.copied']);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe(contactPath('fr'));
  expect([...new URL(link).searchParams]).toEqual([
    ['course', 'Examen B'],
    ['date', '2026-12-10'],
  ]);
  await expect(previewLink(page, 'fr')).toHaveText(link);
});

test("at 1,280 px the picture's step labels are at least 14 px and answer labels 12 px, as rendered", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(mapUrl('en', flow.id));
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
  const response = await page.request.get(mapSvgUrl('en', flow.id));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('the map has no sideways scroll and leads with the filter and the table', async ({ page }) => {
    await page.goto(mapUrl('fr', flow.id));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const filterY = (await page.getByRole('searchbox').boundingBox())!.y;
    const tableY = (await page.locator('table.map-table').boundingBox())!.y;
    const graphY = (await page.locator('.graph-figure').boundingBox())!.y;
    expect(filterY).toBeLessThan(tableY);
    expect(tableY).toBeLessThan(graphY);
  });
});
