/**
 * Typing into the forms as a person does, for the browser tests: a tap in the field, what it
 * held selected and erased, then the text key after key. Each key reaches the page as a
 * person's would (keydown, input, keyup), so the islands see what they see in use, and a
 * field filled before the page's scripts arrive is filled the way it is then.
 */
import type { Locator } from '@playwright/test';
import { typeDate } from './pages.ts';

/** Empties a field with the keyboard: a tap in it, everything selected, Backspace. */
export async function clearField(field: Locator): Promise<void> {
  const keyboard = field.page().keyboard;
  await field.click();
  await keyboard.press('ControlOrMeta+A');
  await keyboard.press('Backspace');
}

/** Types `text` into `field` with the keyboard, in place of what it held. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await clearField(field);
  await field.page().keyboard.type(text);
}

/** Empties the three boxes of a date (Day, Month, Year), one after the other. */
export async function clearDate(group: Locator): Promise<void> {
  const boxes = group.getByRole('textbox');
  for (let i = 0; i < 3; i++) await clearField(boxes.nth(i));
}

/** Types `date` into the three boxes of a date in place of what they held (see `typeDate` for the ways to write it). */
export async function retypeDate(group: Locator, date: Parameters<typeof typeDate>[1]): Promise<void> {
  await clearDate(group);
  await typeDate(group, date);
}
