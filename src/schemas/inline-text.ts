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
 * `;` `?` `!`; a full space there is the convention of France. A no-break space (U+00A0, or
 * the narrow U+202F) before a colon that ends a clause and inside « »: an ordinary space
 * there lets a line break fall between the sign and its word, and none is a typo. Phrases
 * marked as English (`[en:...]`) keep English typography. Problems, for French text.
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const found = [...text.matchAll(/[ \u00a0]([;?!])/g)].map((m) => m[1]!);
  if (found.length)
    problems.push(
      `has a space before ${[...new Set(found)].join(' ')}; in Quebec French there is none (or a narrow no-break space, U+202F): write "activé?" not "activé ?"`,
    );
  const french = text.replace(LANG_MARK, 'x');
  // A colon followed by a space or the end: one that ends a clause, not the one of a URL or a time.
  if (/(?<![\u00a0\u202f]):(?=\s|$)/.test(french))
    problems.push(
      'has an ordinary space, or none, before a colon; in Quebec French a no-break space (U+00A0) goes there: write "Erreur\u00a0:" (with U+00A0), not "Erreur :" or "Erreur:"',
    );
  if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(french))
    problems.push(
      'has an ordinary space, or none, inside « »; in Quebec French a no-break space (U+00A0) goes after « and before »: write "«\u00a0mot\u00a0»" (with U+00A0)',
    );
  return problems;
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
