import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMail, crlf, mailText, MAX_MAILTO, wellFormed, type BuiltMail, type MailDraft } from './mailto.ts';
import { parseMailto } from './fixtures/parse-mailto.ts';

const TO = 'support@nexam.io';

const SHORTENED = '[Shortened: no greeting, the steps in short.]';
const CUT = '[Shortened: no greeting, the steps in short, what I typed cut.]';
/** The steps in one short line, as the support e-mail gives them when the link is too long for a line each. */
const short = (steps: readonly string[]) => steps.map((_, i) => `step-${i + 1}: answer-${i + 1}`).join(' / ');

function mail(
  values: { first: string; last: string; email: string; message: string; course: string; date: string },
  trail: string[] = [],
): MailDraft {
  return {
    to: TO,
    subject: `Invitation code does not work – ${values.course} – ${values.date}`,
    intro: 'Hello Nexam technical support,',
    standardWords: true,
    fields: [
      { label: 'First name', value: values.first },
      { label: 'Last name', value: values.last },
      { label: 'E-mail address used', value: values.email },
      { label: 'Error message displayed', value: values.message },
      { label: 'Course or evaluation', value: values.course },
      { label: 'Date of the evaluation', value: values.date },
    ],
    separator: ': ',
    trailHeading: 'Steps I went through:',
    trail,
    trailShortHeading: 'Steps, by short names:',
    trailShort: short(trail),
    technical: 'Wizard: invitation-code, version 1, step contactSupport, language en',
    closing: 'I have not included my password.',
    shortenedNote: SHORTENED,
    cutNote: CUT,
  };
}

/** The details as the link gives them, a line each. */
const fieldsOf = (draft: MailDraft) => draft.fields.map((f) => `${f.label}: ${f.value}`).join('\r\n');
/** What follows the details in a shortened link: the steps in short, the reference, the note. */
const after = (draft: MailDraft, note: string) =>
  `\r\n\r\n${draft.trailShort ? `${draft.trailShortHeading}\r\n${draft.trailShort}\r\n\r\n` : ''}${draft.technical}\r\n\r\n${note}`;

const realistic = {
  first: 'Marie-Ève',
  last: "O'Connor-Tremblay",
  email: 'marie-eve.oconnor@exemple.qc.ca',
  message: 'Invitation code does not exist or has expired',
  course: 'Examen de certification – Ordre des infirmières (groupe B)',
  date: '2026-12-01',
};
const trail = [
  '1. Has your Nexam account already been activated? → Yes, I activated it before',
  "2. Sign in directly: you no longer need the code → I don't remember my password",
  '3. Reset your password with Forgot password → No password reset e-mail arrived',
  '4. Use the exact address your institution gave you → Still no reset e-mail',
];

describe('buildMail, a realistic case', () => {
  it('gives one recipient, a subject and a body carrying every field and the steps taken', () => {
    const built = buildMail(mail(realistic, trail));
    expect(built.shortened).toBe(false);
    expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
    const parsed = parseMailto(built.href);
    expect(parsed.to).toEqual([TO]);
    expect(parsed.params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(parsed.params[1]![1]).toBe(built.text);
    for (const value of [...Object.values(realistic), ...trail]) expect(built.text).toContain(value);
    expect(built.href).toContain('%0D%0A');
    expect(built.href).not.toMatch(/[ \r\n+]/);
  });

  it('gives the steps in short and cuts what was typed, never the steps, and the copied text stays complete', () => {
    const long = { ...realistic, message: 'x'.repeat(3000) };
    const built = buildMail(mail(long, trail));
    expect(built.shortened).toBe(true);
    expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
    expect(built.text).toContain(long.message);
    const body = parseMailto(built.href).params[1]![1];
    expect(body.endsWith(after(mail(long, trail), CUT))).toBe(true);
    // First name comes first, so it survives the cut.
    expect(body.startsWith('First name: Marie-Ève\r\n')).toBe(true);
    expect(body).toContain('x…\r\n');
  });

  it('gives the steps in short, without greeting, when that is enough: everything typed stays whole', () => {
    const longTrail = Array.from({ length: 30 }, (_, i) => `${i + 1}. A long step title that goes on and on. An answer`);
    const built = buildMail(mail(realistic, longTrail));
    const body = parseMailto(built.href).params[1]![1];
    expect(built.shortened).toBe(true);
    expect(body).toBe(fieldsOf(mail(realistic, longTrail)) + after(mail(realistic, longTrail), SHORTENED));
    expect(body).not.toContain('Steps I went through:');
    expect(body).not.toContain('Hello');
  });

  it("keeps the words of a message that is not standard (the coordinator's request) and cuts only what was typed", () => {
    const draft = { ...mail({ ...realistic, message: 'x'.repeat(3000) }), standardWords: false, technical: '', trailShort: '' };
    const body = parseMailto(buildMail(draft).href).params[1]![1];
    expect(body.startsWith('Hello Nexam technical support,\r\n\r\nFirst name: Marie-Ève\r\n')).toBe(true);
    expect(body.endsWith(`x…\r\n\r\nI have not included my password.\r\n\r\n${CUT}`)).toBe(true);
  });
});

// Values that try to break the link: other recipients, other parameters, escapes,
// every kind of line break, lone surrogates and very long values.
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '&bcc=evil@example.com',
      '?cc=x@y.z',
      '#frag',
      '%0D%0Abcc:x@y',
      '%',
      '+',
      '\r',
      '\n',
      '\r\n',
      '\uD800',
      '\uDFFF',
      'a\uD83D',
      ',other@example.com',
      '&body=replaced',
      '=',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('&', '?', '#', '%', '+', '=', ',', '\r', '\n', ' ', 'é', '\uD800', '😀', 'bcc='), { maxLength: 40 })
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }) },
);

describe('buildMail, property-based, against any input', () => {
  it('always yields one recipient, only subject and body, at most 1,900 characters, and a complete text', () => {
    fc.assert(
      fc.property(
        fc.record({ first: hostile, last: hostile, email: hostile, message: hostile, course: hostile, date: hostile }),
        fc.array(hostile, { maxLength: 6 }),
        (values, steps) => {
          const built = buildMail(mail(values, steps));
          expect(built.href.length).toBeLessThanOrEqual(MAX_MAILTO);
          const parsed = parseMailto(built.href);
          expect(parsed.to).toEqual([TO]);
          expect(parsed.params.map(([k]) => k)).toEqual(['subject', 'body']);
          const normalised = (v: string) => crlf(wellFormed(v));
          for (const value of [...Object.values(values), ...steps]) expect(built.text).toContain(normalised(value));
          if (!built.shortened) expect(parsed.params[1]![1]).toBe(built.text);
          else expect(parsed.params[1]![1]).toMatch(/\[Shortened: no greeting, the steps in short(, what I typed cut)?\.\]$/);
          expect(parsed.params[0]![1]).not.toMatch(/[\r\n]/);
        },
      ),
      // Mutation testing runs this for every change it makes to mailto.ts: it asks for fewer runs.
      { numRuns: Number(process.env.FAST_CHECK_NUM_RUNS) || 1000 },
    );
    // 1,000 runs with 10,000-character values take a few seconds.
  }, 120_000);

  it('never throws on lone surrogates', () => {
    expect(() => buildMail(mail({ ...realistic, first: '\uD800', last: '\uDC00x' }))).not.toThrow();
    expect(buildMail(mail({ ...realistic, first: '\uD800' })).text).toContain('First name: \uFFFD');
  });
});

describe('buildMail, at the exact limits of the link', () => {
  const prefix = `mailto:${TO}?subject=`;
  /** The link's length for a subject and body, worked out here from the format `mailto:to?subject=...&body=...`. */
  const linkLength = (subject: string, body: string) => `${prefix}${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`.length;
  const withMessage = (message: string, steps: string[] = []) => mail({ ...realistic, message }, steps);
  const body = (built: BuiltMail) => parseMailto(built.href).params[1]![1];
  const subject = (built: BuiltMail) => parseMailto(built.href).params[0]![1];

  it('keeps a link of exactly 1,900 characters whole, and shortens one of 1,901', () => {
    const base = withMessage('');
    const room = MAX_MAILTO - linkLength(base.subject, mailText(base));
    const exact = buildMail(withMessage('x'.repeat(room)));
    expect(exact.href).toHaveLength(MAX_MAILTO);
    expect(exact.shortened).toBe(false);
    expect(buildMail(withMessage('x'.repeat(room + 1))).shortened).toBe(true);
  });

  it('fills a shortened link up to exactly 1,900 characters', () => {
    const built = buildMail(withMessage('x'.repeat(3000)));
    expect(built.href).toHaveLength(MAX_MAILTO);
    expect(body(built).endsWith(`x…${after(withMessage(''), CUT)}`)).toBe(true);
  });

  it('gives the steps in short when the details then fit exactly, without cutting them; one more character and they are cut', () => {
    const steps = Array.from({ length: 8 }, (_, i) => `${i + 1}. ${'A long step title. '.repeat(8)}→ An answer`);
    const base = withMessage('', steps);
    const room = MAX_MAILTO - linkLength(base.subject, fieldsOf(base) + after(base, SHORTENED));
    const exact = buildMail(withMessage('x'.repeat(room), steps));
    expect(exact.shortened).toBe(true);
    expect(exact.href).toHaveLength(MAX_MAILTO);
    expect(body(exact)).toBe(fieldsOf(withMessage('x'.repeat(room), steps)) + after(base, SHORTENED));
    const over = body(buildMail(withMessage('x'.repeat(room + 1), steps)));
    expect(over.endsWith(after(base, CUT))).toBe(true);
    // Cut at the end of the details: what is kept is their start, as typed.
    const kept = over.slice(0, -after(base, CUT).length);
    expect(kept.endsWith('…')).toBe(true);
    expect(fieldsOf(withMessage('x'.repeat(room + 1), steps)).startsWith(kept.slice(0, -1))).toBe(true);
  });

  it('keeps a subject of up to half the link whole, and cuts a longer one with an ellipsis', () => {
    // Half the link, less the link's own parts (`mailto:`, the address, `?subject=`, `&body=`).
    const half = MAX_MAILTO / 2 - linkLength('', '');
    const long = (course: string) => ({ ...mail({ ...realistic, message: 'x'.repeat(3000) }), subject: course });
    expect(subject(buildMail(long('s'.repeat(half))))).toBe('s'.repeat(half));
    // The ellipsis takes 9 characters encoded (%E2%80%A6).
    expect(subject(buildMail(long('s'.repeat(half + 1))))).toBe(`${'s'.repeat(half - 9)}…`);
  });

  it('never cuts between the two characters of a line break', () => {
    for (let pad = 0; pad < 12; pad++) {
      const built = buildMail(withMessage(`${'x'.repeat(pad)}${'ab\n'.repeat(1000)}`));
      expect(body(built)).not.toMatch(/\r…/);
      expect(body(built)).not.toMatch(/\r(?!\n)/);
      // What is kept is the start of the details, as they are.
      expect(built.text).toContain(body(built).split('…')[0]!);
    }
  });

  it('turns a line break in the subject into a space', () => {
    expect(buildMail({ ...mail(realistic), subject: 'one\r\ntwo\nthree' }).subject).toBe('one two three');
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates only, keeping pairs and the characters around the surrogate range', () => {
    expect(wellFormed('a\uD800b\uDFFF')).toBe('a\uFFFDb\uFFFD');
    expect(wellFormed('😀 \uD7FF \uE000 ！')).toBe('😀 \uD7FF \uE000 ！');
  });
});
