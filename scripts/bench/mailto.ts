/**
 * The prefilled `mailto:` link over a few thousand generated contact-form inputs, in every
 * locale, with the steps-taken lines of real paths to the contact step (and trails up to
 * the longest the site keeps). Each input goes through the form's own validation, then
 * through composeSupportMail, exactly as the contact page does. Reports the longest link
 * and checks that the full text always carries every value.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

export interface MailtoResult {
  generated: number;
  valid: number;
  maxLength: number;
  medianLength: number;
  p95Length: number;
  shortened: number;
  /** Inputs whose link was too long, or whose full text lost a value (should be 0). */
  failures: { problem: string; sample: string }[];
  failureCount: number;
  longest: { length: number; locale: string; fields: Record<string, number> };
  seed: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the snapshot's modules are loaded at run time */
export async function benchMailto(snapshotDir: string, { count = 4000, seed = 20261125 } = {}): Promise<MailtoResult> {
  const imp = (rel: string) => import(pathToFileURL(join(snapshotDir, rel)).href);
  const support: any = await imp('e2e/support/flows.ts');
  const { finalPaths }: any = await imp('src/lib/flows/paths.ts');
  const { composeSupportMail }: any = await imp('src/lib/contact-mail.ts');
  const { parseMailto, MAX_MAILTO, wellFormed, crlf }: any = await imp('src/lib/mailto.ts');
  const { MAX_NAME, MAX_TEXT }: any = await imp('src/schemas/contact-form.ts');
  const { validateContactForm }: any = await imp('src/lib/contact-form.ts');
  const { t }: any = await imp('src/i18n/index.ts');
  const { config } = support;
  const locales: string[] = [...support.LOCALES];
  const today = new Date(2026, 10, 25, 12, 0);

  // Steps-taken lines as the contact form writes them: "<step title> <answer label>".
  const contexts: { locale: string; context: any; trails: string[][]; allLines: string[] }[] = [];
  for (const flow of support.flows as any[]) {
    for (const version of flow.versions as any[]) {
      const contact = version.steps.find((s: any) => s.kind === 'contact');
      if (!contact) continue;
      const paths = (finalPaths(version.machine, version.examples) as any[]).filter((p) => p.steps.at(-1) === contact.id);
      for (const locale of locales) {
        const line = (step: string, event: string) =>
          `${support.title(version, locale, step)} ${support.answerLabel(version, locale, step, event)}`;
        const trails = paths.map((p) => p.events.map((e: string, i: number) => line(p.steps[i], e)));
        const allLines = version.steps.flatMap((s: any) => s.answers.map((a: any) => line(s.id, a.event)));
        contexts.push({
          locale,
          trails,
          allLines,
          context: {
            supportEmail: config.supportEmail,
            flow: flow.id,
            version: version.version,
            step: contact.id,
            locale,
            urgentWithinDays: config.urgentWithinDays,
          },
        });
      }
    }
  }
  if (!contexts.length) throw new Error('no flow version has a contact step');

  const heavy = fc.constantFrom(
    '😀',
    '€',
    'é',
    'ß',
    '中',
    '%',
    '&',
    '#',
    '?',
    '=',
    '+',
    ' ',
    '\n',
    '\r\n',
    '"',
    '<',
    "'",
    '\u00a0',
    '\u200b',
    '\ud800',
    '\udfff',
    'a',
  );
  const textOf = (max: number) =>
    fc.oneof(
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme-ascii' }),
      fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
      fc.string({ minLength: 1, maxLength: max, unit: 'binary' }),
      fc.array(heavy, { minLength: 1, maxLength: max }).map((a) => a.join('').slice(0, max)),
      fc.constant('😀'.repeat(max / 2)),
      fc.constant('€'.repeat(max)),
      fc.constant('x'.repeat(max)),
    );
  const email = fc.oneof(
    fc.emailAddress(),
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 64, unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789._-+') }),
        fc.integer({ min: 1, max: 180 }),
      )
      .map(([l, n]) => `${l.replace(/^[.]+|[.]+$/g, '') || 'a'}@${'d'.repeat(n)}.example`),
    fc.constant(`${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.ca`),
  );
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const date = fc.oneof(
    fc.constant(''),
    fc.integer({ min: -10, max: 30 }).map((n) => iso(new Date(Date.UTC(2026, 10, 25 + n)))),
    fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map(iso),
  );
  const input = fc.record({
    context: fc.integer({ min: 0, max: contexts.length - 1 }),
    trailPick: fc.oneof(fc.nat(), fc.constant(-1), fc.constant(-2)),
    randomTrail: fc.array(fc.nat(), { minLength: 0, maxLength: 64 }),
    firstName: textOf(MAX_NAME),
    lastName: textOf(MAX_NAME),
    email,
    errorMessage: fc.constantFrom('codeNotFound', 'other'),
    otherMessage: textOf(MAX_TEXT),
    course: textOf(MAX_TEXT),
    evaluationDate: date,
  });
  const samples = fc.sample(input, { numRuns: count, seed });
  // Worst cases written out: every field at its limit in the most expensive characters, the longest trail.
  for (let c = 0; c < contexts.length; c++) {
    for (const fill of ['😀', '€', '\n', 'x']) {
      const long = (max: number) => (fill === '😀' ? fill.repeat(max / 2) : fill === '\n' ? `a${'\n'.repeat(max - 2)}b` : fill.repeat(max));
      samples.push({
        context: c,
        trailPick: -2,
        randomTrail: Array.from({ length: 64 }, (_, i) => i * 7919),
        firstName: long(MAX_NAME),
        lastName: long(MAX_NAME),
        email: `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.ca`,
        errorMessage: 'other',
        otherMessage: long(MAX_TEXT),
        course: long(MAX_TEXT),
        evaluationDate: '2026-11-26',
      });
    }
  }

  const lengths: number[] = [];
  const failures: MailtoResult['failures'] = [];
  let shortened = 0;
  let longest: MailtoResult['longest'] = { length: 0, locale: '', fields: {} };
  for (const s of samples) {
    const { locale, context, trails, allLines } = contexts[s.context]!;
    const values = {
      firstName: s.firstName,
      lastName: s.lastName,
      email: s.email,
      errorMessage: s.errorMessage,
      otherMessage: s.errorMessage === 'other' ? s.otherMessage : '',
      course: s.course,
      evaluationDate: s.evaluationDate,
    };
    const result = validateContactForm(values, { today });
    if (!result.ok) continue;
    const trail =
      s.trailPick === -1
        ? []
        : s.trailPick === -2 || !trails.length
          ? s.randomTrail.map((n: number) => allLines[n % allLines.length]!)
          : trails[s.trailPick % trails.length]!;
    const words = (key: string, vars?: Record<string, string | number>) => t(locale, key, vars);
    const mail = composeSupportMail(result.form, trail, context, words, today);
    lengths.push(mail.href.length);
    if (mail.shortened) shortened++;
    if (mail.href.length > longest.length)
      longest = {
        length: mail.href.length,
        locale,
        fields: Object.fromEntries(Object.entries(result.form).map(([k, v]) => [k, String(v).length])),
      };
    const sample = JSON.stringify(values).slice(0, 300);
    if (mail.href.length > MAX_MAILTO) failures.push({ problem: `link is ${mail.href.length} characters`, sample });
    const norm = (v: string) => crlf(wellFormed(v));
    for (const [field, value] of Object.entries(result.form)) {
      if (field === 'errorMessage' || field === 'evaluationDate' || (field === 'otherMessage' && result.form.errorMessage !== 'other'))
        continue;
      if (value && !mail.text.includes(norm(String(value)))) failures.push({ problem: `the full text lacks ${field}`, sample });
    }
    for (const line of trail) if (!mail.text.includes(norm(line))) failures.push({ problem: 'the full text lacks a step line', sample });
    try {
      const parsed = parseMailto(mail.href);
      if (parsed.to.join(',') !== context.supportEmail) failures.push({ problem: `link goes to ${parsed.to.join(',')}`, sample });
    } catch (e) {
      failures.push({ problem: `link does not parse: ${(e as Error).message}`, sample });
    }
  }
  const sorted = [...lengths].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    generated: samples.length,
    valid: lengths.length,
    maxLength: sorted.at(-1) ?? 0,
    medianLength: q(0.5),
    p95Length: q(0.95),
    shortened,
    failures: failures.slice(0, 20),
    failureCount: failures.length,
    longest,
    seed,
  };
}
