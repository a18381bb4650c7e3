/**
 * How a person types a date into the pages, shared by the browser tests (e2e/support/) and
 * the screenshots (scripts/screenshots.ts): tools below the tests, so both can use it.
 */
import type { Locator, Page } from '@playwright/test';

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
