/**
 * Every e-mail the site prepares (to support, to the coordinator, and their templates):
 * built as plain text and as a `mailto:` link that is safe for any input and never longer
 * than MAX_MAILTO. Pure: no DOM, no clock.
 */

/**
 * Longest `mailto:` link we produce: some mail clients and browsers cut longer ones.
 * @internal Exported for the unit tests that hold every link to it.
 */
export const MAX_MAILTO = 1900;

/** One labelled line of the e-mail. */
interface MailField {
  label: string;
  value: string;
}

/** Everything the e-mail says, already in the person's language. */
export interface MailDraft {
  /** The recipient: support's address (from configuration), or '' to let the person choose it. */
  to: string;
  subject: string;
  /** Opening line(s). */
  intro: string;
  /**
   * The intro and closing are the same in every such message (the support e-mail): a link too
   * long leaves them out before it cuts anything typed. Otherwise (the coordinator's message,
   * whose intro is the request itself) they stay.
   */
  standardWords: boolean;
  /** The form's fields, most important first. */
  fields: MailField[];
  /** Between a label and its value (`: ` in English, `\u00a0: ` in French). */
  separator: string;
  /** Heading of the steps taken, and one line per step. */
  trailHeading: string;
  trail: string[];
  /**
   * The steps taken in one short line, for a link too long for `trail` (the short names of
   * their pages, as in the wizard's addresses: `sign-in-directly: forgot-password / ...`), under
   * its heading; '' for none.
   */
  trailShortHeading: string;
  trailShort: string;
  /** Technical line: flow, version, step, language ('' for none). */
  technical: string;
  /** Closing line (e.g. that no password is included). */
  closing: string;
  /** The note that ends a link shortened by leaving out the greeting and closing and giving the steps by their short names. */
  shortenedNote: string;
  /** The note that ends a link in which, besides, what the person typed is cut (ending in `…`). */
  cutNote: string;
}

/** The result: the full text to copy, and a link that may carry a shortened body. */
export interface BuiltMail {
  subject: string;
  /** The complete message, always. */
  text: string;
  href: string;
  /** True when the link's body is shorter than `text`. */
  shortened: boolean;
}

/** True for a lone surrogate (half of a UTF-16 pair without its other half). */
function isLoneSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code >= 0xd800 && code <= 0xdfff;
}

/**
 * Lone surrogates cannot be encoded; they become U+FFFD instead of throwing. Written out
 * (iterating by code point) rather than `String.prototype.toWellFormed`, which Safari
 * before 16.4 and Firefox before 119 lack.
 * @internal Exported for its unit tests.
 */
export function wellFormed(value: string): string {
  let out = '';
  for (const char of value) out += isLoneSurrogate(char) ? '\uFFFD' : char;
  return out;
}

/**
 * Any line break becomes CRLF, as e-mail wants (and `mailto:` encodes it as %0D%0A).
 * @internal Exported for its unit tests.
 */
export function crlf(value: string): string {
  return value.replace(/\r\n|\r|\n/g, '\r\n');
}

function encode(value: string): string {
  return encodeURIComponent(crlf(wellFormed(value)));
}

/** `Label: value`, one field a line (a value's own line breaks are kept). */
function fieldLines(fields: readonly MailField[], separator: string): string[] {
  return fields.map((f) => `${f.label}${separator}${f.value}`);
}

/**
 * The complete e-mail body.
 * @internal Exported for its unit tests.
 */
export function mailText(mail: MailDraft): string {
  const parts = [mail.intro, '', ...fieldLines(mail.fields, mail.separator)];
  if (mail.trail.length) parts.push('', mail.trailHeading, ...mail.trail);
  if (mail.technical) parts.push('', mail.technical);
  parts.push('', mail.closing);
  return crlf(wellFormed(parts.join('\n')));
}

/** Fewest encoded characters of the details a shortened link keeps: the first name's label and a few letters. */
const MIN_DETAILS = 40;

function link(to: string, subject: string, body: string): string {
  // The address comes from validated configuration; only `@` needs no escaping there.
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The longest prefix of `text` (well-formed, CRLF already) whose encoding, plus `suffix`,
 * is at most `budget` characters. encodeURIComponent encodes code point by code point, so
 * the prefix's encoded length is a running sum.
 */
function fitPrefix(text: string, budget: number, suffix: string): string {
  let room = budget - encode(suffix).length;
  let cut = '';
  for (const char of text) {
    room -= encodeURIComponent(char).length;
    if (room < 0) break;
    cut += char;
  }
  // Never end on half a CRLF.
  return cut.replace(/\r$/, '') + suffix;
}

/**
 * Builds the e-mail. The text to copy is always complete. The link stays under MAX_MAILTO,
 * giving up first what the reader can rebuild: standard greeting and closing are left out
 * and the steps are given in one line by the short names of their pages (`trailShort`);
 * only then is what the person typed cut at its end, with a note that says which of the two
 * happened. The subject is cut to half the link when it is longer.
 */
export function buildMail(mail: MailDraft): BuiltMail {
  const text = mailText(mail);
  const subject = crlf(wellFormed(mail.subject)).replace(/\r\n/g, ' ');
  const full = link(mail.to, subject, text);
  if (full.length <= MAX_MAILTO) return { subject, text, href: full, shortened: false };

  // Keep room for the rest; the subject may itself be too long (a 10,000-character course).
  const overhead = link(mail.to, '', '').length;
  const linkSubject = encode(subject).length > MAX_MAILTO / 2 - overhead ? fitPrefix(subject, MAX_MAILTO / 2 - overhead, '…') : subject;
  const budget = MAX_MAILTO - link(mail.to, linkSubject, '').length;
  const head = mail.standardWords ? '' : `${crlf(wellFormed(mail.intro))}\r\n\r\n`;
  const fields = crlf(wellFormed(fieldLines(mail.fields, mail.separator).join('\n')));
  const after = (note: string) => {
    const parts = [''];
    if (mail.trailShort) parts.push(mail.trailShortHeading, mail.trailShort, '');
    if (mail.technical) parts.push(mail.technical, '');
    if (!mail.standardWords) parts.push(mail.closing, '');
    parts.push(note);
    return `\r\n${crlf(wellFormed(parts.join('\n')))}`;
  };
  let body = head + fields + after(mail.shortenedNote);
  if (encode(body).length > budget) {
    const rest = after(mail.cutNote);
    // What surrounds the details kept whole (the steps before what was typed: the sender's
    // address already says who writes), unless it leaves no room for the details to begin.
    const room = budget - encode(head).length - encode(rest).length;
    body =
      room >= MIN_DETAILS
        ? head + fitPrefix(fields, room, '…') + rest
        : fitPrefix(head + fields + rest, budget, `…\r\n\r\n${crlf(wellFormed(mail.cutNote))}`);
  }
  return { subject, text, href: link(mail.to, linkSubject, body), shortened: true };
}
