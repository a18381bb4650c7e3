/** Ways through the pages that several browser tests take. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../src/schemas/flow.ts';
import type { VersionModel } from '../../src/lib/flows/model.ts';
import { answerLabel, title } from './flows.ts';

/** An answer taken: the step it was given at and the answer's key in the content (`alreadyActivated`). */
export type Answer = readonly [step: string, key: string];

/** The answer's event and target in the version's machine. */
function answerInfo(version: VersionModel, [step, key]: Answer) {
  const answer = version.steps.find((s) => s.id === step)?.answers.find((a) => a.key === key);
  if (!answer) throw new Error(`version ${version.version} has no answer ${key} at ${step}`);
  return answer;
}

/** An answer link's accessible name, as users see it. */
export function answerName(version: VersionModel, locale: Locale, answer: Answer): string {
  return answerLabel(version, locale, answer[0], answerInfo(version, answer).event);
}

/**
 * Clicks `answers` one after the other from the page shown, each time waiting for the
 * heading of the step the machine says comes next.
 */
export async function walk(page: Page, version: VersionModel, locale: Locale, answers: readonly Answer[]): Promise<void> {
  for (const answer of answers) {
    await page.getByRole('link', { name: answerName(version, locale, answer), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(version, locale, answerInfo(version, answer).target));
  }
}

/** In the invitation-code flow, from the start to the contact step: "already activated", then "still cannot sign in". */
export const TO_CONTACT: readonly Answer[] = [
  ['isAccountActivated', 'alreadyActivated'],
  ['signInDirectly', 'cannotSignIn'],
];

/** The status a copy button writes its feedback to ("Copied."): its own neighbour, not a message at the top of the page. */
export function statusBeside(button: Locator): Locator {
  return button.locator('xpath=following-sibling::*[@role="status"]');
}

/**
 * Types a date into a date input (three boxes: Day, Month, Year) as a person does: a click
 * in the first box, the day typed on the keyboard, Tab, the month, Tab, the year. `date` is
 * written the way the page's hint shows it ("2 11 2026", or "2 nov 2026") or as YYYY-MM-DD;
 * an empty part leaves its box alone (for the errors of a date typed in part).
 */
export async function typeDate(group: Locator, date: string | { day: string; month: string; year: string }): Promise<void> {
  const iso = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  const [day, month, year] =
    typeof date !== 'string'
      ? [date.day, date.month, date.year]
      : iso
        ? [String(Number(iso[3])), String(Number(iso[2])), iso[1]!]
        : (date.split(' ') as [string, string, string]);
  const page = group.page();
  await group.getByRole('textbox').first().click();
  for (const [i, part] of [day, month, year].entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (part) await page.keyboard.type(part);
  }
}

/** The date answer's group of boxes, by its question (the legend). */
export function dateGroup(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend });
}

/** Types `date` into the date answer and presses its button, as a person does: at once, ready or not. */
export async function answerWithDate(page: Page, words: { label: string; submit: string }, date: string): Promise<void> {
  await typeDate(dateGroup(page, words.label), date);
  await page.getByRole('button', { name: words.submit }).click();
}

/**
 * Holds back the page's scripts (the bundles under /_astro/), as a slow phone on a slow
 * network does: the HTML and its inline scripts arrive, the modules wait until `release()`.
 * What a person does meanwhile is what the test is about.
 */
export async function holdScripts(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/**', async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}
