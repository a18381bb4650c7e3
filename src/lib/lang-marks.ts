/**
 * Phrases in another language inside a text, written `[en:Forgot password]`, so that
 * screen readers pronounce them in their language (WCAG 3.1.2). Imports only the pattern,
 * so the islands can use it too.
 */
import { LANG_MARK } from '../schemas/lang-mark.ts';

/** A run of text, with the language of a marked phrase. */
interface LangRun {
  text: string;
  lang?: string;
}

/** Splits a text into runs: plain, and marked phrases with their language. */
export function splitLangMarks(text: string): LangRun[] {
  const runs: LangRun[] = [];
  let at = 0;
  for (const match of text.matchAll(LANG_MARK)) {
    runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[2]!, lang: match[1]! });
    at = match.index + match[0].length;
  }
  runs.push({ text: text.slice(at) });
  return runs.filter((r) => r.text !== '');
}

/** The text without its marks, as it reads (for e-mails, titles and descriptions). */
export function stripLangMarks(text: string): string {
  return text.replace(LANG_MARK, '$2');
}
