import { CONTENT_PLACEHOLDERS, type Config } from '../schemas/config.ts';
import { LANG_MARK, splitLangMarks } from './lang-marks.ts';

/** A run of text in a content string: plain or strong, maybe in another language. Always rendered as text, never as markup. */
export interface TextRun {
  text: string;
  strong: boolean;
  /** The language of a phrase quoted in another language (`[en:Forgot password]`), for `lang`. */
  lang?: string;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Languages a phrase may be marked with: the site's locales. */
export const PHRASE_LANGUAGES = ['en', 'fr'] as const;

const LANG_SPAN = LANG_MARK;

/** Problems with the language marks of a string: unknown languages, empty or unclosed marks. */
export function langProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, lang] of text.matchAll(LANG_SPAN)) {
    if (!(PHRASE_LANGUAGES as readonly string[]).includes(lang!))
      problems.push(
        `marks a phrase as [${lang}:...], which is not a language of the site; use ${PHRASE_LANGUAGES.map((l) => `[${l}:...]`).join(' or ')}`,
      );
  }
  const rest = text.replace(LANG_SPAN, '');
  if (/[[\]]/.test(rest))
    problems.push('has a [ or ] that is not a language mark; write a phrase in another language as [en:the phrase], and no other brackets');
  for (const [, , phrase] of text.matchAll(LANG_SPAN))
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

/** Replaces `{placeholders}` with configuration values. */
export function fillPlaceholders(text: string, config: Config): string {
  return text.replace(PLACEHOLDER, (whole, key: string) =>
    (CONTENT_PLACEHOLDERS as readonly string[]).includes(key) ? String(config[key as keyof Config]) : whole,
  );
}

/** Splits a content string into text runs; `**` toggles strong, `[en:...]` marks a phrase's language. */
export function toRuns(text: string, config: Config): TextRun[] {
  return fillPlaceholders(text, config)
    .split('**')
    .flatMap((part, i) => splitLangMarks(part).map((run) => ({ ...run, strong: i % 2 === 1 })))
    .filter((run) => run.text !== '');
}

/** The plain text of a content string (for titles, descriptions and e-mails). */
export function toPlain(text: string, config: Config): string {
  return toRuns(text, config)
    .map((run) => run.text)
    .join('');
}

/** `text` cut to at most `max` characters at a word boundary, ending in "…" when cut (meta descriptions). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1)).replace(/[\s,;:.\u00a0]+$/, '')}…`;
}
