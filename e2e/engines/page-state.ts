/**
 * What the engine tests read of a page, asked again until it holds (pages arrive and
 * scripts render while the test asks), as the Chromium tests' web-first assertions do.
 */
import { expect } from '@playwright/test';
import type { EnginePage } from './drivers.ts';

/** White space as a name is read out: runs of it, no-break spaces among them, as one space. */
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The value `body` returns in the page, or undefined while the page is on its way. */
async function read<T>(ui: EnginePage, body: string): Promise<T | undefined> {
  try {
    return await ui.run<T>(body);
  } catch {
    return undefined;
  }
}

/** Asks `body` again, for up to 5 s, until it returns `expected`. */
export async function expectIn<T>(ui: EnginePage, body: string, expected: T, what: string): Promise<void> {
  await expect.poll(() => read<T>(ui, body), { message: what, timeout: 5000 }).toEqual(expected);
}

/** The step shown: its heading, with the focus on it as a new step arrives. */
export async function expectStep(ui: EnginePage, heading: string): Promise<void> {
  await expectIn(ui, "return (document.querySelector('h1')?.textContent || '').replace(/\\s+/g, ' ').trim()", collapse(heading), 'heading');
  await expectIn(ui, 'return document.activeElement?.tagName', 'H1', 'focus on the heading');
}

/** The answers the trail lists, "question answer" each (the trail shows once the step script runs). */
export async function expectTrail(ui: EnginePage, count: number): Promise<void> {
  await expectIn(ui, "return document.querySelectorAll('#trail:not([hidden]) li').length", count, 'answers in the trail');
}

/** Where the page is: its path. */
export async function expectPath(ui: EnginePage, path: string): Promise<void> {
  await expectIn(ui, 'return location.pathname', path, 'path');
}

/**
 * Types `iso` (YYYY-MM-DD) into a date's three boxes as a person does: a tap in Day (`dayLabel`,
 * the box's label in the page's language), the day, Tab, the month, Tab, the year.
 */
export async function typeDate(ui: EnginePage, dayLabel: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  await ui.typeInto('textbox', dayLabel, String(day));
  await ui.tab();
  await ui.keys(String(month));
  await ui.tab();
  await ui.keys(String(year));
}
