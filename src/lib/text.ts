import { CONTENT_PLACEHOLDERS, type Config } from '../schemas/config.ts';

/** A run of text in a content string: plain or strong. Always rendered as text, never as markup. */
export interface TextRun {
  text: string;
  strong: boolean;
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Problems with an inline content string: unbalanced `**` and unknown `{placeholders}`.
 * Content may only use this tiny subset, so a words file can never inject markup.
 */
export function inlineProblems(text: string): string[] {
  const problems: string[] = [];
  if (text.split('**').length % 2 === 0) problems.push('has an unclosed ** (bold text is written **like this**)');
  for (const [, key] of text.matchAll(PLACEHOLDER)) {
    if (!(CONTENT_PLACEHOLDERS as readonly string[]).includes(key ?? '')) {
      problems.push(
        `uses {${key}}, which is not a configuration value; use one of ${CONTENT_PLACEHOLDERS.map((k) => `{${k}}`).join(', ')}`,
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

/** Splits a content string into text runs; `**` toggles strong. */
export function toRuns(text: string, config: Config): TextRun[] {
  return fillPlaceholders(text, config)
    .split('**')
    .map((part, i) => ({ text: part, strong: i % 2 === 1 }))
    .filter((run) => run.text !== '');
}

/** The plain text of a content string (for titles, descriptions and e-mails). */
export function toPlain(text: string, config: Config): string {
  return toRuns(text, config)
    .map((run) => run.text)
    .join('');
}
