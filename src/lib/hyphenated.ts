/**
 * A heading's words joined by a hyphen ("est-il", "e-mail", "Est-ce") kept on one line: a
 * browser may break a line after any hyphen, and headings read "Votre compte Nexam est-/il
 * déjà activé?" and "Look for the invitation e-/mail" (UX review 2026-12-06, m13). CSS has no
 * way to forbid that break alone, so the view puts each such word in a span that does not
 * wrap. Pure: it only cuts the text.
 */

/** Longer hyphenated words are left free to break: a long compound must never run off a narrow screen. */
const MAX_KEPT = 20;

/** Letters and digits joined by hyphens (U+002D or U+2010), one word. */
const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)+/gu;

/** `text` cut into pieces, in order, the hyphenated words (at most MAX_KEPT characters) marked `whole`. */
export function hyphenatedWords(text: string): { text: string; whole: boolean }[] {
  const pieces: { text: string; whole: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    if (match[0].length > MAX_KEPT) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), whole: false });
    pieces.push({ text: match[0], whole: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), whole: false });
  return pieces;
}
