/**
 * The grammar of a line of words in a content file: plain text, `**bold**`, `{placeholders}`
 * and `[en:...]` language marks, nothing else, so a words file can never inject markup.
 * The content schemas check it here; src/lib/text.ts renders it.
 */
import { CONTENT_PLACEHOLDERS } from './config.ts';
import { LANG_MARK } from './lang-mark.ts';

/** `{name}`: a configuration value in a content string. */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Languages a phrase may be marked with: the site's locales. */
const PHRASE_LANGUAGES = ['en', 'fr'] as const;

/** Problems with the language marks of a string: unknown languages, empty or unclosed marks. */
export function langProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, lang] of text.matchAll(LANG_MARK)) {
    if (!(PHRASE_LANGUAGES as readonly string[]).includes(lang!))
      problems.push(
        `marks a phrase as [${lang}:...], which is not a language of the site; use ${PHRASE_LANGUAGES.map((l) => `[${l}:...]`).join(' or ')}`,
      );
  }
  const rest = text.replace(LANG_MARK, '');
  if (/[[\]]/.test(rest))
    problems.push('has a [ or ] that is not a language mark; write a phrase in another language as [en:the phrase], and no other brackets');
  for (const [, , phrase] of text.matchAll(LANG_MARK))
    if (phrase!.includes('**')) problems.push('has ** inside a language mark; put the bold outside: **[en:the phrase]**');
  return problems;
}

/**
 * Typography of Quebec French (OQLF): no space, or a narrow no-break space (U+202F), before
 * `;` `?` `!`; a full space there is the convention of France. Problems, for French text.
 */
export function frenchTypographyProblems(text: string): string[] {
  const found = [...text.matchAll(/[ \u00a0]([;?!])/g)].map((m) => m[1]!);
  return found.length
    ? [
        `has a space before ${[...new Set(found)].join(' ')}; in Quebec French there is none (or a narrow no-break space, U+202F): write "activé?" not "activé ?"`,
      ]
    : [];
}

/**
 * Problems with an inline content string: unbalanced `**` and unknown `{placeholders}`.
 * Content may only use this tiny subset, so a words file can never inject markup.
 */
export function inlineProblems(text: string, extraPlaceholders: readonly string[] = []): string[] {
  const problems: string[] = [];
  if (text.split('**').length % 2 === 0) problems.push('has an unclosed ** (bold text is written **like this**)');
  problems.push(...langProblems(text));
  for (const [, key] of text.matchAll(PLACEHOLDER)) {
    if (!(CONTENT_PLACEHOLDERS as readonly string[]).includes(key ?? '') && !extraPlaceholders.includes(key ?? '')) {
      problems.push(
        `uses {${key}}, which is not a configuration value; use one of ${[...CONTENT_PLACEHOLDERS, ...extraPlaceholders].map((k) => `{${k}}`).join(', ')}`,
      );
    }
  }
  return problems;
}
