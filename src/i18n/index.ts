import en from './en.json' with { type: 'json' };
import type { Locale } from '../schemas/flow.ts';

/** Interface words (not flow words), flat keys per locale. */
export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** The interface word for `key` in `locale`, with `{name}` replaced from `vars`. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Language names, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English' };

/** Every interface word whose key starts with one of `prefixes` (for islands). */
export function wordsWithPrefix(locale: Locale, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}
