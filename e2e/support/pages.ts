/** Ways through the pages that several browser tests take. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Locale } from '../../src/schemas/flow.ts';
import type { VersionModel } from '../../src/lib/flows/model.ts';
import { answerLabel, title } from './flows.ts';

/** An answer taken: the step it was given at and the answer's key in the content (`alreadyActivated`). */
export type Answer = readonly [step: string, key: string];

/** The answer's event and target in the version's machine. */
export function answerInfo(version: VersionModel, [step, key]: Answer) {
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
 * Types `date` into a date answer and sends it, once the page's script has made the button
 * a submit button (before that, a press does nothing, so the date never reaches the URL).
 */
export async function answerWithDate(page: Page, words: { label: string; submit: string }, date: string): Promise<void> {
  await page.getByLabel(words.label).fill(date);
  const submit = page.getByRole('button', { name: words.submit });
  await expect(submit).toHaveAttribute('type', 'submit');
  await submit.click();
}
