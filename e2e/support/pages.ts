/** Ways through the pages that several browser tests take. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../src/schemas/flow.ts';
import type { VersionModel } from '../../src/lib/flows/model.ts';
import { answerLabel, title } from './flows.ts';
import { dateGroup, typeDate } from '../../scripts/shared/typing.ts';

export { dateGroup, typeDate };

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
