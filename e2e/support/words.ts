/**
 * The words the browser tests look for, read from the site's own word files (interface
 * words in src/lib/i18n, e-mail lines built the way src/lib/contact-mail.ts labels them), so a
 * copy edit changes the tests with it instead of breaking them.
 */
import { LOCALE_NAMES, t } from '../../src/lib/i18n/index.ts';
import type { UiKey } from '../../src/lib/i18n/keys.ts';
import type { Locale } from '../../src/schemas/flow.ts';
import type { Words } from '../../src/lib/interpolate.ts';

export { LOCALE_NAMES, t, type UiKey };

/** A locale's interface words as the pure builders take them (`src/lib/contact-mail.ts`). */
export function wordsOf(locale: Locale): Words {
  return (key, vars) => t(locale, key as UiKey, vars);
}

/** One labelled line of a prepared e-mail: `First name: Marie` (French: `Prénom : Marie`). */
export function fieldLine(locale: Locale, label: UiKey, value: string): string {
  return `${t(locale, label)}${t(locale, 'mail.fieldSeparator')}${value}`;
}

/** `text` matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
