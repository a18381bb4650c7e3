import { z } from 'zod';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import type { Locale } from '../../schemas/flow.ts';
import { interpolate, type Vars } from '../interpolate.ts';
import { pluralKey } from '../plural.ts';
import { fieldProblems } from '../format-zod-error.ts';
import { frenchTypographyProblems, langProblems } from '../../schemas/inline-text.ts';

import type { UiKey } from './keys.ts';

const FILES: Record<Locale, unknown> = { en, fr };

/** A locale's words must have exactly the reference's keys (plus an optional `$comment`). */
const UiWordsSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  ...Object.fromEntries(
    Object.keys(en)
      .filter((k) => k !== '$comment')
      .map((k) => [k, z.string().min(1, 'is empty; write the words for it')]),
  ),
});

/**
 * Problems in the interface words of every locale: missing, empty or unused keys, named by locale, file and key.
 * @internal Exported for its unit tests.
 */
export function uiWordsProblems(files: Record<string, unknown> = FILES): string[] {
  return Object.entries(files).flatMap(([locale, words]) => {
    // Words are checked like flow words: language marks, and Quebec typography in French.
    const text = Object.entries(words && typeof words === 'object' ? words : {}).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && !e[0].startsWith('$'),
    );
    const style = text.flatMap(([key, value]) =>
      [...langProblems(value), ...(locale === 'fr' ? frenchTypographyProblems(value) : [])].map(
        (message) => `src/lib/i18n/${locale}.json (locale ${locale}), key "${key}": ${message}`,
      ),
    );
    // reportInput: Zod 4 leaves the input out of its issues otherwise, and every wrong type would read as missing.
    const parsed = UiWordsSchema.safeParse(words, { reportInput: true });
    if (parsed.success) return style;
    return fieldProblems(parsed.error.issues, {
      unknownKey: 'is not a key of src/lib/i18n/en.json; remove it or add it there',
      missing: 'is missing; add its words',
    })
      .map(({ path, message }) => `src/lib/i18n/${locale}.json (locale ${locale}), key "${path.join('.')}": ${message}`)
      .concat(style);
  });
}

const problems = uiWordsProblems();
if (problems.length) throw new Error(`Interface words have problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

const dictionaries = FILES as Record<Locale, Record<UiKey, string>>;

/** The interface word for `key` in `locale`, with `{name}` replaced from `vars`. */
export function t(locale: Locale, key: UiKey, vars: Vars = {}): string {
  return interpolate(dictionaries[locale][key], vars);
}

/** Words with a number: the `…One` key where the locale's plural rules say "one" (1 in English; 0 and 1 in French), else the key itself. */
export function tCount(locale: Locale, key: UiKey & `${string}Count`, count: number): string {
  const chosen = pluralKey(LANG_TAGS[locale], key, count) as UiKey;
  return t(locale, chosen in dictionaries[locale] ? chosen : key, { count });
}

/** Language names, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** The language tag of each locale, for `lang` and `hreflang`: Canadian French and English (ADR 005). */
export const LANG_TAGS: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };

/** The order of the languages where a page shows both (the start page, the 404): French first, for a Quebec platform. */
export const FRONT_DOOR_LOCALES: readonly Locale[] = ['fr', 'en'];

/** Every interface word whose key starts with one of `prefixes` (for islands). */
export function wordsWithPrefix(locale: Locale, prefixes: readonly string[]): Partial<Record<UiKey, string>> {
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}
