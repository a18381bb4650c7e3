import { CONTENT_PLACEHOLDERS, type Config } from '../schemas/config.ts';
import { PLACEHOLDER } from '../schemas/inline-text.ts';
import { splitLangMarks } from './lang-marks.ts';

/** A run of text in a content string: plain or strong, maybe in another language. Always rendered as text, never as markup. */
interface TextRun {
  text: string;
  strong: boolean;
  /** The language of a phrase quoted in another language (`[en:Forgot password]`), for `lang`. */
  lang?: string;
}

/** Replaces `{placeholders}` with configuration values. */
function fillPlaceholders(text: string, config: Config): string {
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
